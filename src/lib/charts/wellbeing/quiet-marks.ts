/**
 * Plot labels each mark's <g> with aria-label ("rule", "dot", "bar"); on a <g>, which has no
 * role, axe reports that as a prohibited ARIA attribute (serious), and a screen reader would
 * read "rule, dot, bar" instead of data. The chart's own aria-label already summarises it and
 * the card's data table carries every number, so the mark groups are hidden from assistive
 * technology. The selectable targets (selectable.ts) have roles and stay reachable.
 */
export function quietMarks<E extends Element>(chart: E): E {
	if (chart.tagName.toLowerCase() !== 'svg') return chart;
	for (const group of Array.from(chart.children)) {
		if (group.tagName.toLowerCase() === 'g' && group.hasAttribute('aria-label') && !group.hasAttribute('role')) {
			if (group.querySelector('[tabindex]')) group.setAttribute('role', 'group');
			else group.setAttribute('aria-hidden', 'true');
		}
	}
	return chart;
}
