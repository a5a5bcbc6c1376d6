/**
 * A report chart as an SVG string, drawn on the server with Observable Plot and a jsdom
 * document (Plot's `document` option), so the browser preview and the PDF carry the same
 * vector drawing. Drawn only from the section's suppressed table: a hidden share has no
 * dot and its label says "suppressed", so a chart can never show what its table hides.
 */
import { createRequire } from 'node:module';
import * as Plot from '@observablehq/plot';
import type { ReportSection } from '$lib/reports/types';
import { settleMarkAria } from '$lib/charts/accessibility';
import { SERIES_COLOR } from '$lib/charts/palette';

// jsdom ships no types and @types/jsdom is not installed; this is the one constructor used.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
	JSDOM: new (html: string) => { window: { document: Document } };
};

let shared: Document | null = null;
function serverDocument(): Document {
	shared ??= new JSDOM('<!DOCTYPE html><html><body></body></html>').window.document;
	return shared;
}

/** Print width: an A4 page's text block at 96 px per inch. */
export const CHART_WIDTH = 680;

interface Point {
	label: string;
	tick: string;
	percent: number | null;
	lower: number | null;
	upper: number | null;
}

function points(section: ReportSection): Point[] {
	const spec = section.chart!;
	return section.table.rows
		.filter((r) => !r.total)
		.map((r) => {
			const value = r.cells[spec.valueColumn];
			const interval = spec.intervalColumn === undefined ? undefined : r.cells[spec.intervalColumn];
			const percent = value?.kind === 'share' && value.value !== null ? value.value * 100 : null;
			const ci = interval?.kind === 'interval' && interval.lower !== null && interval.upper !== null ? interval : null;
			return {
				label: r.label,
				tick: percent === null ? `${r.label} (suppressed)` : r.label,
				percent,
				lower: ci ? (ci.lower as number) * 100 : null,
				upper: ci ? (ci.upper as number) * 100 : null
			};
		});
}

function svgText(node: Element): string {
	const svg = node.tagName.toLowerCase() === 'svg' ? node : node.querySelector('svg');
	if (!svg) throw new Error('chart did not produce an SVG');
	svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	svg.setAttribute('role', 'img');
	settleMarkAria(svg);
	return svg.outerHTML;
}

export function reportChartSvg(section: ReportSection, width = CHART_WIDTH): string {
	if (!section.chart) throw new Error(`section ${section.id} is not a chart`);
	const data = points(section);
	const drawn = data.filter((p) => p.percent !== null);
	const document = serverDocument();
	const font = { fontSize: '12px', fontFamily: 'DejaVu Sans, Liberation Sans, Arial, sans-serif' };
	const ariaLabel = `${section.title}: ${drawn.map((p) => `${p.label} ${(p.percent as number).toFixed(1)}%`).join('; ') || 'no value shown'}`;
	const max = Math.min(100, Math.max(10, ...drawn.map((p) => p.upper ?? (p.percent as number))) * 1.1);
	const common = { document, width, style: font, ariaLabel } as const;
	if (section.chart.style === 'line') {
		// Many points: rotate the ticks (with room for them) and leave the values to the table.
		const crowded = data.length > 6;
		const longestTick = Math.max(...data.map((p) => p.tick.length));
		const plot = Plot.plot({
			...common,
			height: crowded ? 240 + longestTick * 5 : 260,
			marginBottom: crowded ? 20 + longestTick * 5.2 : 44,
			marginLeft: crowded ? Math.max(48, longestTick * 5.4) : 48,
			marginRight: 24,
			x: { type: 'point', domain: data.map((p) => p.tick), label: null, tickRotate: crowded ? -40 : 0 },
			y: { domain: [0, max], label: section.chart.axisLabel, grid: true, nice: true },
			marks: [
				Plot.ruleY([0]),
				Plot.ruleX(drawn.filter((p) => p.lower !== null), { x: 'tick', y1: 'lower', y2: 'upper', stroke: SERIES_COLOR, strokeOpacity: 0.5, strokeWidth: 2 }),
				Plot.line(data, { x: 'tick', y: 'percent', stroke: SERIES_COLOR, strokeWidth: 2 }),
				Plot.dot(drawn, { x: 'tick', y: 'percent', fill: SERIES_COLOR, r: 4 }),
				...(crowded ? [] : [Plot.text(drawn, { x: 'tick', y: 'percent', text: (p: Point) => `${(p.percent as number).toFixed(1)}%`, dx: 6, dy: -12, textAnchor: 'start', fontSize: 11 })])
			]
		});
		return svgText(plot);
	}
	const longest = Math.max(...data.map((p) => p.tick.length), 8);
	const plot = Plot.plot({
		...common,
		height: 56 + data.length * 30,
		marginBottom: 44,
		marginLeft: Math.min(300, 16 + longest * 7.4),
		marginRight: 56,
		x: { domain: [0, max], label: section.chart.axisLabel, labelAnchor: 'center', labelOffset: 36, labelArrow: 'none', grid: true, nice: true },
		y: { domain: data.map((p) => p.tick), label: null },
		marks: [
			Plot.ruleX([0]),
			Plot.ruleY(drawn.filter((p) => p.lower !== null), { y: 'tick', x1: 'lower', x2: 'upper', stroke: SERIES_COLOR, strokeOpacity: 0.5, strokeWidth: 3 }),
			Plot.dot(drawn, { y: 'tick', x: 'percent', fill: SERIES_COLOR, r: 5 }),
			Plot.text(drawn, { y: 'tick', x: (p: Point) => p.upper ?? p.percent, text: (p: Point) => `${(p.percent as number).toFixed(1)}%`, dx: 8, textAnchor: 'start', fontSize: 11 })
		]
	});
	return svgText(plot);
}
