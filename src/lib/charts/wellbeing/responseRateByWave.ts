/**
 * Response rate per survey wave: a bar per wave of respondents over eligible trainees
 * (enrolled on the wave's opening day), labelled "respondents of eligible", on a fixed 0–100%
 * axis. DOMAIN.md §3: low response biases prevalence, so the rate sits beside it.
 * A wave can be selected (click, Enter, Space) to filter every view to its dates.
 * A suppressed wave (DOMAIN.md §5) keeps its place with the word "suppressed" and no numbers.
 */
import * as Plot from '@observablehq/plot';
import { NARROW_WIDTH, chartDocument, checkWidth, noDataElement, type ChartOptions } from '../chartOptions';
import { SUPPRESSED_LABEL, formatPercent } from '../format';
import { MUTED_TEXT_COLOR, OKABE_ITO } from '../palette';
import { quietMarks } from './quiet-marks';
import { addSelectableTargets } from './selectable';

export interface ResponseRateRow {
	waveId: string;
	label: string;
	/** yyyy-mm-dd */
	opensOn: string;
	closesOn: string;
	eligible: number;
	respondents: number;
	responseRate: number | null;
	suppressed?: boolean;
}

export interface ResponseRateOptions extends ChartOptions {
	onSelect?: (waveId: string) => void;
}

interface Bar {
	id: string;
	label: string;
	percent: number | null;
	/** Text above the bar. */
	note: string;
	detail: string;
}

function toBar(row: ResponseRateRow): Bar {
	if (row.suppressed) return { id: row.waveId, label: row.label, percent: null, note: SUPPRESSED_LABEL, detail: `${row.label}: suppressed` };
	if (row.responseRate === null) return { id: row.waveId, label: row.label, percent: null, note: 'nobody eligible', detail: `${row.label}: nobody eligible` };
	return {
		id: row.waveId,
		label: row.label,
		percent: row.responseRate * 100,
		note: `${formatPercent(row.responseRate)} · ${row.respondents} of ${row.eligible}`,
		detail: `${row.label}: ${formatPercent(row.responseRate)} responded (${row.respondents} of ${row.eligible} eligible trainees)`
	};
}

export function responseRateByWaveChart(rows: readonly ResponseRateRow[], options: ResponseRateOptions): SVGSVGElement | HTMLElement {
	const width = checkWidth(options.width);
	if (rows.length === 0) return noDataElement(options);
	const ordered = [...rows].sort((a, b) => a.opensOn.localeCompare(b.opensOn) || a.waveId.localeCompare(b.waveId));
	const bars = ordered.map(toBar);
	const drawn = bars.filter((b) => b.percent !== null);
	const blank = bars.filter((b) => b.percent === null);
	const narrow = width < NARROW_WIDTH;
	const fontSize = narrow ? 12 : 13;
	const marginTop = 24;
	const marginBottom = narrow ? 44 : 36;
	const height = narrow ? 240 : 280;
	const step = (width - 60) / bars.length;
	// Labels "42% · 120 of 285" need ~16 letters; on narrow columns only the percent fits.
	const fits = step / (fontSize * 0.6) >= 17;
	const labels = new Map(bars.map((b) => [b.id, b.label]));
	const lowest = drawn.length ? drawn.reduce((a, b) => ((a.percent as number) <= (b.percent as number) ? a : b)) : null;

	const chart = quietMarks(Plot.plot({
		document: chartDocument(options),
		width,
		height,
		marginLeft: 44,
		marginRight: 16,
		marginTop,
		marginBottom,
		style: { fontSize: `${fontSize}px` },
		ariaLabel: `Bar chart of the survey response rate by wave (${bars.length} waves).${lowest ? ` Lowest: ${lowest.detail}.` : ''}`,
		x: { domain: bars.map((b) => b.id), padding: 0.35, label: null },
		y: { domain: [0, 100], ticks: 5, grid: true, label: 'Responded (% of eligible)' },
		marks: [
			// Wave labels wrap at word breaks, with slack: Plot measures ~0.6 em a letter, browsers wider.
				Plot.axisX({ tickFormat: (id: string) => labels.get(id) ?? id, tickSize: 0, lineWidth: Math.max(3, step / fontSize - 2) }),
			Plot.barY(drawn, { x: 'id', y: 'percent', fill: OKABE_ITO.skyBlue }),
			Plot.text(drawn, { x: 'id', y: 'percent', text: (b: Bar) => (fits ? b.note : b.note.split(' · ')[0]), dy: -8 }),
			Plot.text(blank, { x: 'id', y: 0, text: 'note', dy: -8, fill: MUTED_TEXT_COLOR, fontStyle: 'italic' }),
			Plot.tip(drawn, Plot.pointerX({ x: 'id', y: 'percent', title: 'detail' })),
			Plot.ruleY([0])
		]
	}));
	if (!options.onSelect) return chart;
	return addSelectableTargets(chart, {
		axis: 'x',
		across: [marginTop, height - marginBottom],
		onSelect: options.onSelect,
		targets: ordered.map((row, i) => ({ key: row.waveId, label: `Filter every view to ${row.label}, ${row.opensOn} to ${row.closesOn}`, title: bars[i].detail }))
	});
}
