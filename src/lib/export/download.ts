/** Browser downloads of chart data and images. */

export function downloadBlob(fileName: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
	downloadBlob(fileName, new Blob([text], { type }));
}

/** The chart's SVG as a standalone file (fonts and colours inlined by Plot already). */
export function svgMarkup(svg: SVGSVGElement): string {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	return `<?xml version="1.0" encoding="UTF-8"?>\n${clone.outerHTML}`;
}

/** Rasterise an SVG at 2× for slides and documents. */
export async function svgToPng(svg: SVGSVGElement): Promise<Blob> {
	const { width, height } = svg.getBoundingClientRect();
	const image = new Image();
	const url = URL.createObjectURL(new Blob([svgMarkup(svg)], { type: 'image/svg+xml' }));
	try {
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.ceil(width * 2);
		canvas.height = Math.ceil(height * 2);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('canvas is not available');
		context.fillStyle = '#fff';
		context.fillRect(0, 0, canvas.width, canvas.height);
		context.drawImage(image, 0, 0, canvas.width, canvas.height);
		return await new Promise((resolve, reject) =>
			canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}
