/**
 * Paired change charts, one row per group (all, mentored, unmentored):
 *  - pairedChangeChart: mean change in score from first to latest answered wave, a dot with
 *    its t-based 95% CI as a horizontal rule and a rule at zero ("no change");
 *  - flagCrossingChart: share who became flagged (of those not flagged at first) and share
 *    no longer flagged (of those flagged at first), each with a Wilson 95% CI.
 * Each row's label carries its n (DOMAIN.md §3). A suppressed group (DOMAIN.md §5) keeps its
 * row with "suppressed" and nothing drawn; a group without pairs says so.
 */
import * as Plot from '@observablehq/plot';
import { NARROW_WIDTH, chartDocument, checkWidth, noDataElement, type ChartOptions } from '../chartOptions';
import { SUPPRESSED_LABEL, formatPercent } from '../format';
import { MUTED_TEXT_COLOR, OKABE_ITO } from '../palette';
import { quietMarks } from './quiet-marks';
import { nWithWarning } from './unstable';

export interface PairedChangeRow {
	group: 'all' | 'mentored' | 'unmentored';
	n: number;
	meanChange: number | null;
	lower: number | null;
	upper: number | null;
	notFlaggedFirst: number;
	crossedIn: number;
	crossedInShare: number | null;
	crossedInLower: number | null;
	crossedInUpper: number | null;
	flaggedFirst: number;
	crossedOut: number;
	crossedOutShare: number | null;
	crossedOutLower: number | null;
	crossedOutUpper: number | null;
	suppressed?: boolean;
}

export interface PairedChangeChartOptions extends ChartOptions {
	/** True when a higher score is worse (all flagged-high instruments); false for WHO-5. */
	higherIsWorse: boolean;
	/** What the flag means, e.g. "burnout". */
	flagLabel: string;
}

const GROUP_NAMES = { all: 'Everyone', mentored: 'Mentored', unmentored: 'Not mentored' } as const;
const GROUP_COLORS = { all: OKABE_ITO.black, mentored: OKABE_ITO.bluishGreen, unmentored: OKABE_ITO.orange } as const;

