/**
 * A proportion per group with its 95% interval (Wilson, from the metric): a dot and a
 * horizontal rule per group, groups listed under their dimension's heading, x fixed at
 * 0–100% so a small gap does not look large. Used for the match rate by group and for the
 * share of pairings ended early by concordance.
 *
 * Each group's label carries its n (DOMAIN.md §3). A suppressed group (DOMAIN.md §5) keeps
 * its name, with no dot, interval or n; a group with nobody in it says so instead of
 * vanishing ("Not reported" with n=0 is still shown).
 */
import * as Plot from '@observablehq/plot';
import { NARROW_WIDTH, chartDocument, checkWidth, noDataElement, type ChartOptions } from '../chartOptions';
import { SUPPRESSED_LABEL, formatPercent, nLabel } from '../format';
import { MUTED_TEXT_COLOR, SERIES_COLOR } from '../palette';
import { groupBands, labelMargin } from './groupRows';
import { makeSelectable, SELECTABLE_CLASS, settleMarkAria } from './selectable';

export interface GroupRate {
	dimension: string;
	dimensionLabel: string;
	category: string;
	label: string;
	/** Denominator of the rate. */
	n: number;
	rate: number | null;
	lower: number | null;
	upper: number | null;
	suppressed?: boolean;
	/** Whether a click may filter on this group (unknowns cannot be filtered on). */
	selectable?: boolean;
}

export interface GroupRateOptions extends ChartOptions {
	/** x-axis label, e.g. "Active trainees with a mentor (%)". */
	valueLabel: string;
	/** What is plotted, for the screen-reader description. */
	description: string;
	/** Empty-group text, e.g. "no active trainees". */
	emptyNote?: string;
	onSelect?: (row: GroupRate) => void;
}

interface Point extends GroupRate {
	key: string;
	percent: number | null;
	lo: number | null;
	hi: number | null;
	note: string;
}

function toPoint(row: GroupRate, emptyNote: string): Point {
	const key = `${row.dimension}:${row.category}`;
	const base = { ...row, key, percent: null, lo: null, hi: null };
	if (row.suppressed) return { ...base, note: SUPPRESSED_LABEL };
	if (row.rate === null) return { ...base, note: emptyNote };
	return {
		...row,
		key,
		percent: row.rate * 100,
		lo: row.lower === null ? null : row.lower * 100,
		hi: row.upper === null ? null : row.upper * 100,
		note: formatPercent(row.rate)
	};
}

const describe = (p: Point) => `${p.dimensionLabel}, ${p.label}: ${p.note}${p.suppressed ? '' : ` (${nLabel(p.n)})`}`;

export function groupRateChart(rows: readonly GroupRate[], options: GroupRateOptions): SVGSVGElement | HTMLElement {
	const width = checkWidth(options.width);
	if (rows.length === 0) return noDataElement(options);
	const points = rows.map((r) => toPoint(r, options.emptyNote ?? 'nobody'));
	const narrow = width < NARROW_WIDTH;
	const fontSize = narrow ? 12 : 13;
	const bands = groupBands(
		points,
		(p) => p.dimension,
		(d) => points.find((p) => p.dimension === d)?.dimensionLabel ?? d,
		(p) => p.key,
		(p) => (p.suppressed ? p.label : narrow ? `${p.label}\n${nLabel(p.n)}` : `${p.label} (${nLabel(p.n)})`)
	);
	const marginLeft = labelMargin(bands, fontSize, width, narrow);
	// Phones: the n goes on a second line so group names are not cut.
	const step = fontSize * (narrow ? 2.9 : 2.1);
	const labels = new Map(bands.map((b) => [b.key, b.heading ? '' : b.label]));
	const headings = bands.filter((b) => b.heading);
	const drawn = points.filter((p) => p.percent !== null);
	const blank = points.filter((p) => p.percent === null);
	const clickable = options.onSelect ? drawn.filter((p) => p.selectable) : [];
	const still = drawn.filter((p) => !clickable.includes(p));
	const dot = { x: 'percent', y: 'key', r: 5, fill: SERIES_COLOR, stroke: 'white', tip: true, title: describe };

	const svg = Plot.plot({
		document: chartDocument(options),
		width,
		height: Math.round(12 + 40 + step * bands.length),
		marginLeft,
		marginRight: narrow ? 40 : 56,
		marginTop: 12,
		marginBottom: 40,
		style: { fontSize: `${fontSize}px` },
		ariaLabel: `${options.description} Dot chart with 95% intervals; ${drawn.map(describe).join('; ')}.`,
		x: { domain: [0, 100], ticks: narrow ? 4 : 10, grid: true, label: options.valueLabel, labelAnchor: 'center' },
		y: { domain: bands.map((b) => b.key), padding: 0.2, label: null },
		marks: [
			Plot.axisY({ tickFormat: (k: string) => labels.get(k) ?? k, tickSize: 0, lineWidth: (marginLeft - 16) / fontSize, textOverflow: 'ellipsis' }),
			Plot.text(headings, { y: 'key', text: 'label', frameAnchor: 'left', textAnchor: 'start', dx: -marginLeft + 2, fontWeight: 'bold' }),
			Plot.ruleY(drawn.filter((p) => p.lo !== null), { y: 'key', x1: 'lo', x2: 'hi', stroke: SERIES_COLOR, strokeWidth: 2 }),
			Plot.dot(still, dot),
			Plot.dot(clickable, { ...dot, className: SELECTABLE_CLASS }),
			Plot.text(drawn, { x: (p: Point) => p.hi ?? p.percent, y: 'key', text: 'note', textAnchor: 'start', dx: 6 }),
			Plot.text(blank, { x: 0, y: 'key', text: 'note', textAnchor: 'start', dx: 4, fill: MUTED_TEXT_COLOR, fontStyle: 'italic' }),
			Plot.ruleX([0])
		]
	});
	const onSelect = options.onSelect;
	if (onSelect) makeSelectable(svg, clickable, onSelect, (p) => `Filter to ${p.label}: ${describe(p)}`);
	settleMarkAria(svg);
	return svg;
}
