import { makeSelectable } from '../accessibility';

export { makeSelectable };

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