const signed = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : ''}${Math.abs(x).toFixed(2)}`;

function layout(width: number, rows: number) {
	const narrow = width < NARROW_WIDTH;
	const fontSize = narrow ? 12 : 13;
	return { narrow, fontSize, marginLeft: narrow ? 96 : 120, height: 40 + rows * (2 * fontSize * 1.2 + 16) + 40 };
}

export function pairedChangeChart(rows: readonly PairedChangeRow[], options: PairedChangeChartOptions): SVGSVGElement | HTMLElement {
	const width = checkWidth(options.width);
	if (rows.length === 0 || rows.every((r) => r.n === 0 && !r.suppressed)) return noDataElement(options, 'Nobody answered two waves');
	const points = rows.map((r) => {
		const label = `${GROUP_NAMES[r.group]}\n${r.suppressed ? SUPPRESSED_LABEL : nWithWarning(r.n)}`;
		const drawn = !r.suppressed && r.meanChange !== null;
		const ci = r.lower !== null && r.upper !== null ? ` (95% CI ${signed(r.lower)} to ${signed(r.upper)})` : ' (too few for an interval)';
		return {
			group: r.group,
			label,
			mean: drawn ? r.meanChange : null,
			lower: drawn ? r.lower : null,
			upper: drawn ? r.upper : null,
			note: r.suppressed ? SUPPRESSED_LABEL : drawn ? signed(r.meanChange as number) : 'no pairs',
			detail: drawn ? `${GROUP_NAMES[r.group]}: mean change ${signed(r.meanChange as number)} points${ci}, n=${r.n}` : `${GROUP_NAMES[r.group]}: ${r.suppressed ? SUPPRESSED_LABEL : 'no pairs'}`
		};
	});
	const drawn = points.filter((p) => p.mean !== null);
	const blank = points.filter((p) => p.mean === null);
	const extent = Math.max(1, ...drawn.flatMap((p) => [Math.abs(p.lower ?? p.mean ?? 0), Math.abs(p.upper ?? p.mean ?? 0)]));
	const { fontSize, marginLeft, height } = layout(width, points.length);
	const labels = new Map(points.map((p) => [p.group, p.label]));
	const direction = options.higherIsWorse ? `higher = more ${options.flagLabel}` : `higher = better`;

	return quietMarks(Plot.plot({
		document: chartDocument(options),
		width,
		height,
		marginLeft,
		marginRight: 24,
		marginTop: 16,
		marginBottom: 44,
		style: { fontSize: `${fontSize}px` },
		ariaLabel: `Dot chart of the mean paired change in score from first to latest answered wave, with 95% t intervals, by mentoring at the later wave. ${drawn.map((p) => p.detail).join('. ')}.`,
		x: { domain: [-extent * 1.1, extent * 1.1], nice: true, grid: true, label: width < NARROW_WIDTH ? `Latest − first (${direction})` : `Change in score, latest − first (${direction})`, labelAnchor: 'center' },
		y: { domain: points.map((p) => p.group), padding: 0.4, label: null },
		color: { domain: Object.keys(GROUP_COLORS), range: Object.values(GROUP_COLORS) },
		marks: [
			Plot.axisY({ tickFormat: (g: string) => labels.get(g as PairedChangeRow['group']) ?? g, tickSize: 0 }),
			Plot.ruleX([0], { stroke: MUTED_TEXT_COLOR }),
			Plot.ruleY(drawn.filter((p) => p.lower !== null), { y: 'group', x1: 'lower', x2: 'upper', stroke: 'group', strokeWidth: 2 }),
			Plot.dot(drawn, { y: 'group', x: 'mean', r: 5, fill: 'group', stroke: 'white' }),
			Plot.text(drawn, { y: 'group', x: 'mean', text: 'note', dy: -12 }),
			Plot.text(blank, { y: 'group', x: 0, text: 'note', textAnchor: 'start', dx: 6, fill: MUTED_TEXT_COLOR, fontStyle: 'italic' }),
			Plot.tip(drawn, Plot.pointerY({ y: 'group', x: 'mean', title: 'detail' }))
		]
	}));
}

interface Crossing {
	key: string;
	group: PairedChangeRow['group'];
	measure: string;
	percent: number | null;
	lower: number | null;
	upper: number | null;
	note: string;
	detail: string;
}

export function flagCrossingChart(rows: readonly PairedChangeRow[], options: PairedChangeChartOptions): SVGSVGElement | HTMLElement {
	const width = checkWidth(options.width);
	if (rows.length === 0 || rows.every((r) => r.n === 0 && !r.suppressed)) return noDataElement(options, 'Nobody answered two waves');
	const into = `Became flagged (${options.flagLabel})`;
	const outOf = 'No longer flagged';
	const crossings: Crossing[] = rows.flatMap((r) =>
		[
			{ measure: into, k: r.crossedIn, of: r.notFlaggedFirst, share: r.crossedInShare, lower: r.crossedInLower, upper: r.crossedInUpper, base: 'not flagged at first' },
			{ measure: outOf, k: r.crossedOut, of: r.flaggedFirst, share: r.crossedOutShare, lower: r.crossedOutLower, upper: r.crossedOutUpper, base: 'flagged at first' }
		].map((m) => {
			const drawn = !r.suppressed && m.share !== null;
			return {
				key: `${m.measure}|${r.group}`,
				group: r.group,
				measure: m.measure,
				percent: drawn ? (m.share as number) * 100 : null,
				lower: drawn && m.lower !== null ? m.lower * 100 : null,
				upper: drawn && m.upper !== null ? m.upper * 100 : null,
				note: r.suppressed ? SUPPRESSED_LABEL : drawn ? `${formatPercent(m.share as number)} (${m.k} of ${m.of})` : `none ${m.base}`,
				detail: drawn
					? `${GROUP_NAMES[r.group]}, ${m.measure.toLowerCase()}: ${m.k} of ${m.of} ${m.base}, ${formatPercent(m.share as number)}`
					: `${GROUP_NAMES[r.group]}: ${r.suppressed ? SUPPRESSED_LABEL : `none ${m.base}`}`
			};
		})
	);
	const drawn = crossings.filter((c) => c.percent !== null);
	const blank = crossings.filter((c) => c.percent === null);
	const { fontSize, marginLeft } = layout(width, rows.length);
	const height = 60 + crossings.length * (fontSize * 1.2 + 18) + 40;

	return quietMarks(Plot.plot({
		document: chartDocument(options),
		width,
		height,
		marginLeft,
		marginRight: 24,
		marginTop: 40,
		marginBottom: 40,
		style: { fontSize: `${fontSize}px` },
		ariaLabel: `Dot chart of the share who crossed into and out of the ${options.flagLabel} flag between their first and latest answered waves, with 95% Wilson intervals. ${drawn.map((c) => c.detail).join('. ')}.`,
		x: { domain: [0, 100], ticks: 5, grid: true, label: 'Share of people (%)', labelAnchor: 'center' },
		y: { domain: rows.map((r) => r.group), padding: 0.3, label: null, tickFormat: (g: PairedChangeRow['group']) => GROUP_NAMES[g] },
		fy: { domain: [into, outOf], axis: null, padding: 0.3 },
		color: { domain: Object.keys(GROUP_COLORS), range: Object.values(GROUP_COLORS) },
		marks: [
			// Facet titles above each panel, flush with the group labels.
			Plot.text([into, outOf], { fy: (m: string) => m, text: (m: string) => m, frameAnchor: 'top-left', dx: -marginLeft + 4, dy: -24, fontWeight: 'bold' }),
			Plot.ruleY(drawn.filter((c) => c.lower !== null), { fy: 'measure', y: 'group', x1: 'lower', x2: 'upper', stroke: 'group', strokeWidth: 2 }),
			Plot.dot(drawn, { fy: 'measure', y: 'group', x: 'percent', r: 4.5, fill: 'group', stroke: 'white' }),
			Plot.text(drawn, { fy: 'measure', y: 'group', x: 'percent', text: 'note', dy: -11 }),
			Plot.text(blank, { fy: 'measure', y: 'group', x: 0, text: 'note', textAnchor: 'start', dx: 6, fill: MUTED_TEXT_COLOR, fontStyle: 'italic' }),
			Plot.tip(drawn, Plot.pointer({ fy: 'measure', y: 'group', x: 'percent', title: 'detail' }))
		]
	}));
}
