/**
 * Composition of active trainees and their mentors on one dimension (race/ethnicity,
 * gender, URiM or first-generation): for each category a heading row with its name, then
 * one bar for trainees and one for mentors, the share of each population in that category,
 * labelled with the percent and the count. Populations are named on the axis, so no legend
 * is needed; colour repeats the name (Okabe–Ito blue and vermillion).
 *
 * The x axis is fixed at 0–100%. For race/ethnicity the shares are "in any of" counts and
 * can add to more than 100%; the page states this next to the chart and the description
 * says so. A suppressed cell (DOMAIN.md §5) shows "suppressed" and no bar or count.
 */
import * as Plot from '@observablehq/plot';
import { NARROW_WIDTH, chartDocument, checkWidth, noDataElement, type ChartOptions } from '../chartOptions';
import { SUPPRESSED_LABEL, formatPercent } from '../format';
import { MUTED_TEXT_COLOR, OKABE_ITO } from '../palette';
import { makeSelectable, SELECTABLE_CLASS, settleMarkAria } from './selectable';

export type CompositionPopulationName = 'trainees' | 'mentors';

export interface CompositionBar {
	category: string;
	label: string;
	population: CompositionPopulationName;
	count: number;
	total: number;
	share: number | null;
	suppressed?: boolean;
	selectable?: boolean;
}

export interface CompositionChartOptions extends ChartOptions {
	/** e.g. "race/ethnicity"; for the screen-reader description. */
	dimensionLabel: string;
	/** Race/ethnicity: shares may add to more than 100%. */
	multiSelect?: boolean;
	onSelect?: (category: string) => void;
}

export const POPULATION_COLORS: Readonly<Record<CompositionPopulationName, string>> = {
	trainees: OKABE_ITO.blue,
	mentors: OKABE_ITO.vermillion
};
const POPULATION_LABELS: Readonly<Record<CompositionPopulationName, string>> = { trainees: 'Trainees', mentors: 'Mentors' };

interface Bar extends CompositionBar {
	key: string;
	percent: number | null;
	note: string;
}

function toBar(row: CompositionBar): Bar {
	const key = `${row.category}:${row.population}`;
	if (row.suppressed) return { ...row, key, percent: null, note: SUPPRESSED_LABEL };
	if (row.share === null) return { ...row, key, percent: null, note: 'no one' };
	return { ...row, key, percent: row.share * 100, note: `${formatPercent(row.share)} (${row.count})` };
}

const describe = (b: Bar) => `${b.label}, ${POPULATION_LABELS[b.population].toLowerCase()}: ${b.note}${b.suppressed ? '' : ` of ${b.total}`}`;

export function compositionChart(rows: readonly CompositionBar[], options: CompositionChartOptions): SVGSVGElement | HTMLElement {
	const width = checkWidth(options.width);
	if (rows.length === 0) return noDataElement(options);
	const bars = rows.map(toBar);
	const categories = [...new Map(bars.map((b) => [b.category, b.label])).entries()];
	const keys = categories.flatMap(([c]) => [`${c}:heading`, `${c}:trainees`, `${c}:mentors`]);
	const narrow = width < NARROW_WIDTH;
	const fontSize = narrow ? 12 : 13;
	const marginLeft = narrow ? 64 : 72;
	const step = fontSize * 1.6;
	const drawn = bars.filter((b) => b.percent !== null);
	const blank = bars.filter((b) => b.percent === null);
	const clickable = options.onSelect ? drawn.filter((b) => b.selectable) : [];
	const still = drawn.filter((b) => !clickable.includes(b));
	const bar = {
		x: 'percent',
		y: 'key',
		fill: (b: Bar) => POPULATION_COLORS[b.population],
		tip: true,
		title: describe
	};
	const note = options.multiSelect ? ' People could select more than one category, so shares can add to more than 100%.' : '';

	const svg = Plot.plot({
		document: chartDocument(options),
		width,
		height: Math.round(8 + 40 + step * keys.length),
		marginLeft,
		marginRight: narrow ? 72 : 88,
		marginTop: 8,
		marginBottom: 40,
		style: { fontSize: `${fontSize}px` },
		ariaLabel: `Bar chart of active trainees and their mentors by ${options.dimensionLabel}.${note} ${drawn.map(describe).join('; ')}.`,
		x: { domain: [0, 100], ticks: narrow ? 4 : 10, grid: true, label: 'Share of the population (%)', labelAnchor: 'center' },
		y: { domain: keys, padding: 0.15, label: null },
		color: { type: 'identity' },
		marks: [
			Plot.axisY({
				tickFormat: (k: string) => (k.endsWith(':heading') ? '' : POPULATION_LABELS[k.slice(k.lastIndexOf(':') + 1) as CompositionPopulationName]),
				tickSize: 0
			}),
			Plot.text(categories, { y: ([c]: [string, string]) => `${c}:heading`, text: ([, l]: [string, string]) => l, frameAnchor: 'left', textAnchor: 'start', dx: -marginLeft + 2, fontWeight: 'bold' }),
			Plot.barX(still, bar),
			Plot.barX(clickable, { ...bar, className: SELECTABLE_CLASS }),
			Plot.text(drawn, { x: 'percent', y: 'key', text: 'note', textAnchor: 'start', dx: 4 }),
			Plot.text(blank, { x: 0, y: 'key', text: 'note', textAnchor: 'start', dx: 4, fill: MUTED_TEXT_COLOR, fontStyle: 'italic' }),
			Plot.ruleX([0])
		]
	});
	const onSelect = options.onSelect;
	if (onSelect) makeSelectable(svg, clickable, (b) => onSelect(b.category), (b) => `Filter to ${b.label}: ${describe(b)}`);
	settleMarkAria(svg);
	return svg;
}
