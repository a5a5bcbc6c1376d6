/**
 * Kaplan–Meier retention curves: one step line per group with its 95% CI band, the
 * log-rank result above the plot, and the number at risk under the time axis, aligned with
 * its ticks (Pocock, Clayton & Altman 2002: a KM plot without numbers at risk invites
 * over-reading the tail). Time is in years; the page says from what (landmark or start).
 *
 * The y axis starts above 0 when every value is high (retention lives near 100%); the axis
 * label then says where it starts, so a small gap does not pass for a large one.
 *
 * A suppressed group (DOMAIN.md §5) keeps its legend entry and at-risk row, marked
 * "suppressed", with no curve and no counts. Clicking a curve or its legend item calls
 * `onSelect(key)`; curves are focusable buttons too.
 */
import * as Plot from '@observablehq/plot';
import type { KaplanMeierStep } from '../../metrics/kaplanMeier';
import type { LogRankTest } from '../../metrics/retention/logRank';
import { numberAtRisk } from '../../metrics/retention/atRisk';
import { NARROW_WIDTH, chartDocument, checkWidth, noDataElement, type ChartOptions } from '../chartOptions';
import { SUPPRESSED_LABEL, formatPercent } from '../format';
import { MUTED_TEXT_COLOR } from '../palette';
import { makeSelectable, settleMarkAria } from '../accessibility';
import { legendElement } from './legend';
import { DAYS_PER_YEAR, logRankText, toYears, yearTicks } from './statText';

export interface SurvivalSeries {
	key: string;
	label: string;
	color: string;
	dashed?: boolean;
	suppressed?: boolean;
}

export interface SurvivalChartOptions extends ChartOptions {
	/** Groups in legend order, with their colours; steps of other groups are ignored. */
	series: readonly SurvivalSeries[];
	/** x axis label, stating the time origin: "Years since the 90-day landmark". */
	timeLabel: string;
	/** First sentence of the aria-label: what the curves compare. */
	description: string;
	logRank?: LogRankTest | null;
	/** Draw the 95% CI bands (default true; off for many overlapping groups). */
	bands?: boolean;
	onSelect?: (key: string) => void;
	/** Accessible name of the select action, e.g. (label) => `Filter to cohort ${label}`. */
	selectLabel?: (label: string) => string;
}

interface Point {
	key: string;
	label: string;
	years: number;
	percent: number;
	lower: number | null;
	upper: number | null;
	nRisk: number;
}

const pct = (v: number | null) => (v === null ? null : v * 100);

function toPoints(steps: readonly KaplanMeierStep[], series: SurvivalSeries): Point[] {
	return steps
		.filter((s) => s.group === series.key)
		.sort((a, b) => a.time - b.time)
		.map((s) => ({ key: series.key, label: series.label, years: toYears(s.time), percent: s.survival * 100, lower: pct(s.lower), upper: pct(s.upper), nRisk: s.nRisk }));
}

function tipText(p: Point): string {
	const ci = p.lower !== null && p.upper !== null ? ` (95% CI ${p.lower.toFixed(1)}–${p.upper.toFixed(1)}%)` : '';
	return `${p.label} · ${p.years.toFixed(1)} years\nRetained ${p.percent.toFixed(1)}%${ci}\nAt risk: ${p.nRisk}`;
}

/** Lowest drawn value, rounded down to 10%, and at least 10 points below it. */
function yFloor(points: readonly Point[], bands: boolean): number {
	const values = points.flatMap((p) => [p.percent, ...(bands && p.lower !== null ? [p.lower] : [])]);
	const lowest = Math.min(...values);
	return Math.max(0, Math.floor((lowest - 5) / 10) * 10);
}

function ariaSummary(options: SurvivalChartOptions, drawn: Point[][], ticks: number[]): string {
	const parts = [`${options.description}, Kaplan–Meier step curves${options.bands === false ? '' : ' with 95% confidence bands'}.`];
	const at = ticks.find((t) => t >= 1) ?? ticks.at(-1) ?? 0;
	const read = drawn
		.map((pts) => [...pts].reverse().find((p) => p.years <= at + 1e-9))
		.filter((p): p is Point => p !== undefined)
		.map((p) => `${p.label} ${formatPercent(p.percent / 100)}`);
	if (read.length) parts.push(`At ${at} year${at === 1 ? '' : 's'}: ${read.join(', ')}.`);
	parts.push(`${logRankText(options.logRank)}.`);
	const suppressed = options.series.filter((s) => s.suppressed).length;
	if (suppressed) parts.push(`${suppressed} group${suppressed > 1 ? 's' : ''} suppressed for small numbers.`);
	return parts.join(' ');
}

