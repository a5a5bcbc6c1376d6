/**
 * Match rate by program: horizontal bars of the share of active trainees with a mentor on
 * as_of, one per program, highest first, each labelled with its program and n
 * (DOMAIN.md §3: show n on every figure). Rows come from metrics/mentoring (byProgram),
 * optionally passed through small-cell suppression.
 *
 * A suppressed row (DOMAIN.md §5) keeps its place and program name but shows neither bar
 * nor n, only "suppressed"; a program with no active trainees shows "n=0" and no bar.
 */
import * as Plot from '@observablehq/plot';
import { NARROW_WIDTH, chartDocument, checkWidth, noDataElement, type ChartOptions } from './chartOptions';
import { SUPPRESSED_LABEL, formatPercent, nLabel } from './format';
import { MUTED_TEXT_COLOR, SERIES_COLOR } from './palette';

export interface MatchRateBar {
	programId: string;
	programName: string | null;
	activeTrainees: number;
	/** withMentor / activeTrainees; NULL when there is nobody to rate. */
	rate: number | null;
	suppressed?: boolean;
}

interface Bar {
	id: string;
	/** Axis label: program name, and n on a second line unless suppressed. */
	label: string;
	/** 0–100, or null when nothing is drawn. */
	percent: number | null;
	/** Text beside the bar: the percent, or why there is no bar. */
	note: string;
}

function toBar(row: MatchRateBar): Bar {
	const name = row.programName ?? row.programId;
	if (row.suppressed) return { id: row.programId, label: name, percent: null, note: SUPPRESSED_LABEL };
	const label = `${name}\n${nLabel(row.activeTrainees)}`;
	if (row.rate === null) return { id: row.programId, label, percent: null, note: 'no active trainees' };
	return { id: row.programId, label, percent: row.rate * 100, note: formatPercent(row.rate) };
}

/** Highest rate first; ties by name; rows without a bar keep their order at the bottom. */
function sortBars(bars: Bar[]): Bar[] {
	const drawn = bars.filter((b) => b.percent !== null);
	const blank = bars.filter((b) => b.percent === null);
	drawn.sort((a, b) => (b.percent as number) - (a.percent as number) || a.label.localeCompare(b.label));
	return [...drawn, ...blank];
}

function ariaSummary(bars: Bar[]): string {
	const drawn = bars.filter((b) => b.percent !== null);
	const suppressed = bars.filter((b) => b.note === SUPPRESSED_LABEL).length;
	const parts = [`Bar chart of the share of active trainees with a mentor, by program (${bars.length} programs).`];
	if (drawn.length) {
		const [top, bottom] = [drawn[0], drawn[drawn.length - 1]];
		parts.push(`Highest: ${top.label.replace('\n', ', ')}, ${top.note}.`);
		if (drawn.length > 1) parts.push(`Lowest: ${bottom.label.replace('\n', ', ')}, ${bottom.note}.`);
	}
	if (suppressed) parts.push(`${suppressed} suppressed for small numbers.`);
	return parts.join(' ');
}

export function matchRateByProgramChart(rows: readonly MatchRateBar[], options: ChartOptions): SVGSVGElement | HTMLElement {
	const width = checkWidth(options.width);
	if (rows.length === 0) return noDataElement(options);
	const bars = sortBars(rows.map(toBar));
	const narrow = width < NARROW_WIDTH;
	const fontSize = narrow ? 12 : 13;
	// Program names get up to 40% of a phone's width (45% on wide screens), then are cut
	// with an ellipsis; the n line is short and always fits.
	const longest = Math.max(...bars.map((b) => b.label.split('\n')[0].length));
	const marginLeft = Math.round(Math.min(longest * fontSize * 0.6 + 14, width * (narrow ? 0.4 : 0.45)));
	const step = 2 * fontSize * 1.2 + 14;
	const marginTop = 8;
	const marginBottom = 40;
	const labels = new Map(bars.map((b) => [b.id, b.label]));
	const drawn = bars.filter((b) => b.percent !== null);
	const blank = bars.filter((b) => b.percent === null);

	return Plot.plot({
		document: chartDocument(options),
		width,
		height: Math.round(marginTop + marginBottom + step * bars.length),
		marginLeft,
		marginRight: 44,
		marginTop,
		marginBottom,
		style: { fontSize: `${fontSize}px` },
		ariaLabel: ariaSummary(bars),
		x: { domain: [0, 100], ticks: narrow ? 4 : 10, grid: true, label: 'Active trainees with a mentor (%)', labelAnchor: 'center' },
		y: { domain: bars.map((b) => b.id), padding: 0.3, label: null },
		marks: [
			Plot.axisY({
				tickFormat: (id: string) => labels.get(id) ?? id,
				tickSize: 0,
				// Plot measures text at ~0.6 em a letter; browsers render wider, so leave slack.
				lineWidth: (marginLeft - 30) / fontSize,
				textOverflow: 'ellipsis'
			}),
			Plot.barX(drawn, { x: 'percent', y: 'id', fill: SERIES_COLOR }),
			Plot.text(drawn, { x: 'percent', y: 'id', text: 'note', textAnchor: 'start', dx: 4 }),
			Plot.text(blank, { x: 0, y: 'id', text: 'note', textAnchor: 'start', dx: 4, fill: MUTED_TEXT_COLOR, fontStyle: 'italic' }),
			Plot.ruleX([0])
		]
	});
}
