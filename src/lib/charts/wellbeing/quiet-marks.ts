import { settleMarkAria } from '../accessibility';

/** settleMarkAria for a chart that may be a "no data" element instead of an SVG; returns it for chaining. */
export function quietMarks<E extends Element>(chart: E): E {
	if (chart.tagName.toLowerCase() === 'svg') settleMarkAria(chart);
	return chart;
}
