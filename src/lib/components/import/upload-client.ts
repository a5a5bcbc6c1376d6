/**
 * Multipart upload with progress and cancel: fetch() cannot report upload progress,
 * XMLHttpRequest's `upload.onprogress` can (XHR Living Standard §4.9), and `abort()` stops
 * it. The server reports no parse progress, so the page shows the stage it is in rather
 * than a made-up bar (UploadProgress.svelte).
 */
export interface UploadResponse<T> {
	status: number;
	body: T;
}

export interface UploadBytes {
	sent: number;
	/** null when the browser cannot tell (no Content-Length). */
	total: number | null;
}

export interface UploadHandle<T> {
	/** Resolves with the response; rejects with UploadCancelled after cancel(). */
	done: Promise<UploadResponse<T>>;
	cancel: () => void;
}

export class UploadCancelled extends Error {
	constructor() {
		super('cancelled');
	}
}

export function postForm<T>(url: string, form: FormData, onProgress: (bytes: UploadBytes) => void, onUploaded: () => void): UploadHandle<T> {
	const xhr = new XMLHttpRequest();
	const done = new Promise<UploadResponse<T>>((resolve, reject) => {
		xhr.open('POST', url);
		xhr.responseType = 'json';
		xhr.setRequestHeader('accept', 'application/json');
		xhr.upload.onprogress = (event) => onProgress({ sent: event.loaded, total: event.lengthComputable ? event.total : null });
		xhr.upload.onload = () => onUploaded();
		xhr.onload = () => resolve({ status: xhr.status, body: (xhr.response ?? { message: `HTTP ${xhr.status}` }) as T });
		xhr.onerror = () => reject(new Error('the upload failed: network error'));
		xhr.onabort = () => reject(new UploadCancelled());
		xhr.send(form);
	});
	return { done, cancel: () => xhr.abort() };
}
