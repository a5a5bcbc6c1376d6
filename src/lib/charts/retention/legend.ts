/**
 * HTML legend for the retention charts. Plain HTML, not SVG: a legend item that filters is
 * a real <button> (keyboard and screen readers for free), and the chart's SVG stays the
 * first <svg> in the figure, which is what ChartCard exports. Swatches are CSS borders, so
 * a dashed series shows its dash, not only its colour (colour-blind readers).
 */
export interface LegendItem {
	key: string;
	label: string;
	color: string;
	/** CSS border style of the swatch: 'solid' or 'dashed'. */
	line?: 'solid' | 'dashed';
	/** Filled square instead of a line (areas, cells). */
	block?: boolean;
	/** Shown after the label, muted: "(suppressed)", "n=120". */
	note?: string;
}

export interface LegendOptions {
	document: Document;
	/** When set, items are buttons that call it with the item's key. */
	onSelect?: (key: string) => void;
	/** Accessible name of a button: what clicking does. */
	selectLabel?: (item: LegendItem) => string;
	/** Accessible name of the legend as a whole. */
	label: string;
}

function swatch(doc: Document, item: LegendItem): HTMLElement {
	const el = doc.createElement('span');
	el.setAttribute('aria-hidden', 'true');
	el.setAttribute(
		'style',
		item.block
			? `display:inline-block;width:12px;height:12px;background:${item.color};margin-right:6px;vertical-align:-1px`
			: `display:inline-block;width:22px;border-top:3px ${item.line ?? 'solid'} ${item.color};margin-right:6px;vertical-align:3px`
	);
	return el;
}

export function legendElement(items: readonly LegendItem[], options: LegendOptions): HTMLElement {
	const doc = options.document;
	const list = doc.createElement('div');
	list.setAttribute('class', 'chart-legend');
	list.setAttribute('role', 'group');
	list.setAttribute('aria-label', options.label);
	list.setAttribute('style', 'display:flex;flex-wrap:wrap;gap:4px 14px;font-size:13px;margin:0 0 6px');
	for (const item of items) {
		const select = options.onSelect;
		const el = doc.createElement(select ? 'button' : 'span');
		el.setAttribute('data-key', item.key);
		if (select) {
			el.setAttribute('type', 'button');
			el.setAttribute('aria-label', options.selectLabel?.(item) ?? item.label);
			el.setAttribute('style', 'font:inherit;background:none;border:1px solid transparent;border-radius:4px;padding:2px 4px;cursor:pointer;color:inherit');
			el.addEventListener('click', () => select(item.key));
		}
		el.append(swatch(doc, item), doc.createTextNode(item.label));
		if (item.note) {
			const note = doc.createElement('span');
			note.setAttribute('style', 'color:#595959;margin-left:4px');
			note.textContent = item.note;
			el.append(note);
		}
		list.append(el);
	}
	return list;
}
