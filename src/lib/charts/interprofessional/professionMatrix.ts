/**
 * Profession × profession adjacency matrix, drawn with D3: one square per pair of
 * professions, shaded by count (matrixScale.ts), the count printed in the square when it
 * fits, and a tooltip on hover and on keyboard focus. Used for pairings (rows = mentor,
 * columns = mentee) and for IPE co-attendance (symmetric; the diagonal counts activities
 * where the profession was present).
 *
 * Cells on the diagonal (same profession) are outlined, so cross-discipline cells — the
 * ones LCME 7.9 asks about — stand apart. A suppressed cell (DOMAIN.md §5) is grey with a
 * dash, and neither its text nor its tooltip carries the count.
 * Clicking a cell (or Enter/Space on it) selects its two professions; a row or column label
 * selects one.
 */
import * as d3 from 'd3';
import { NARROW_WIDTH, chartDocument, checkWidth, noDataElement, type ChartOptions } from '../chartOptions';
import { SUPPRESSED_LABEL } from '../format';
import { MUTED_TEXT_COLOR } from '../palette';
import { makeSelectable } from './focusable';
import { GRID_STROKE, SUPPRESSED_FILL, cellColours } from './matrixScale';
import { attachTooltip } from './matrixTooltip';

export interface MatrixCell {
	rowProfession: string;
	columnProfession: string;
	count: number;
	suppressed?: boolean;
}

export interface ProfessionMatrixOptions extends ChartOptions {
	/** Professions on both axes, in order. */
	professions: readonly string[];
	/** Axis titles, e.g. "Mentor profession" and "Mentee profession". */
	rowTitle: string;
	columnTitle: string;
	/** What is counted, singular and plural: ["pairing", "pairings"]. */
	unit: readonly [string, string];
	/** Sentence for one cell, e.g. "RN mentors with MD mentees". */
	describePair: (row: string, column: string) => string;
	/** First sentence of the screen-reader description: what is counted, and how many. */
	summary: string;
	onSelect?: (professions: string[]) => void;
}

interface Square {
	row: string;
	column: string;
	count: number;
	suppressed: boolean;
}

const countFormat = d3.format(',');

function squares(cells: readonly MatrixCell[], professions: readonly string[]): Square[] {
	const byKey = new Map(cells.map((c) => [`${c.rowProfession}\u0000${c.columnProfession}`, c]));
	return professions.flatMap((row) =>
		professions.map((column) => {
			const c = byKey.get(`${row}\u0000${column}`);
			return { row, column, count: c?.count ?? 0, suppressed: c?.suppressed ?? false };
		})
	);
}

function valueText(s: Square, unit: readonly [string, string]): string {
	if (s.suppressed) return SUPPRESSED_LABEL;
	return `${countFormat(s.count)} ${s.count === 1 ? unit[0] : unit[1]}`;
}

function ariaSummary(all: Square[], options: ProfessionMatrixOptions): string {
	const shown = all.filter((s) => !s.suppressed);
	const across = shown.filter((s) => s.row !== s.column && s.count > 0).sort((a, b) => b.count - a.count);
	const parts = [`${options.summary} ${options.professions.length} professions.`];
	if (across.length) parts.push(`Largest across professions: ${options.describePair(across[0].row, across[0].column)}, ${valueText(across[0], options.unit)}.`);
	else parts.push('No counts across professions.');
	const suppressed = all.filter((s) => s.suppressed).length;
	if (suppressed) parts.push(`${suppressed} cells suppressed for small numbers.`);
	return parts.join(' ');
}

