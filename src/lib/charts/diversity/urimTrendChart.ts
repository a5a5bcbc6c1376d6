/**
 * URiM share of trainees (by entering cohort) and of mentors (active that year), year by
 * year: two lines with a dot per year and its 95% Wilson interval, trainees in blue
 * circles, mentors in vermillion squares, each line named at its end (no legend). The
 * two series are nudged apart so their intervals do not overlap. y starts at 0.
 *
 * Clicking a year's dot (or Enter on it) selects that cohort year. Years with nobody known
 * leave a gap; suppressed points (DOMAIN.md §5) are not drawn and are named in the
 * description.
 */
import * as Plot from '@observablehq/plot';
import { NARROW_WIDTH, chartDocument, checkWidth, noDataElement, type ChartOptions } from '../chartOptions';
import { formatPercent, nLabel } from '../format';
import { POPULATION_COLORS, type CompositionPopulationName } from './compositionChart';
import { makeSelectable, SELECTABLE_CLASS, settleMarkAria } from './selectable';

export interface UrimTrendPoint {
	year: number;
	population: CompositionPopulationName;
	/** People with known URiM status (the denominator). */
	known: number;
	share: number | null;
	lower: number | null;
	upper: number | null;
	suppressed?: boolean;
}

export interface UrimTrendOptions extends ChartOptions {
	onSelectYear?: (year: number) => void;
}

const NAMES: Readonly<Record<CompositionPopulationName, string>> = { trainees: 'Trainees (cohort)', mentors: 'Mentors (active)' };

interface Point extends UrimTrendPoint {
	percent: number | null;
	lo: number | null;
	hi: number | null;
}

const describe = (p: Point) => `${p.year}, ${NAMES[p.population].toLowerCase()}: ${p.suppressed ? 'suppressed' : p.share === null ? 'no one known' : `${formatPercent(p.share)} URiM (${nLabel(p.known)})`}`;

export function urimTrendChart(rows: readonly UrimTrendPoint[], options: UrimTrendOptions): SVGSVGElement | HTMLElement {
	const width = checkWidth(options.width);
	if (rows.length === 0) return noDataElement(options);
	const points: Point[] = [...rows]
		.sort((a, b) => a.year - b.year)
		.map((r) => {
			const hidden = r.suppressed || r.share === null;
			return { ...r, percent: hidden ? null : (r.share as number) * 100, lo: hidden || r.lower === null ? null : r.lower * 100, hi: hidden || r.upper === null ? null : r.upper * 100 };
		});
	const drawn = points.filter((p) => p.percent !== null);
	const years = [...new Set(points.map((p) => p.year))];
	const narrow = width < NARROW_WIDTH;
	const fontSize = narrow ? 12 : 13;
	const top = Math.max(10, ...drawn.map((p) => p.hi ?? p.percent ?? 0));
	const yMax = Math.min(100, Math.ceil((top * 1.1) / 10) * 10);
	// Nudge in years on a linear axis (Plot's dx is one constant per mark, not per point).
	const nudge = Math.min(0.12, 0.04 * years.length);
	const xAt = (p: Point) => p.year + (p.population === 'trainees' ? -nudge : nudge);
	const last = (['trainees', 'mentors'] as const).map((pop) => [...drawn].reverse().find((p) => p.population === pop)).filter((p): p is Point => !!p);
	const dotOptions = {
		x: xAt,
		y: 'percent',
		r: 4.5,
		symbol: (p: Point) => (p.population === 'trainees' ? 'circle' : 'square'),
		fill: (p: Point) => POPULATION_COLORS[p.population],
		stroke: 'white',
		tip: true,
		title: describe
	};
	const series = (pop: CompositionPopulationName) => points.filter((p) => p.population === pop);

	const svg = Plot.plot({
		document: chartDocument(options),
		width,
		height: narrow ? 320 : 340,
		marginLeft: 44,
		marginRight: narrow ? 16 : 130,
		marginTop: 20,
		marginBottom: narrow ? 60 : 40,
		style: { fontSize: `${fontSize}px` },
		ariaLabel: `Line chart of the URiM share of trainees by entering cohort and of mentors active each year, with 95% Wilson intervals; ${points.map(describe).join('; ')}.`,
		x: {
			type: 'linear',
			domain: [Math.min(...years) - 0.5, Math.max(...years) + 0.5],
			ticks: years,
			tickFormat: (y: number) => String(y),
			// Phones: the key takes the axis title's place; the card's definition names the years.
			label: narrow ? null : 'Year (trainees: cohort year)',
			labelAnchor: 'center'
		},
		y: { domain: [0, yMax], grid: true, label: 'URiM (%)' },
		symbol: { type: 'identity' },
		color: { type: 'identity' },
		marks: [
			Plot.ruleY([0]),
			...(['trainees', 'mentors'] as const).map((pop) =>
				Plot.lineY(series(pop), { x: xAt, y: 'percent', stroke: POPULATION_COLORS[pop], strokeWidth: 1.5, strokeOpacity: 0.6 })
			),
			Plot.ruleX(drawn.filter((p) => p.lo !== null), { x: xAt, y1: 'lo', y2: 'hi', stroke: (p: Point) => POPULATION_COLORS[p.population], strokeWidth: 2 }),
			Plot.dot(drawn, options.onSelectYear ? { ...dotOptions, className: SELECTABLE_CLASS } : dotOptions),
			// Series names: at the line ends on wide screens, under the axis title on phones.
			...(narrow
				? last.map((p, i) =>
						Plot.text([p], {
							frameAnchor: 'bottom-left',
							dy: 44,
							dx: i * 150,
							text: () => `${p.population === 'trainees' ? '●' : '■'} ${NAMES[p.population]}`,
							fill: POPULATION_COLORS[p.population],
							textAnchor: 'start',
							fontWeight: 'bold'
						})
					)
				: [Plot.text(last, { x: xAt, y: 'percent', text: (p: Point) => NAMES[p.population], fill: (p: Point) => POPULATION_COLORS[p.population], textAnchor: 'start', dx: 16, fontWeight: 'bold' })])
		]
	});
	const onSelectYear = options.onSelectYear;
	if (onSelectYear) makeSelectable(svg, drawn, (p) => onSelectYear(p.year), (p) => `Filter to cohort ${p.year}: ${describe(p)}`);
	settleMarkAria(svg);
	return svg;
}
