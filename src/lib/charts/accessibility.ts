/**
 * Accessibility shared by every chart module.
 */

/**
 * Plot names each mark's <g> with aria-label ("bar", "rule", "dot") but gives it no role, and
 * an aria-label on an element without a role is prohibited (axe aria-prohibited-attr, WCAG
 * 4.1.2); a screen reader would read "rule, dot, bar" instead of data. A group holding
 * selectable marks becomes role="group" so its buttons stay reachable; the rest is hidden
 * from assistive technology: the chart's own aria-label summarises it and the card's data
 * table lists every number. Idempotent, so ChartCard applies it to every chart it draws.
 */
export function settleMarkAria(root: Element): void {
	for (const g of Array.from(root.querySelectorAll('g[aria-label]:not([role])'))) {
		if (g.querySelector('[tabindex]')) g.setAttribute('role', 'group');
		else g.setAttribute('aria-hidden', 'true');
	}
}

/**
 * Click-to-filter on one SVG element, usable by keyboard as well as by mouse (WCAG 2.1.1;
 * WAI-ARIA button pattern): focusable, announced as a button, Enter or Space acts as a click.
 */
export function makeSelectable(element: Element, label: string, select: () => void): void {
	element.setAttribute('tabindex', '0');
	element.setAttribute('role', 'button');
	element.setAttribute('aria-label', label);
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
