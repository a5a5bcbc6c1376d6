/**
 * Cumulative incidence of leaving by exit reason (Aalen–Johansen; metrics/retention/
 * cumulativeIncidence.ts), in two panels drawn into one SVG so it exports as one image:
 *   1. all exits, stacked to 100%: attrition (all reasons together), transfer, graduation,
 *      and the rest still enrolled — graduation and transfer shown as competing exits,
 *      never as attrition (DOMAIN.md §3);
 *   2. attrition alone, stacked by reason, on its own scale (a few percent would be a
 *      hairline on panel 1).
 * Time is years since each trainee's start.
 */
import * as Plot from '@observablehq/plot';
import type { IncidencePoint } from '../../metrics/retention/cumulativeIncidence';
import type { ExitReason } from '../../metrics/retention/subjects';
import { NARROW_WIDTH, chartDocument, checkWidth, noDataElement, type ChartOptions } from '../chartOptions';
import { formatPercent } from '../format';
import { MUTED_TEXT_COLOR, OKABE_ITO } from '../palette';
import { settleMarkAria } from '../accessibility';
import { legendElement } from './legend';
import { REASON_COLORS, REASON_ORDER, reasonLabel } from './reasonColors';
import { toYears, yearTicks } from './statText';

const SVG_NS = 'http://www.w3.org/2000/svg';
const ATTRITION_COLOR = OKABE_ITO.vermillion;
const ENROLLED_COLOR = '#e8e8e8';

interface Band {
	key: string;
	label: string;
	years: number;
	percent: number;
}

const OVERVIEW_ORDER = ['attrition', 'transferred', 'graduated', 'enrolled'] as const;
const OVERVIEW_LABELS: Record<(typeof OVERVIEW_ORDER)[number], string> = {
	attrition: 'Withdrawn or dismissed (attrition)',
	transferred: 'Transferred (competing)',
	graduated: 'Graduated (competing)',
	enrolled: 'Still enrolled'
};
const OVERVIEW_COLORS = { attrition: ATTRITION_COLOR, transferred: OKABE_ITO.orange, graduated: OKABE_ITO.blue, enrolled: ENROLLED_COLOR };

/** Panel 1 rows: per time, attrition summed over reasons, each competing exit, and S. */
function overviewBands(points: readonly IncidencePoint[]): Band[] {
	const times = [...new Set(points.map((p) => p.time))].sort((a, b) => a - b);
	return times.flatMap((time) => {
		const at = points.filter((p) => p.time === time);
		const value = (key: (typeof OVERVIEW_ORDER)[number]) =>
			key === 'enrolled'
				? at[0].enrolled
				: key === 'attrition'
					? at.filter((p) => p.attrition).reduce((s, p) => s + p.incidence, 0)
					: (at.find((p) => p.reason === key)?.incidence ?? 0);
		return OVERVIEW_ORDER.map((key) => ({ key, label: OVERVIEW_LABELS[key], years: toYears(time), percent: value(key) * 100 }));
	});
}

function attritionBands(points: readonly IncidencePoint[]): Band[] {
	return points.filter((p) => p.attrition).map((p) => ({ key: p.reason, label: reasonLabel(p.reason), years: toYears(p.time), percent: p.incidence * 100 }));
}

function panel(doc: Document, bands: Band[], order: readonly string[], colors: Record<string, string>, o: { width: number; height: number; title: string; yMax: number; ticks: number[]; maxYears: number; fontSize: number; xLabel: string; ariaLabel: string }): SVGSVGElement {
	const tip = (b: Band) => `${b.label}\n${b.years.toFixed(1)} years: ${b.percent.toFixed(1)}%`;
	return Plot.plot({
		document: doc,
		width: o.width,
		height: o.height,
		marginLeft: 48,
		marginRight: 16,
		marginTop: 28,
		marginBottom: 44,
		style: { fontSize: `${o.fontSize}px`, overflow: 'visible' },
		ariaLabel: o.ariaLabel,
		x: { domain: [0, o.maxYears] },
		y: { domain: [0, o.yMax] },
		color: { domain: order, range: order.map((k) => colors[k]) },
		marks: [
			Plot.areaY(bands, Plot.stackY({ x: 'years', y: 'percent', fill: 'key', z: 'key', order: [...order], curve: 'step-after' })),
			Plot.axisX({ ticks: o.ticks, tickFormat: (t: number) => `${t}`, label: o.xLabel, labelAnchor: 'center', labelArrow: 'none', labelOffset: 34 }),
			Plot.axisY({ ticks: 4, tickFormat: (v: number) => `${v}%`, label: null }),
			Plot.gridY({ ticks: 4, strokeOpacity: 0.15 }),
			Plot.text([o.title], { frameAnchor: 'top-left', dy: -18, dx: -40, textAnchor: 'start', fontWeight: 'bold' }),
			Plot.tip(bands, Plot.pointer(Plot.stackY({ x: 'years', y: 'percent', z: 'key', order: [...order], title: tip, maxRadius: 40 })))
		]
	}) as SVGSVGElement;
}

