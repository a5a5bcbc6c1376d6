/**
 * Distribution of scores in one survey wave: a bar per score value with the share of the
 * wave's scored respondents, the count above it, and the values that raise the flag in
 * vermillion (Okabe–Ito; told apart from blue in every colour-vision deficiency), so a reader
 * sees how close to the line the answers sit. y is a share so waves of different sizes
 * compare; n is in the description and the card's footer.
 * A suppressed bin (DOMAIN.md §5) shows "suppressed" and no bar.
 */
import * as Plot from '@observablehq/plot';
import { NARROW_WIDTH, chartDocument, checkWidth, noDataElement, type ChartOptions } from '../chartOptions';
import { SUPPRESSED_LABEL, formatPercent } from '../format';
import { MUTED_TEXT_COLOR, OKABE_ITO } from '../palette';
import { quietMarks } from './quiet-marks';

export interface ScoreBar {
	score: number;
	respondents: number;
	n: number;
	share: number | null;
	inFlagRange: boolean;
	suppressed?: boolean;
}

export interface ScoreDistributionChartOptions extends ChartOptions {
	/** e.g. "burnout (score ≥ 3)": names the coloured bars. */
	flagDescription: string;
	/** e.g. "Spring 2026": the wave shown. */
	waveLabel: string;
}

interface Bar {
	id: string;
	percent: number | null;
	flagged: boolean;
	note: string;
	detail: string;
}

const scoreText = (score: number) => (Number.isInteger(score) ? String(score) : score.toFixed(1));

export function scoreDistributionChart(rows: readonly ScoreBar[], options: ScoreDistributionChartOptions): SVGSVGElement | HTMLElement {
	const width = checkWidth(options.width);
	if (rows.length === 0) return noDataElement(options, 'No scored answers in this wave');
	const ordered = [...rows].sort((a, b) => a.score - b.score);
	const bars: Bar[] = ordered.map((r) => {
		const id = scoreText(r.score);
		if (r.suppressed) return { id, percent: null, flagged: r.inFlagRange, note: SUPPRESSED_LABEL, detail: `Score ${id}: suppressed` };
		const share = r.share ?? 0;
		return {
			id,
			percent: share * 100,
			flagged: r.inFlagRange,
			note: String(r.respondents),
			detail: `Score ${id}${r.inFlagRange ? ` (${options.flagDescription})` : ''}: ${r.respondents} of ${r.n} respondents, ${formatPercent(share)}`
		};
	});
	const drawn = bars.filter((b) => b.percent !== null);
	const blank = bars.filter((b) => b.percent === null);
	const narrow = width < NARROW_WIDTH;
	const fontSize = narrow ? 12 : 13;
	const step = (width - 60) / bars.length;
	const n = ordered[0].n;
	const top = Math.max(10, ...drawn.map((b) => b.percent as number));
	const flaggedShare = ordered.filter((r) => r.inFlagRange && !r.suppressed).reduce((sum, r) => sum + (r.share ?? 0), 0);

	return quietMarks(Plot.plot({
		document: chartDocument(options),
		width,
		height: narrow ? 240 : 280,
		marginLeft: 44,
		marginRight: 16,
		marginTop: 24,
		marginBottom: 44,
		style: { fontSize: `${fontSize}px` },
		ariaLabel: `Bar chart of scores in ${options.waveLabel} (n=${n}); ${formatPercent(flaggedShare)} scored in the ${options.flagDescription} range.`,
		x: { domain: bars.map((b) => b.id), padding: 0.15, label: `Score; orange: ${options.flagDescription}`, labelAnchor: 'center', labelOffset: 36 },
		y: { domain: [0, Math.ceil(top / 10) * 10], ticks: 5, grid: true, label: 'Respondents (%)' },
		color: { domain: [false, true], range: [OKABE_ITO.blue, OKABE_ITO.vermillion] },
		marks: [
			Plot.axisX({ tickSize: 0, ticks: step < 14 ? bars.filter((_, i) => i % 5 === 0).map((b) => b.id) : undefined }),
			Plot.barY(drawn, { x: 'id', y: 'percent', fill: 'flagged' }),
			step >= 18 ? Plot.text(drawn, { x: 'id', y: 'percent', text: 'note', dy: -8 }) : null,
			Plot.text(blank, { x: 'id', y: 0, text: () => '×', dy: -8, fill: MUTED_TEXT_COLOR }),
			Plot.tip(bars, Plot.pointerX({ x: 'id', y: (b: Bar) => b.percent ?? 0, title: 'detail' })),
			Plot.ruleY([0])
		]
	}));
}