export function survivalCurvesChart(steps: readonly KaplanMeierStep[], options: SurvivalChartOptions): HTMLElement {
	const width = checkWidth(options.width);
	const doc = chartDocument(options);
	const visible = options.series.filter((s) => !s.suppressed);
	const drawn = visible.map((s) => toPoints(steps, s)).filter((pts) => pts.length > 0);
	if (drawn.length === 0 && !options.series.some((s) => s.suppressed)) return noDataElement(options);

	const narrow = width < NARROW_WIDTH;
	const fontSize = narrow ? 12 : 13;
	const bands = options.bands !== false;
	const all = drawn.flat();
	const maxYears = Math.max(0.5, ...all.map((p) => p.years));
	const ticks = yearTicks(maxYears, narrow);
	const y0 = all.length ? yFloor(all, bands) : 0;
	const rowHeight = fontSize + 5;
	const atRiskTop = 58;
	const marginBottom = atRiskTop + rowHeight * options.series.length + 6;
	const counts = numberAtRisk(steps, options.series.map((s) => s.key), ticks.map((t) => t * DAYS_PER_YEAR));
	// Row labels end left of the widest count centred under the first tick (x = 0).
	const labelGap = Math.round((Math.max(1, ...counts.map((c) => String(c.nRisk).length)) * fontSize * 0.6) / 2 + 8);
	const longest = Math.max(...options.series.map((s) => s.label.length), 6);
	const marginLeft = Math.round(Math.max(48, longest * fontSize * 0.62 + labelGap + 4));
	const marginTop = 54;
	const height = (narrow ? 240 : 300) + marginTop + marginBottom;

	const colorOf = new Map(options.series.map((s) => [s.key, s]));
	const marks: Plot.Markish[] = [
		Plot.axisX({ ticks, tickFormat: (t: number) => `${t}`, label: options.timeLabel, labelAnchor: 'center', labelArrow: 'none', labelOffset: 34 }),
		Plot.axisY({ ticks: 5, tickFormat: (v: number) => `${v}%`, label: y0 > 0 ? `Retained (axis from ${y0}%)` : 'Retained', labelArrow: 'none' }),
		Plot.gridY({ ticks: 5 }),
		Plot.text([logRankText(options.logRank)], { frameAnchor: 'top-left', dx: -marginLeft + 4, dy: -40, textAnchor: 'start', fill: MUTED_TEXT_COLOR })
	];
	for (const pts of drawn) {
		const s = colorOf.get(pts[0].key) as SurvivalSeries;
		if (bands) marks.push(Plot.areaY(pts, { x: 'years', y1: 'lower', y2: 'upper', curve: 'step-after', fill: s.color, fillOpacity: 0.14 }));
	}
	for (const pts of drawn) {
		const s = colorOf.get(pts[0].key) as SurvivalSeries;
		marks.push(
			Plot.lineY(pts, {
				x: 'years',
				y: 'percent',
				curve: 'step-after',
				stroke: s.color,
				strokeWidth: 2.25,
				strokeDasharray: s.dashed ? '6 4' : undefined,
				ariaDescription: `Retention curve of ${s.label}`
			})
		);
	}
	// Number at risk: a heading and one row per group under the axis, values under the ticks.
	marks.push(Plot.text(['Number at risk'], { frameAnchor: 'bottom-left', dx: -marginLeft + 4, dy: atRiskTop, textAnchor: 'start', fontWeight: 'bold' }));
	options.series.forEach((s, row) => {
		const dy = atRiskTop + rowHeight * (row + 1);
		marks.push(Plot.text([s.label], { frameAnchor: 'bottom-left', dx: -labelGap, dy, textAnchor: 'end' }));
		if (s.suppressed) {
			marks.push(Plot.text([SUPPRESSED_LABEL], { frameAnchor: 'bottom-left', dy, textAnchor: 'start', fill: MUTED_TEXT_COLOR, fontStyle: 'italic' }));
		} else {
			const own = counts.filter((c) => c.group === s.key).map((c) => ({ years: c.time / DAYS_PER_YEAR, n: c.nRisk }));
			marks.push(Plot.text(own, { x: 'years', text: (c: { n: number }) => String(c.n), frameAnchor: 'bottom', dy, fill: MUTED_TEXT_COLOR }));
		}
	});
	marks.push(Plot.tip(all, Plot.pointer({ x: 'years', y: 'percent', title: tipText, maxRadius: 30 })));

	const svg = Plot.plot({
		document: doc,
		width,
		height,
		marginLeft,
		marginRight: 16,
		marginTop,
		marginBottom,
		style: { fontSize: `${fontSize}px`, overflow: 'visible' },
		ariaLabel: ariaSummary(options, drawn, ticks),
		x: { domain: [0, maxYears] },
		y: { domain: [y0, 100] },
		marks
	}) as SVGSVGElement;

	const select = options.onSelect;
	const name = (label: string) => options.selectLabel?.(label) ?? `Filter to ${label}`;
	if (select) {
		const byDescription = new Map(visible.map((s) => [`Retention curve of ${s.label}`, s]));
		for (const g of svg.querySelectorAll('g[aria-description]')) {
			const s = byDescription.get(g.getAttribute('aria-description') ?? '');
			const path = g.querySelector('path');
			if (s && path) makeSelectable(path, name(s.label), () => select(s.key));
		}
	}

	settleMarkAria(svg);

	const legend = legendElement(
		options.series.map((s) => ({ key: s.key, label: s.label, color: s.color, line: s.dashed ? 'dashed' : 'solid', note: s.suppressed ? `(${SUPPRESSED_LABEL})` : undefined })),
		{ document: doc, label: 'Groups', onSelect: select, selectLabel: (item) => name(item.label) }
	);
	const figure = doc.createElement('div');
	figure.setAttribute('class', 'survival-chart');
	figure.append(legend, svg);
	return figure;
}
