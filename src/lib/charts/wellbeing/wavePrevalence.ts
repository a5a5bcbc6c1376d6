/**
 * Flag prevalence by wave for the well-being view: the shared dot-and-interval chart
 * (charts/prevalenceByWave.ts, unchanged) with each wave's column made selectable, so a
 * click, Enter or Space on a wave narrows every view to that wave's dates.
 */
import { prevalenceByWaveChart, type PrevalenceChartOptions, type WavePrevalencePoint } from '../prevalenceByWave';
import { formatPercent } from '../format';
import { quietMarks } from './quiet-marks';
import { addSelectableTargets } from './selectable';

export interface WavePrevalenceRow extends WavePrevalencePoint {
	/** yyyy-mm-dd */
	closesOn: string;
	eligible: number;
	respondents: number;
	flagged: number;
	responseRate: number | null;
}

export interface WavePrevalenceOptions extends PrevalenceChartOptions {
	onSelect?: (waveId: string) => void;
}

function hoverText(row: WavePrevalenceRow, flag: string): string {
	if (row.suppressed) return `${row.label}: suppressed (small numbers)`;
	const rate = row.responseRate === null ? '—' : formatPercent(row.responseRate);
	const head = `${row.label} (${row.opensOn} to ${row.closesOn})`;
	if (row.prevalence === null) return `${head}\nno scored answers; ${row.respondents} of ${row.eligible} eligible responded (${rate})`;
	const ci = row.lower === null || row.upper === null ? '' : `, 95% CI ${formatPercent(row.lower)}–${formatPercent(row.upper)}`;
	return `${head}\n${flag}: ${row.flagged} of ${row.n} (${formatPercent(row.prevalence)}${ci})\nresponse rate ${rate} (${row.respondents} of ${row.eligible} eligible)`;
}

export function wavePrevalenceChart(rows: readonly WavePrevalenceRow[], options: WavePrevalenceOptions): SVGSVGElement | HTMLElement {
	const chart = quietMarks(prevalenceByWaveChart(rows, options));
	const onSelect = options.onSelect;
	if (!onSelect || chart.tagName.toLowerCase() !== 'svg') return chart;
	const flag = options.flagLabel ?? 'burnout';
	const height = Number(chart.getAttribute('height'));
	return addSelectableTargets(chart, {
		axis: 'x',
		across: [0, height],
		onSelect,
		// Date order, so Tab walks the waves left to right.
		targets: [...rows].sort((a, b) => a.opensOn.localeCompare(b.opensOn) || a.waveId.localeCompare(b.waveId)).map((row) => ({
			key: row.waveId,
			label: `Filter every view to ${row.label}, ${row.opensOn} to ${row.closesOn}`,
			title: hoverText(row, flag)
		}))
	});
}
