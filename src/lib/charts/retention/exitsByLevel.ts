/**
 * Exits by reason × training level as a table of shaded cells with their counts
 * (metrics/retention/exitsByLevel.ts). Reasons are rows on wide screens, attrition reasons
 * first, then the competing exits marked as such; on a phone the table is transposed
 * (levels down the side) so a dozen levels do not squeeze into 390 px.
 *
 * A suppressed cell (DOMAIN.md §5) is drawn hatched-grey with "–" and no count; an empty
 * combination is blank. Shade is the count on a sequential blue scale (colour-blind safe);
 * the count is always printed, so the shade is never the only carrier of the number.
 */
import * as Plot from '@observablehq/plot';
import type { ExitCount } from '../../metrics/retention/exitsByLevel';
import { TRAINING_LEVELS } from '../../schema/tables';
import { NARROW_WIDTH, chartDocument, checkWidth, noDataElement, type ChartOptions } from '../chartOptions';
import { SUPPRESSED_LABEL } from '../format';
import { MUTED_TEXT_COLOR } from '../palette';
import { settleMarkAria } from '../accessibility';
import { REASON_ORDER, reasonLabel } from './reasonColors';

interface Cell {
	reason: string;
	level: string;
	count: number | null;
	text: string;
}

function reasonAxisLabel(reason: string): string {
	return reason === 'graduated' || reason === 'transferred' ? `${reasonLabel(reason)} (competing)` : reasonLabel(reason);
}

const levelRank = (level: string) => {
	const i = (TRAINING_LEVELS as readonly string[]).indexOf(level);
	return i < 0 ? TRAINING_LEVELS.length : i;
};

export function exitsByLevelChart(rows: readonly ExitCount[], options: ChartOptions): SVGSVGElement | HTMLElement {
	const width = checkWidth(options.width);
	if (rows.length === 0) return noDataElement(options, 'No exits in this population');
	const narrow = width < NARROW_WIDTH;
	const fontSize = narrow ? 11 : 12;
	const reasons = REASON_ORDER.filter((r) => rows.some((row) => row.reason === r)).map(String);
	const levels = [...new Set(rows.map((r) => r.level))].sort((a, b) => levelRank(a) - levelRank(b) || a.localeCompare(b));
	const cells: Cell[] = rows.map((r) => ({
		reason: r.reason,
		level: r.level,
		count: r.suppressed ? null : r.count,
		text: r.suppressed ? '–' : String(r.count)
	}));
	const shown = cells.filter((c) => c.count !== null);
	const hidden = cells.filter((c) => c.count === null);
	const max = Math.max(1, ...shown.map((c) => c.count as number));
	// Rows and columns: reasons × levels on wide screens, transposed on phones.
	const rowKey = narrow ? 'level' : 'reason';
	const colKey = narrow ? 'reason' : 'level';
	const rowDomain = narrow ? levels : reasons;
	const colDomain = narrow ? reasons : levels;
	const rowLabel = (v: string) => (narrow ? v : reasonAxisLabel(v));
	const colLabel = (v: string) => (narrow ? reasonAxisLabel(v) : v);
	const longestRow = Math.max(...rowDomain.map((v) => rowLabel(v).length));
	const longestCol = Math.max(...colDomain.map((v) => colLabel(v).length));
	const marginLeft = Math.round(longestRow * fontSize * 0.6 + 12);
	const rotate = narrow || colDomain.length * 44 > width - marginLeft;
	const marginTop = rotate ? Math.round(Math.min(longestCol, 24) * fontSize * 0.6 + 12) : 24;
	const rowHeight = narrow ? 22 : 26;
	const total = shown.reduce((s, c) => s + (c.count as number), 0);
	const ink = (c: Cell) => ((c.count as number) / max > 0.55 ? 'white' : 'black');

	const svg = Plot.plot({
		document: chartDocument(options),
		width,
		height: marginTop + rowHeight * rowDomain.length + 8,
		marginLeft,
		// Labels rotated −45° run up and to the right of their column.
		marginRight: rotate ? Math.round(Math.min(longestCol, 24) * fontSize * 0.6 * 0.71) : 8,
		marginTop,
		marginBottom: 8,
		style: { fontSize: `${fontSize}px` },
		ariaLabel: `Table of ${total} exits by reason and training level (${reasons.length} reasons, ${levels.length} levels)${hidden.length ? `; ${hidden.length} cells suppressed for small numbers` : ''}. Graduation and transfer are competing exits, not attrition.`,
		x: { domain: colDomain, axis: 'top', label: null, tickFormat: colLabel, tickRotate: rotate ? -45 : 0, padding: 0.04 },
		y: { domain: rowDomain, label: null, tickFormat: rowLabel, padding: 0.06 },
		color: { type: 'linear', domain: [0, max], range: ['#eef4fa', '#08519c'] },
		marks: [
			Plot.cell(shown, { x: colKey, y: rowKey, fill: 'count', title: (c: Cell) => `${reasonAxisLabel(c.reason)}, ${c.level}: ${c.count}` }),
			Plot.cell(hidden, { x: colKey, y: rowKey, fill: '#d9d9d9', title: (c: Cell) => `${reasonAxisLabel(c.reason)}, ${c.level}: ${SUPPRESSED_LABEL}` }),
			Plot.text(shown, { x: colKey, y: rowKey, text: 'text', fill: ink }),
			Plot.text(hidden, { x: colKey, y: rowKey, text: 'text', fill: MUTED_TEXT_COLOR }),
			Plot.tip(cells, Plot.pointer({ x: colKey, y: rowKey, title: (c: Cell) => `${reasonAxisLabel(c.reason)} · ${c.level}\n${c.count === null ? SUPPRESSED_LABEL : `${c.count} exits`}` }))
		]
	}) as SVGSVGElement;
	settleMarkAria(svg);
	return svg;
}
