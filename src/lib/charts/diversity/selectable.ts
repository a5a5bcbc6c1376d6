/**
 * Click-to-filter for Plot marks (Mosaic-style cross-filtering, issue 3): the elements of a
 * mark drawn with `className: SELECTABLE_CLASS` become buttons a keyboard can reach (Tab,
 * then Enter or Space) and a pointer can click; each calls `onSelect` with its datum.
 *
 * Plot joins each mark's elements to the indices of its data (d3 `.data(index)`, see
 * @observablehq/plot src/marks/bar.js), so an element's `__data__` is its datum's index.
 */
export const SELECTABLE_CLASS = 'selectable';

interface Joined extends Element {
	__data__?: unknown;
}

export function makeSelectable<T>(
	root: Element,
	data: readonly T[],
	onSelect: (datum: T) => void,
	describe: (datum: T) => string,
	className = SELECTABLE_CLASS
): void {
	for (const el of root.querySelectorAll<SVGElement>(`g.${className} > *`)) {
		const index = (el as Joined).__data__;
		if (typeof index !== 'number' || !(index in data)) continue;
		const datum = data[index];
		el.setAttribute('tabindex', '0');
		el.setAttribute('role', 'button');
		el.setAttribute('aria-label', describe(datum));
		el.style.cursor = 'pointer';
		el.addEventListener('click', () => onSelect(datum));
		el.addEventListener('keydown', (event) => {
			const key = (event as KeyboardEvent).key;
			if (key !== 'Enter' && key !== ' ') return;
			event.preventDefault();
			onSelect(datum);
		});
	}
}

export { settleMarkAria } from '../accessibility';
