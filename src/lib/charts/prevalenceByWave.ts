/**
 * Prevalence of a well-being flag (burnout by default) per survey wave: a point per wave
 * with its Wilson 95% CI as a vertical rule, joined by a line, y in percent on a fixed
 * 0–100 axis so a small change does not look like a large one. Each wave's label carries
 * its n (DOMAIN.md §3). Rows come from metrics/wellbeing (burnoutByWave).
 *
 * A suppressed wave (DOMAIN.md §5) keeps its label, marked "suppressed", with no point, no
 * interval and no n; a wave with no scored answers shows "n=0" and no point. The line
 * breaks at such waves rather than bridging them.
 */
import * as Plot from '@observablehq/plot';
import { NARROW_WIDTH, chartDocument, checkWidth, noDataElement, type ChartOptions } from './chartOptions';
import { SUPPRESSED_LABEL, formatPercent, nLabel } from './format';
import { SERIES_COLOR } from './palette';

export interface WavePrevalencePoint {
	waveId: string;
	label: string;
	/** yyyy-mm-dd; orders the waves. */
	opensOn: string;
	n: number;
	prevalence: number | null;
	lower: number | null;
	upper: number | null;
	suppressed?: boolean;
}

export interface PrevalenceChartOptions extends ChartOptions {
	/** What the flag means, for the axis and the description (default "burnout"). */
	flagLabel?: string;
}

interface Point {
	id: string;
	tick: string;
	percent: number | null;
	lower: number | null;
	upper: number | null;
	note: string;
}

function toPoint(row: WavePrevalencePoint): Point {
	if (row.suppressed) return { id: row.waveId, tick: `${row.label}\n${SUPPRESSED_LABEL}`, percent: null, lower: null, upper: null, note: SUPPRESSED_LABEL };
	const tick = `${row.label}\n${nLabel(row.n)}`;
	if (row.prevalence === null) return { id: row.waveId, tick, percent: null, lower: null, upper: null, note: 'no scored answers' };
	return {
		id: row.waveId,
		tick,
		percent: row.prevalence * 100,
		lower: row.lower === null ? null : row.lower * 100,
		upper: row.upper === null ? null : row.upper * 100,
		note: formatPercent(row.prevalence)
	};
}

function ariaSummary(points: Point[], rows: WavePrevalencePoint[], flag: string): string {
	const parts = [`Dot chart of ${flag} prevalence by survey wave with 95% Wilson confidence intervals (${points.length} waves).`];
	const lastDrawn = [...points].reverse().find((p) => p.percent !== null);
	if (lastDrawn) {
		const row = rows.find((r) => r.waveId === lastDrawn.id) as WavePrevalencePoint;
		parts.push(`Latest: ${row.label}, ${lastDrawn.note} (${nLabel(row.n)}).`);
	}
	const suppressed = points.filter((p) => p.note === SUPPRESSED_LABEL).length;
	if (suppressed) parts.push(`${suppressed} suppressed for small numbers.`);
	return parts.join(' ');
}

export function prevalenceByWaveChart(rows: readonly WavePrevalencePoint[], options: PrevalenceChartOptions): SVGSVGElement | HTMLElement {
	const width = checkWidth(options.width);
	if (rows.length === 0) return noDataElement(options);
	const flag = options.flagLabel ?? 'burnout';
	const ordered = [...rows].sort((a, b) => a.opensOn.localeCompare(b.opensOn) || a.waveId.localeCompare(b.waveId));
	const points = ordered.map(toPoint);
	const drawn = points.filter((p) => p.percent !== null);

	const narrow = width < NARROW_WIDTH;
	const fontSize = narrow ? 12 : 13;
	const marginLeft = 44;
	const marginRight = 16;
	const step = (width - marginLeft - marginRight) / points.length;
	// Wave labels wrap at word breaks to fit their column; the bottom margin grows with the
	// number of lines the longest label needs (Plot estimates text width at ~0.6 em a letter).
	const lineWidth = Math.max(3, step / fontSize - 0.6);
	const labelLines = Math.max(...ordered.map((r) => Math.ceil((r.label.length * 0.6) / lineWidth))) + 1;
	const marginBottom = Math.round(14 + labelLines * fontSize * 1.2);
	const ticks = new Map(points.map((p) => [p.id, p.tick]));
	const showValues = step >= 64;

	return Plot.plot({
		document: chartDocument(options),
		width,
		height: (narrow ? 260 : 320) + marginBottom,
		marginLeft,
		marginRight,
		marginTop: 20,
		marginBottom,
		style: { fontSize: `${fontSize}px` },
		ariaLabel: ariaSummary(points, ordered, flag),
		x: { domain: points.map((p) => p.id), padding: 0.5, label: null },
		y: { domain: [0, 100], ticks: 5, grid: true, label: `${flag[0].toUpperCase()}${flag.slice(1)} (%)` },
		marks: [
			// No textOverflow: with it Plot cuts labels instead of wrapping them.
			Plot.axisX({ tickFormat: (id: string) => ticks.get(id) ?? id, tickSize: 0, lineWidth }),
			Plot.ruleX(drawn, { x: 'id', y1: 'lower', y2: 'upper', stroke: SERIES_COLOR, strokeWidth: 2 }),
			Plot.lineY(points, { x: 'id', y: 'percent', stroke: SERIES_COLOR, strokeOpacity: 0.5, strokeWidth: 1.5 }),
			Plot.dot(drawn, {
				x: 'id',
				y: 'percent',
				r: 4.5,
				fill: SERIES_COLOR,
				stroke: 'white',
				title: (p: Point) => `${p.tick.replace('\n', ', ')}: ${p.note}`
			}),
			showValues ? Plot.text(drawn, { x: 'id', y: 'percent', text: 'note', textAnchor: 'start', dx: 8 }) : null,
			Plot.ruleY([0])
		]
	});
}
