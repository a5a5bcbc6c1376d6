/**
 * The tables a reviewer sees for one selection, read from the suppressed linked tables:
 * all programs = column totals (and, where the program is itself a column of the report,
 * every program row); one program = that program's row.
 *
 * Shares come only from shown counts (`shownShare`), and a sum of shown counts is shown
 * only when every part is shown: a sum beside one hidden part would give the part away.
 * Cells say "suppressed", never why (privacy/suppression.ts: the reason helps a reader narrow).
 */
import { shownShare, type SuppressedCell, type SuppressedTable } from '$lib/privacy/suppression';
import { COLUMN_KEY_SEPARATOR } from './linked-counts';
import { COVERAGE_COLUMNS, EXIT_REASON_ORDER, LEVEL_ORDER, type LinkedAggregates, type LinkedTable } from './linked-tables';
import type { ReviewerSelection } from './selection';
import type { ReviewerAggregates, ReviewerCell, ReviewerRow, ReviewerTable } from './types';

interface Line {
	cells: SuppressedCell[];
	total: SuppressedCell;
}

const count = (c: SuppressedCell): ReviewerCell => ({ kind: 'count', value: c.suppressed ? null : c.value, suppressed: c.suppressed });
const share = (part: SuppressedCell, whole: SuppressedCell): ReviewerCell => ({ kind: 'share', value: shownShare(part, whole) });
const ZERO: SuppressedCell = { value: 0, suppressed: false };

/** The sum of shown cells, or suppressed when any part is. */
function sumOf(parts: readonly SuppressedCell[]): SuppressedCell {
	if (parts.some((p) => p.suppressed || p.value === null)) return { value: null, suppressed: true };
	return { value: parts.reduce((a, p) => a + (p.value ?? 0), 0), suppressed: false };
}

function line(table: SuppressedTable, selection: ReviewerSelection): Line {
	if ('index' in selection) return { cells: table.cells[selection.index], total: table.rowTotals[selection.index] };
	return { cells: table.columnTotals, total: table.grandTotal };
}

const byKey = (linked: LinkedTable, l: Line) => (key: string) => {
	const j = linked.columns.indexOf(key);
	return j < 0 ? ZERO : l.cells[j];
};

export function programLabel(p: { id: string; name: string | null }): string {
	return p.name ? `${p.name} (${p.id})` : p.id;
}

/** Program rows (all programs: every program and a totals row; one program: its row). */
function programRowsOf(
	data: LinkedAggregates,
	table: SuppressedTable,
	selection: ReviewerSelection,
	cellsOf: (l: Line) => ReviewerCell[]
): ReviewerRow[] {
	if ('index' in selection) return [{ label: programLabel(data.programs[selection.index]), cells: cellsOf(line(table, selection)) }];
	const rows = data.programs.map((p, i) => ({ label: programLabel(p), cells: cellsOf({ cells: table.cells[i], total: table.rowTotals[i] }) }));
	return [...rows, { label: 'All programs', total: true, cells: cellsOf(line(table, selection)) }];
}

function headcount(data: LinkedAggregates, selection: ReviewerSelection): ReviewerTable {
	const { columns, suppressed } = data.headcount;
	return {
		id: 'headcount',
		title: 'Active trainees by program and profession',
		definition: `Trainees with status active on ${data.asOf}, counted in their home program.`,
		rowHeader: 'Program',
		columns: [...columns, 'Total'],
		rows: suppressed ? programRowsOf(data, suppressed, selection, (l) => [...l.cells.map(count), count(l.total)]) : []
	};
}

function coverage(data: LinkedAggregates, selection: ReviewerSelection): ReviewerTable {
	const { suppressed } = data.coverage;
	const [withIdx, withoutIdx] = COVERAGE_COLUMNS.map((c) => data.coverage.columns.indexOf(c));
	return {
		id: 'coverage',
		title: 'Mentor coverage by program',
		definition: `Active trainees on ${data.asOf} with a mentoring pairing in force that day, and without one.`,
		rowHeader: 'Program',
		columns: ['With a mentor', 'Without a mentor', 'Active trainees', 'Share with a mentor'],
		rows: suppressed
			? programRowsOf(data, suppressed, selection, (l) => [count(l.cells[withIdx]), count(l.cells[withoutIdx]), count(l.total), share(l.cells[withIdx], l.total)])
			: []
	};
}

