/**
 * Click-to-filter for chart marks, usable by keyboard as well as by mouse (WCAG 2.1.1):
 * the element becomes a focusable button that calls `select` on click, Enter or Space.
 * Used for matrix cells and profession labels, term labels and program labels, so each
 * chart makes the same promise: whatever you can click, you can also tab to.
 */
export function makeSelectable(element: Element, label: string, select: () => void): void {
	element.setAttribute('tabindex', '0');
	element.setAttribute('role', 'button');
	element.setAttribute('aria-label', label);
	element.setAttribute('class', `${element.getAttribute('class') ?? ''} selectable`.trim());
	(element as SVGElement).style.cursor = 'pointer';
	element.addEventListener('click', select);
	element.addEventListener('keydown', (event) => {
		const key = (event as KeyboardEvent).key;
		if (key === 'Enter' || key === ' ') {
			event.preventDefault();
			select();
		}
	});
}

/**
 * Make the texts of a group (an axis's tick labels, a text mark) selectable. Plot draws
 * texts in the order of its ticks or data, so `ids[i]` is the value behind the i-th text.
 * `group` is a CSS selector for the <g>, e.g. 'g[aria-label="x-axis tick label"]'.
 */
export function makeTickLabelsSelectable(
	svg: Element,
	group: string,
	ids: readonly string[],
	describe: (id: string) => string,
	select: (id: string) => void
): void {
	const labels = Array.from(svg.querySelectorAll(`${group} text`));
	labels.forEach((text, i) => {
		const id = ids[i];
		if (id === undefined) return;
		makeSelectable(text, describe(id), () => select(id));
		// Plot sets pointer-events: none on axes; a label must receive the click.
		(text as SVGElement).style.pointerEvents = 'auto';
	});
}

/**
 * Plot labels every mark's <g> with aria-label ("dot", "rule", …) but gives it no role, and
 * an aria-label on an element without a role is prohibited (axe: aria-prohibited-attr,
 * ARIA 1.2 §6.3 "naming prohibited"). Those groups carry nothing a screen reader needs —
 * the chart's own aria-label summarises it and the card's data table has every number —
 * so they are hidden from assistive technology, except groups holding a focusable element
 * (selectable axis labels), which become named groups instead.
 */
export function tidyMarkAccessibility(svg: Element): void {
	for (const g of Array.from(svg.querySelectorAll('g[aria-label]:not([role])'))) {
		if (g.querySelector('[tabindex]')) g.setAttribute('role', 'group');
		else g.setAttribute('aria-hidden', 'true');
	}
}
