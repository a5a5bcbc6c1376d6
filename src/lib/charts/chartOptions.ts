/**
 * Options every chart takes. Charts are pure: rows in, element out; the page supplies the
 * title (outside the SVG) and the width it has, so one chart reads at 390 px and 1440 px.
 */
export interface ChartOptions {
	/** Width in CSS pixels of the space the chart is drawn in. */
	width: number;
	/** Document to create elements in; defaults to the browser's (tests pass jsdom's). */
	document?: Document;
}

/** Below this width the chart uses its compact layout (phones: 390 px). */
export const NARROW_WIDTH = 560;

export function chartDocument(options: ChartOptions): Document {
	const doc = options.document ?? globalThis.document;
	if (!doc) throw new Error('chart needs a document: pass options.document outside the browser');
	return doc;
}

export function checkWidth(width: number): number {
	if (!Number.isFinite(width) || width <= 0) throw new Error(`invalid chart width: ${width}`);
	return Math.round(width);
}

/** Element shown instead of an empty chart, so the page's layout and screen readers say why. */
export function noDataElement(options: ChartOptions, message = 'No data'): HTMLElement {
	const div = chartDocument(options).createElement('div');
	div.setAttribute('class', 'chart-empty');
	div.setAttribute('role', 'note');
	div.textContent = message;
	return div;
}
