/**
 * Active pairs by pair type: one 100% bar per mentee group, split by the mentor's group
 * (e.g. URiM mentees: with a URiM mentor / a non-URiM mentor / mentor not reported). Each
 * bar's label carries its number of pairs; segments wide enough carry their percent, and
 * every segment has a tooltip and a spoken label. The key sits above the plot, drawn
 * in the SVG so an exported image keeps it. Mentor groups take Okabe–Ito colours in order,
 * "not reported" a neutral grey.
 *
 * A suppressed mentee group (DOMAIN.md §5) keeps its row with "suppressed" and no bar.
 */
import * as Plot from '@observablehq/plot';
import { NARROW_WIDTH, chartDocument, checkWidth, noDataElement, type ChartOptions } from '../chartOptions';
import { SUPPRESSED_LABEL, formatPercent, nLabel } from '../format';
import { MUTED_TEXT_COLOR, OKABE_ITO } from '../palette';
import { settleMarkAria } from './selectable';

export interface PairTypeSegment {
	menteeCategory: string;
	menteeLabel: string;
	mentorCategory: string;
	mentorLabel: string;
	pairs: number;
	/** Pairs whose mentee is in menteeCategory. */
	menteeTotal: number;
	/** pairs / menteeTotal */
	share: number | null;
	suppressed?: boolean;
}

export interface PairTypesOptions extends ChartOptions {
	/** e.g. "URiM status"; for the description. */
	dimensionLabel: string;
	/** Mentor categories in key order ("not_reported" last). */
	mentorCategories: readonly { category: string; label: string }[];
}

const NOT_REPORTED_GREY = '#B0B0B0';
const SEGMENT_COLORS = [OKABE_ITO.blue, OKABE_ITO.orange, OKABE_ITO.bluishGreen, OKABE_ITO.reddishPurple];
/** White text keeps ≥ 4.5:1 contrast only on the dark colours. */
const DARK = new Set<string>([OKABE_ITO.blue, OKABE_ITO.bluishGreen]);

export function pairTypesChart(rows: readonly PairTypeSegment[], options: PairTypesOptions): SVGSVGElement | HTMLElement {
	const width = checkWidth(options.width);
	if (rows.length === 0) return noDataElement(options);
	const colors = new Map(options.mentorCategories.map((m, i) => [m.category, m.category === 'not_reported' ? NOT_REPORTED_GREY : SEGMENT_COLORS[i % SEGMENT_COLORS.length]]));
	const order = new Map(options.mentorCategories.map((m, i) => [m.category, i]));
	const mentees = [...new Map(rows.map((r) => [r.menteeCategory, r])).values()];
	const segments = rows
		.filter((r) => !r.suppressed && r.share !== null)
		.map((r) => ({ ...r, percent: (r.share as number) * 100, fill: colors.get(r.mentorCategory) ?? NOT_REPORTED_GREY }))
		.sort((a, b) => (order.get(a.mentorCategory) ?? 99) - (order.get(b.mentorCategory) ?? 99));
	const suppressed = mentees.filter((m) => m.suppressed);
	const label = (m: PairTypeSegment) => (m.suppressed ? m.menteeLabel : `${m.menteeLabel} mentees\n${nLabel(m.menteeTotal)} pairs`);
	const describe = (s: PairTypeSegment) => `${s.menteeLabel} mentees with a ${s.mentorLabel.toLowerCase()} mentor: ${formatPercent(s.share ?? 0)} (${s.pairs} of ${s.menteeTotal} pairs)`;

	const narrow = width < NARROW_WIDTH;
	const fontSize = narrow ? 12 : 13;
	const marginLeft = narrow ? 118 : 170;
	const itemWidth = narrow ? 150 : 200;
	const perRow = Math.max(1, Math.floor((width - 16) / itemWidth));
	const keyRows = Math.ceil(options.mentorCategories.length / perRow);
	const marginTop = 10 + keyRows * 20;
	const step = 2 * fontSize * 1.2 + 16;
	const ticks = new Map(mentees.map((m) => [m.menteeCategory, label(m)]));

	const key = options.mentorCategories.flatMap((m, i) => {
		const at = { frameAnchor: 'top-left' as const, dx: -marginLeft + 8 + (i % perRow) * itemWidth, dy: -marginTop + 10 + Math.floor(i / perRow) * 20 };
		return [
			Plot.dot([m], { ...at, r: 6, symbol: 'square', fill: colors.get(m.category) }),
			Plot.text([m], { ...at, dx: at.dx + 10, text: () => `Mentor: ${m.label}`, textAnchor: 'start' })
		];
	});

	const svg = Plot.plot({
		document: chartDocument(options),
		width,
		height: Math.round(marginTop + 40 + step * mentees.length),
		marginLeft,
		marginRight: 16,
		marginTop,
		marginBottom: 40,
		style: { fontSize: `${fontSize}px` },
		ariaLabel: `Stacked bar chart of active pairs by the mentee's and the mentor's ${options.dimensionLabel}. ${segments.map(describe).join('; ')}.${suppressed.length ? ` ${suppressed.length} mentee groups suppressed for small numbers.` : ''}`,
		x: { domain: [0, 100], ticks: narrow ? 4 : 10, grid: true, label: 'Share of the group’s active pairs (%)', labelAnchor: 'center' },
		y: { domain: mentees.map((m) => m.menteeCategory), padding: 0.25, label: null },
		color: { type: 'identity' },
		marks: [
			Plot.axisY({ tickFormat: (c: string) => ticks.get(c) ?? c, tickSize: 0, lineWidth: (marginLeft - 12) / fontSize }),
			Plot.barX(segments, Plot.stackX({ x: 'percent', y: 'menteeCategory', fill: 'fill', stroke: 'white', tip: true, title: describe })),
			Plot.text(
				segments.filter((s) => (s.percent / 100) * (width - marginLeft - 16) >= 38),
				Plot.stackX({
					x: 'percent',
					y: 'menteeCategory',
					text: (s: PairTypeSegment) => formatPercent(s.share ?? 0),
					fill: (s: { fill: string }) => (DARK.has(s.fill) ? 'white' : 'black')
				})
			),
			Plot.text(suppressed, { x: 0, y: 'menteeCategory', text: () => SUPPRESSED_LABEL, textAnchor: 'start', dx: 4, fill: MUTED_TEXT_COLOR, fontStyle: 'italic' }),
			...key
		]
	});
	settleMarkAria(svg);
	return svg;
}
