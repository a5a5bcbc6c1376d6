/**
 * A non-proportion value per group as a horizontal bar, groups under their dimension's
 * heading: meetings per pairing-month by group, median months matched by concordance.
 * Each bar is labelled with its formatted value, each group with its n; a group with no
 * value says why ("no pairings", "not reached") instead of drawing a zero-length bar that
 * would read as zero. Suppressed groups show "suppressed" and no n (DOMAIN.md §5).
 */
import * as Plot from '@observablehq/plot';
import { NARROW_WIDTH, chartDocument, checkWidth, noDataElement, type ChartOptions } from '../chartOptions';
import { SUPPRESSED_LABEL, nLabel } from '../format';
import { MUTED_TEXT_COLOR, SERIES_COLOR } from '../palette';
import { groupBands, labelMargin } from './groupRows';
import { makeSelectable, SELECTABLE_CLASS, settleMarkAria } from './selectable';

export interface GroupValue {
	dimension: string;
	dimensionLabel: string;
	category: string;
	label: string;
	/** People or pairs behind the value. */
	n: number;
	value: number | null;
	/** Why value is null, e.g. "not reached". */
	missingNote?: string;
	suppressed?: boolean;
	selectable?: boolean;
}

export interface GroupValueOptions extends ChartOptions {
	valueLabel: string;
	description: string;
	format: (value: number) => string;
	onSelect?: (row: GroupValue) => void;
}

interface Bar extends GroupValue {
	key: string;
	note: string;
}

export function groupValueChart(rows: readonly GroupValue[], options: GroupValueOptions): SVGSVGElement | HTMLElement {
	const width = checkWidth(options.width);
	if (rows.length === 0) return noDataElement(options);
	const bars: Bar[] = rows.map((r) => ({
		...r,
		key: `${r.dimension}:${r.category}`,
		value: r.suppressed ? null : r.value,
		note: r.suppressed ? SUPPRESSED_LABEL : r.value === null ? (r.missingNote ?? 'no data') : options.format(r.value)
	}));
	const describe = (b: Bar) => `${b.dimensionLabel}, ${b.label}: ${b.note}${b.suppressed ? '' : ` (${nLabel(b.n)})`}`;
	const narrow = width < NARROW_WIDTH;
	const fontSize = narrow ? 12 : 13;
	const bands = groupBands(
		bars,
		(b) => b.dimension,
		(d) => bars.find((b) => b.dimension === d)?.dimensionLabel ?? d,
		(b) => b.key,
		(b) => (b.suppressed ? b.label : narrow ? `${b.label}\n${nLabel(b.n)}` : `${b.label} (${nLabel(b.n)})`)
	);
	const marginLeft = labelMargin(bands, fontSize, width, narrow);
	// Phones: the n goes on a second line so group names are not cut.
	const step = fontSize * (narrow ? 2.9 : 2.1);
	const labels = new Map(bands.map((b) => [b.key, b.heading ? '' : b.label]));
	const drawn = bars.filter((b) => b.value !== null);
	const blank = bars.filter((b) => b.value === null);
	const max = Math.max(0, ...drawn.map((b) => b.value as number));
	const clickable = options.onSelect ? drawn.filter((b) => b.selectable) : [];
	const still = drawn.filter((b) => !clickable.includes(b));
	const bar = { x: 'value', y: 'key', fill: SERIES_COLOR, tip: true, title: describe };

	const svg = Plot.plot({
		document: chartDocument(options),
		width,
		height: Math.round(12 + 40 + step * bands.length),
		marginLeft,
		marginRight: narrow ? 48 : 64,
		marginTop: 12,
		marginBottom: 40,
		style: { fontSize: `${fontSize}px` },
		ariaLabel: `${options.description} Bar chart; ${bars.map(describe).join('; ')}.`,
		x: { domain: [0, max > 0 ? max * 1.1 : 1], ticks: narrow ? 4 : 8, grid: true, label: options.valueLabel, labelAnchor: 'center' },
		y: { domain: bands.map((b) => b.key), padding: 0.25, label: null },
		marks: [
			Plot.axisY({ tickFormat: (k: string) => labels.get(k) ?? k, tickSize: 0, lineWidth: (marginLeft - 16) / fontSize, textOverflow: 'ellipsis' }),
			Plot.text(
				bands.filter((b) => b.heading),
				{ y: 'key', text: 'label', frameAnchor: 'left', textAnchor: 'start', dx: -marginLeft + 2, fontWeight: 'bold' }
			),
			Plot.barX(still, bar),
			Plot.barX(clickable, { ...bar, className: SELECTABLE_CLASS }),
			Plot.text(drawn, { x: 'value', y: 'key', text: 'note', textAnchor: 'start', dx: 4 }),
			Plot.text(blank, { x: 0, y: 'key', text: 'note', textAnchor: 'start', dx: 4, fill: MUTED_TEXT_COLOR, fontStyle: 'italic' }),
			Plot.ruleX([0])
		]
	});
	const onSelect = options.onSelect;
	if (onSelect) makeSelectable(svg, clickable, onSelect, (b) => `Filter to ${b.label}: ${describe(b)}`);
	settleMarkAria(svg);
	return svg;
}