export function cumulativeIncidenceChart(points: readonly IncidencePoint[], options: ChartOptions): HTMLElement {
	const width = checkWidth(options.width);
	const doc = chartDocument(options);
	if (points.length === 0) return noDataElement(options, 'No one left in this population');
	const narrow = width < NARROW_WIDTH;
	const fontSize = narrow ? 12 : 13;
	const maxYears = Math.max(0.5, ...points.map((p) => toYears(p.time)));
	const ticks = yearTicks(maxYears, narrow);
	const overview = overviewBands(points);
	const attrition = attritionBands(points);
	const lastTime = Math.max(...points.map((p) => p.time));
	const final = (key: string) => overview.filter((b) => b.key === key).at(-1)?.percent ?? 0;
	const attritionTotal = final('attrition');
	const attritionMax = Math.max(1, Math.ceil((attritionTotal * 1.15) / 2) * 2);
	const reasonsPresent = REASON_ORDER.filter((r) => attrition.some((b) => b.key === r));
	const xLabel = 'Years since start';
	const panelHeight = narrow ? 230 : 260;
	const last = `${toYears(lastTime).toFixed(1)} years`;

	const top = panel(doc, overview, OVERVIEW_ORDER, OVERVIEW_COLORS, {
		width,
		height: panelHeight,
		title: 'All exits (stacked to 100%)',
		yMax: 100,
		ticks,
		maxYears,
		fontSize,
		xLabel,
		ariaLabel: `Stacked cumulative incidence of leaving: by ${last}, ${formatPercent(attritionTotal / 100)} withdrawn or dismissed, ${formatPercent(final('transferred') / 100)} transferred, ${formatPercent(final('graduated') / 100)} graduated, ${formatPercent(final('enrolled') / 100)} still enrolled.`
	});
	const reasonText = reasonsPresent
		.map((r) => `${reasonLabel(r)} ${formatPercent((attrition.filter((b) => b.key === r).at(-1)?.percent ?? 0) / 100)}`)
		.join(', ');
	const bottom = panel(doc, attrition, reasonsPresent, REASON_COLORS as Record<ExitReason, string>, {
		width,
		height: panelHeight,
		title: 'Attrition by reason (own scale)',
		yMax: attritionMax,
		ticks,
		maxYears,
		fontSize,
		xLabel,
		ariaLabel: `Cumulative incidence of attrition by reason, stacked: by ${last}, ${reasonText || 'none'}.`
	});

	const svg = doc.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
	const height = panelHeight * 2 + 8;
	svg.setAttribute('width', String(width));
	svg.setAttribute('height', String(height));
	svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
	svg.setAttribute('role', 'group');
	svg.setAttribute('aria-label', 'Cumulative incidence of leaving by exit reason, two panels.');
	svg.setAttribute('style', 'overflow:visible;font-family:system-ui,sans-serif');
	bottom.setAttribute('y', String(panelHeight + 8));
	svg.append(top, bottom);
	settleMarkAria(svg);

	const legendItems = [
		...OVERVIEW_ORDER.map((k) => ({ key: k, label: OVERVIEW_LABELS[k], color: OVERVIEW_COLORS[k], block: true })),
		...reasonsPresent.map((r) => ({ key: r, label: reasonLabel(r), color: REASON_COLORS[r], block: true }))
	];
	const legendTop = legendElement(legendItems.slice(0, OVERVIEW_ORDER.length), { document: doc, label: 'All exits' });
	const legendBottom = legendElement(legendItems.slice(OVERVIEW_ORDER.length), { document: doc, label: 'Attrition reasons' });
	const note = doc.createElement('p');
	note.setAttribute('style', `margin:2px 0 6px;font-size:12px;color:${MUTED_TEXT_COLOR}`);
	note.textContent = 'Attrition reasons (lower panel):';
	const figure = doc.createElement('div');
	figure.setAttribute('class', 'incidence-chart');
	figure.append(legendTop, note, legendBottom, svg);
	return figure;
}
