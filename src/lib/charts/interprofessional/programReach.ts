/**
 * Most and least connected programs: one row per program, most connected first (share of
 * its trainees who met another profession, then breadth), a dot at the share with its
 * Wilson 95% interval, and beside it the number of other professions its trainees met.
 * Rows come from metrics/interprofessional/programReach, already ordered.
 *
 * A suppressed program (DOMAIN.md §5) keeps its name but shows no dot, interval or n. Program
 * labels are buttons calling onSelect with the program id.
 */
import * as Plot from '@observablehq/plot';
import { NARROW_WIDTH, chartDocument, checkWidth, noDataElement, type ChartOptions } from '../chartOptions';
import { SUPPRESSED_LABEL, formatPercent, nLabel } from '../format';
import { MUTED_TEXT_COLOR, SERIES_COLOR } from '../palette';
import { settleMarkAria } from '../accessibility';
import { makeTickLabelsSelectable } from './focusable';

export interface ProgramReachBar {
	programId: string;
	programName: string | null;
	trainees: number;
	reached: number;
	otherProfessions: number;
	professionsMet: readonly string[];
	share: number | null;
	lower: number | null;
	upper: number | null;
	suppressed?: boolean;
}

export interface ProgramReachOptions extends ChartOptions {
	onSelect?: (programId: string) => void;
}

interface Row {
	id: string;
	name: string;
	label: string;
	percent: number | null;
	lower: number | null;
	upper: number | null;
	note: string;
	tip: string;
}

function toRow(r: ProgramReachBar): Row {
	const name = r.programName ?? r.programId;
	const base = { id: r.programId, name };
	if (r.suppressed) return { ...base, label: name, percent: null, lower: null, upper: null, note: SUPPRESSED_LABEL, tip: '' };
	const label = `${name}\n${nLabel(r.trainees)}`;
	if (r.share === null) return { ...base, label, percent: null, lower: null, upper: null, note: 'no trainees', tip: '' };
	const met = `${r.otherProfessions} other profession${r.otherProfessions === 1 ? '' : 's'}`;
	return {
		...base,
		label,
		percent: r.share * 100,
		lower: r.lower === null ? null : r.lower * 100,
		upper: r.upper === null ? null : r.upper * 100,
		note: `${formatPercent(r.share)} · ${met}`,
		tip: `${name}\n${formatPercent(r.share)} reached: ${r.reached} of ${r.trainees}\nMet ${met}${r.professionsMet.length ? `: ${r.professionsMet.join(', ')}` : ''}`
	};
}

function ariaSummary(rows: Row[]): string {
	const drawn = rows.filter((r) => r.percent !== null);
	const parts = [`Dot chart of the share of each program's trainees who met another profession, with 95% Wilson intervals (${rows.length} programs), most connected first.`];
	if (drawn.length) parts.push(`Most connected: ${drawn[0].name}, ${drawn[0].note}.`);
	if (drawn.length > 1) parts.push(`Least connected: ${drawn[drawn.length - 1].name}, ${drawn[drawn.length - 1].note}.`);
	const suppressed = rows.filter((r) => r.note === SUPPRESSED_LABEL).length;
	if (suppressed) parts.push(`${suppressed} suppressed for small numbers.`);
	return parts.join(' ');
}

export function programReachChart(bars: readonly ProgramReachBar[], options: ProgramReachOptions): SVGSVGElement | HTMLElement {
	const width = checkWidth(options.width);
	if (bars.length === 0) return noDataElement(options);
	const rows = bars.map(toRow);
	const drawn = rows.filter((r) => r.percent !== null);
	const blank = rows.filter((r) => r.percent === null);
	const narrow = width < NARROW_WIDTH;
	const fontSize = narrow ? 12 : 13;
	const labels = new Map(rows.map((r) => [r.id, r.label]));
	const ids = rows.map((r) => r.id);
	const describe = (id: string) => `Filter to ${rows.find((r) => r.id === id)?.name ?? id}`;
	const select = options.onSelect;
	const xAxis = {
		domain: [0, 100],
		ticks: narrow ? 5 : 10,
		grid: true,
		label: narrow ? 'Met another profession (%)' : 'Trainees who met another profession (%)',
		labelAnchor: 'center'
	} as const;
	const common = [
		Plot.ruleY(drawn, { y: 'id', x1: 'lower', x2: 'upper', stroke: SERIES_COLOR, strokeWidth: 2, strokeOpacity: 0.6 }),
		Plot.dot(drawn, { x: 'percent', y: 'id', r: 5, fill: SERIES_COLOR, stroke: 'white' }),
		Plot.tip(drawn, Plot.pointerY({ x: 'percent', y: 'id', title: 'tip' })),
		Plot.ruleX([0])
	];

	let svg: SVGSVGElement;
	if (narrow) {
		// Phones: each program takes three lines across the full width — name and n above
		// the interval, the share and breadth below — instead of a cramped left column.
		const step = 3 * fontSize * 1.35 + 8;
		svg = Plot.plot({
			document: chartDocument(options),
			width,
			height: Math.round(8 + 40 + step * rows.length),
			marginLeft: 10,
			marginRight: 16,
			marginTop: 8 + fontSize,
			marginBottom: 40,
			style: { fontSize: `${fontSize}px` },
			ariaLabel: ariaSummary(rows),
			x: xAxis,
			y: { domain: ids, padding: 0.45, axis: null },
			marks: [
				Plot.text(rows, { x: 0, y: 'id', text: (r: Row) => r.label.replace('\n', ' · '), textAnchor: 'start', dx: 5, dy: -fontSize * 1.25, fontWeight: 600, className: 'program-label' }),
				Plot.text(drawn, { x: 0, y: 'id', text: 'note', textAnchor: 'start', dx: 5, dy: fontSize * 1.25, fill: MUTED_TEXT_COLOR }),
				Plot.text(blank, { x: 0, y: 'id', text: 'note', textAnchor: 'start', dx: 5, fill: MUTED_TEXT_COLOR, fontStyle: 'italic' }),
				...common
			]
		}) as SVGSVGElement;
		if (select) makeTickLabelsSelectable(svg, 'g.program-label', ids, describe, select);
	} else {
		const longest = Math.max(...rows.map((r) => r.name.length));
		const marginLeft = Math.round(Math.min(longest * fontSize * 0.6 + 14, width * 0.36));
		const step = 2 * fontSize * 1.2 + 14;
		svg = Plot.plot({
			document: chartDocument(options),
			width,
			height: Math.round(8 + 40 + step * rows.length),
			marginLeft,
			// The note ("54% · 6 other professions") sits right of the plot.
			marginRight: 200,
			marginTop: 8,
			marginBottom: 40,
			style: { fontSize: `${fontSize}px` },
			ariaLabel: ariaSummary(rows),
			x: xAxis,
			y: { domain: ids, padding: 0.3, label: null },
			marks: [
				Plot.axisY({ tickFormat: (id: string) => labels.get(id) ?? id, tickSize: 0, lineWidth: (marginLeft - 30) / fontSize, textOverflow: 'ellipsis' }),
				Plot.text(drawn, { x: 100, y: 'id', text: 'note', textAnchor: 'start', dx: 12 }),
				Plot.text(blank, { x: 0, y: 'id', text: 'note', textAnchor: 'start', dx: 4, fill: MUTED_TEXT_COLOR, fontStyle: 'italic' }),
				...common
			]
		}) as SVGSVGElement;
		if (select) makeTickLabelsSelectable(svg, 'g[aria-label="y-axis tick label"]', ids, describe, select);
	}
	settleMarkAria(svg);
	return svg;
}