function burnout(data: LinkedAggregates, selection: ReviewerSelection): ReviewerTable {
	const { suppressed } = data.burnout;
	const rows: ReviewerRow[] = [];
	if (suppressed) {
		const cell = byKey(data.burnout, line(suppressed, selection));
		for (const wave of data.waves) {
			const flagged = cell(`${wave.id}${COLUMN_KEY_SEPARATOR}flagged`);
			const notFlagged = cell(`${wave.id}${COLUMN_KEY_SEPARATOR}not_flagged`);
			const respondents = sumOf([flagged, notFlagged]);
			rows.push({ label: wave.label, cells: [count(flagged), count(notFlagged), count(respondents), share(flagged, respondents)] });
		}
	}
	return {
		id: 'burnout',
		title: 'Burnout (Mini-Z) by survey wave',
		definition: 'Eligible trainees who answered the Mini-Z burnout item in the wave; flagged = burnout item ≥ 3.',
		rowHeader: 'Wave',
		columns: ['Flagged', 'Not flagged', 'Respondents', 'Share flagged'],
		rows
	};
}

function urim(data: LinkedAggregates, selection: ReviewerSelection): ReviewerTable {
	const { suppressed } = data.urim;
	const rows: ReviewerRow[] = [];
	if (suppressed) {
		const cell = byKey(data.urim, line(suppressed, selection));
		for (const [population, label] of [['trainees', 'Active trainees'], ['mentors', 'Active mentors']] as const) {
			const [yes, no, unknown] = ['urim', 'not_urim', 'unknown'].map((c) => cell(`${population}${COLUMN_KEY_SEPARATOR}${c}`));
			const known = sumOf([yes, no]);
			rows.push({ label, cells: [count(yes), count(no), count(unknown), count(sumOf([yes, no, unknown])), share(yes, known)] });
		}
	}
	return {
		id: 'urim',
		title: 'Underrepresented in medicine (URiM): trainees and mentors',
		definition: `People active on ${data.asOf}; the share is of those whose URiM status is known.`,
		rowHeader: 'Population',
		columns: ['URiM', 'Not URiM', 'Unknown', 'Total', 'Share URiM (known)'],
		rows
	};
}

function exits(data: LinkedAggregates, selection: ReviewerSelection): ReviewerTable {
	const { suppressed, columns } = data.exits;
	const parts = columns.map((c) => c.split(COLUMN_KEY_SEPARATOR));
	const reasons = EXIT_REASON_ORDER.filter((r) => parts.some(([reason]) => reason === r));
	const levels = [...new Set(parts.map(([, level]) => level))].sort((a, b) => LEVEL_ORDER.indexOf(a) - LEVEL_ORDER.indexOf(b));
	const l = suppressed ? line(suppressed, selection) : null;
	const cell = l ? byKey(data.exits, l) : () => ZERO;
	// Only the overall total is shown, not reason or level totals: those sums are not equations
	// of the linked table, and showing them could pin a hidden cell.
	return {
		id: 'exits',
		title: 'Exits by reason and training level',
		definition: `Trainees who left on or before ${data.asOf} (withdrawn or dismissed = attrition; graduated and transferred are competing exits), at the level they left at.`,
		rowHeader: 'Reason',
		columns: levels,
		rows: reasons.map((reason) => ({
			label: reason.replaceAll('_', ' '),
			cells: levels.map((level) => (columns.includes(`${reason}${COLUMN_KEY_SEPARATOR}${level}`) ? count(cell(`${reason}${COLUMN_KEY_SEPARATOR}${level}`)) : { kind: 'empty' as const }))
		})),
		total: l ? { label: 'All exits', cell: count(l.total) } : undefined
	};
}

export function reviewerTables(data: LinkedAggregates, selection: ReviewerSelection): ReviewerAggregates {
	const label = 'index' in selection ? programLabel(data.programs[selection.index]) : 'All programs';
	return {
		versionId: data.versionId,
		asOf: data.asOf,
		institution: data.institution,
		minCell: data.minCell,
		selection: { program: selection.program, label },
		programs: data.programs.map((p) => ({ id: p.id, label: programLabel(p) })),
		offersAll: true,
		tables: [headcount(data, selection), coverage(data, selection), burnout(data, selection), urim(data, selection), exits(data, selection)]
	};
}
