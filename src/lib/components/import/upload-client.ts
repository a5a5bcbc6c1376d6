/**
 * Multipart upload with progress: fetch() cannot report upload progress, XMLHttpRequest's
 * `upload.onprogress` can (XHR Living Standard §4.9). Resolves with the status and JSON body.
 */
export interface UploadResponse<T> {
	status: number;
	body: T;
}

export function postForm<T>(url: string, form: FormData, onProgress: (fraction: number) => void, onUploaded: () => void): Promise<UploadResponse<T>> {
	return new Promise((resolve, reject) => {
		const xhr = new XMLHttpRequest();
		xhr.open('POST', url);
		xhr.responseType = 'json';
		xhr.setRequestHeader('accept', 'application/json');
		xhr.upload.onprogress = (event) => {
			if (event.lengthComputable) onProgress(event.loaded / event.total);
		};
		xhr.upload.onload = () => onUploaded();
		xhr.onload = () => resolve({ status: xhr.status, body: (xhr.response ?? { message: `HTTP ${xhr.status}` }) as T });
		xhr.onerror = () => reject(new Error('the upload failed: network error'));
		xhr.send(form);
	});
}