export function professionMatrixChart(cells: readonly MatrixCell[], options: ProfessionMatrixOptions): SVGSVGElement | HTMLElement {
	const width = checkWidth(options.width);
	const professions = options.professions;
	if (professions.length === 0) return noDataElement(options);
	const doc = chartDocument(options);
	const narrow = width < NARROW_WIDTH;
	const fontSize = narrow ? 11 : 12;
	const n = professions.length;
	const labelWidth = Math.max(...professions.map((p) => p.length)) * fontSize * 0.62 + 10;
	const marginLeft = Math.round(labelWidth + 22);
	const available = width - marginLeft - 8;
	const cell = Math.floor(Math.max(18, Math.min(narrow ? 64 : 72, available / n)));
	const rotate = cell < labelWidth;
	const marginTop = Math.round(22 + (rotate ? labelWidth * 0.75 : fontSize + 8));
	const legendHeight = 78;
	const gridSize = cell * n;
	const height = marginTop + gridSize + legendHeight;
	const all = squares(cells, professions);
	const colours = cellColours(d3.max(all.filter((s) => !s.suppressed), (s) => s.count) ?? 0);
	const showCounts = cell >= 26;

	const svg = d3
		.select(doc.createElementNS('http://www.w3.org/2000/svg', 'svg'))
		.attr('class', 'profession-matrix')
		.attr('width', width)
		.attr('height', height)
		.attr('viewBox', `0 0 ${width} ${height}`)
		.attr('role', 'group')
		.attr('aria-label', ariaSummary(all, options))
		.attr('font-family', 'system-ui, sans-serif')
		.attr('font-size', fontSize);

	// Axis titles: columns above the grid, rows rotated along its left edge.
	svg.append('text').attr('x', marginLeft + gridSize / 2).attr('y', 12).attr('text-anchor', 'middle').attr('font-weight', 600).text(`${options.columnTitle} →`);
	svg
		.append('text')
		.attr('transform', `translate(12,${marginTop + gridSize / 2}) rotate(-90)`)
		.attr('text-anchor', 'middle')
		.attr('font-weight', 600)
		// Rotated a quarter turn, "←" points down the rows.
		.text(`← ${options.rowTitle}`);

	const select = options.onSelect;
	const columnLabels = svg.append('g').attr('role', 'group').attr('aria-label', `${options.columnTitle} labels`);
	for (const [i, p] of professions.entries()) {
		const x = marginLeft + i * cell + cell / 2;
		const label = columnLabels
			.append('text')
			.attr('transform', rotate ? `translate(${x},${marginTop - 6}) rotate(-45)` : `translate(${x},${marginTop - 6})`)
			.attr('text-anchor', rotate ? 'start' : 'middle')
			.text(p);
		if (select) makeSelectable(label.node() as Element, `Filter to ${p}`, () => select([p]));
	}
	const rowLabels = svg.append('g').attr('role', 'group').attr('aria-label', `${options.rowTitle} labels`);
	for (const [i, p] of professions.entries()) {
		const label = rowLabels
			.append('text')
			.attr('x', marginLeft - 6)
			.attr('y', marginTop + i * cell + cell / 2)
			.attr('dy', '0.35em')
			.attr('text-anchor', 'end')
			.text(p);
		if (select) makeSelectable(label.node() as Element, `Filter to ${p}`, () => select([p]));
	}

	const grid = svg.append('g').attr('role', 'group').attr('aria-label', 'cells');
	const groups = grid
		.selectAll('g')
		.data(all)
		.join('g')
		.attr('transform', (s) => `translate(${marginLeft + professions.indexOf(s.column) * cell},${marginTop + professions.indexOf(s.row) * cell})`);
	groups
		.append('rect')
		.attr('width', cell)
		.attr('height', cell)
		.attr('fill', (s) => (s.suppressed ? SUPPRESSED_FILL : colours.fill(s.count)))
		.attr('stroke', GRID_STROKE);
	if (showCounts) {
		groups
			.append('text')
			.attr('x', cell / 2)
			.attr('y', cell / 2)
			.attr('dy', '0.35em')
			.attr('text-anchor', 'middle')
			.attr('fill', (s) => (s.suppressed || s.count === 0 ? MUTED_TEXT_COLOR : colours.ink(s.count)))
			.attr('pointer-events', 'none')
			.text((s) => (s.suppressed ? '–' : countFormat(s.count)));
	}
	// Same-profession cells outlined, drawn after every cell so no neighbour covers the line.
	grid
		.selectAll('rect.diagonal')
		.data(professions)
		.join('rect')
		.attr('class', 'diagonal')
		.attr('x', (_, i) => marginLeft + i * cell + 1.5)
		.attr('y', (_, i) => marginTop + i * cell + 1.5)
		.attr('width', cell - 3)
		.attr('height', cell - 3)
		.attr('fill', 'none')
		.attr('stroke', '#1a1a1a')
		.attr('stroke-width', 1.5)
		.attr('stroke-dasharray', '4 3')
		.attr('pointer-events', 'none');

	drawLegend(svg, colours, options, marginLeft, marginTop + gridSize + 14, fontSize);
	const tooltip = attachTooltip(svg, { width, fontSize });
	groups.each(function (s) {
		const text = `${options.describePair(s.row, s.column)}: ${valueText(s, options.unit)}`;
		const el = this as SVGGElement;
		if (select) makeSelectable(el, `${text}. Filter to ${s.row === s.column ? s.row : `${s.row} and ${s.column}`}`, () => select([...new Set([s.row, s.column])]));
		else {
			el.setAttribute('tabindex', '0');
			el.setAttribute('role', 'img');
			el.setAttribute('aria-label', text);
		}
		const x = marginLeft + professions.indexOf(s.column) * cell + cell / 2;
		const y = marginTop + professions.indexOf(s.row) * cell;
		tooltip.bind(el, text, x, y);
	});
	return svg.node() as SVGSVGElement;
}

function drawLegend(
	svg: d3.Selection<SVGSVGElement, unknown, null, undefined>,
	colours: ReturnType<typeof cellColours>,
	options: ProfessionMatrixOptions,
	x: number,
	y: number,
	fontSize: number
): void {
	const legend = svg.append('g').attr('aria-hidden', 'true').attr('transform', `translate(${x},${y})`);
	const swatch = 16;
	let offset = 0;
	for (const value of [0, ...colours.legendValues]) {
		legend.append('rect').attr('x', offset).attr('width', swatch).attr('height', swatch).attr('fill', colours.fill(value)).attr('stroke', GRID_STROKE);
		legend.append('text').attr('x', offset + swatch / 2).attr('y', swatch + fontSize + 2).attr('text-anchor', 'middle').attr('fill', MUTED_TEXT_COLOR).text(countFormat(value));
		offset += swatch + Math.max(14, String(value).length * fontSize * 0.6);
	}
	legend.append('text').attr('x', offset).attr('y', swatch / 2).attr('dy', '0.35em').attr('fill', MUTED_TEXT_COLOR).text(options.unit[1]);
	const second = swatch + fontSize + 12;
	legend.append('rect').attr('y', second).attr('width', swatch).attr('height', swatch).attr('fill', 'none').attr('stroke', '#1a1a1a').attr('stroke-dasharray', '4 3');
	legend.append('text').attr('x', swatch + 6).attr('y', second + swatch / 2).attr('dy', '0.35em').attr('fill', MUTED_TEXT_COLOR).text('same profession (diagonal)');
}
