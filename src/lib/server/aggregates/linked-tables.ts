/**
 * Runs the linked counts (linked-counts.ts) on one dataset version and suppresses each
 * programs × categories table once, with its margins (privacy/suppression.ts). Every
 * reviewer selection is read from these suppressed tables, never from fresh counts.
 */
import type { Connector } from '$lib/engine/connector';
import { suppressTable, type SuppressedTable } from '$lib/privacy/suppression';
import { PROFESSIONS, TRAINING_LEVELS } from '$lib/schema/tables';
import { ATTRITION_REASONS, COMPETING_EXITS } from '$lib/metrics/retention/subjects';
import {
	COLUMN_KEY_SEPARATOR,
	COVERAGE_SQL,
	HEADCOUNT_SQL,
	URIM_SQL,
	WAVES_SQL,
	burnoutQuery,
	countMatrix,
	exitsQuery,
	programRows,
	type CountRow,
	type ProgramRow
} from './linked-counts';

export interface LinkedTable {
	/** Column keys, in display order. */
	columns: string[];
	/** null when the table has no column (e.g. no survey wave yet) or no program. */
	suppressed: SuppressedTable | null;
}

export interface LinkedAggregates {
	versionId: string;
	asOf: string;
	institution: string;
	minCell: number;
	programs: ProgramRow[];
	waves: { id: string; label: string }[];
	headcount: LinkedTable;
	coverage: LinkedTable;
	burnout: LinkedTable;
	urim: LinkedTable;
	exits: LinkedTable;
}

export const COVERAGE_COLUMNS = ['with_mentor', 'without_mentor'] as const;
export const URIM_COLUMNS = ['trainees', 'mentors'].flatMap((p) =>
	['urim', 'not_urim', 'unknown'].map((c) => `${p}${COLUMN_KEY_SEPARATOR}${c}`)
);
export const EXIT_REASON_ORDER: readonly string[] = [...ATTRITION_REASONS, ...COMPETING_EXITS];
export const LEVEL_ORDER: readonly string[] = [...TRAINING_LEVELS, 'unknown'];

function linked(programs: readonly ProgramRow[], columns: string[], rows: readonly CountRow[], minCell: number): LinkedTable {
	if (programs.length === 0 || columns.length === 0) return { columns, suppressed: null };
	return { columns, suppressed: suppressTable(countMatrix(programs, columns, rows), { minCell }) };
}

/** Order of observed two-part keys by the orders of their parts; unknown parts last, alphabetically. */
function orderedKeys(rows: readonly CountRow[], first: readonly string[], second: readonly string[]): string[] {
	const rank = (order: readonly string[], value: string) => {
		const i = order.indexOf(value);
		return i < 0 ? order.length : i;
	};
	const keys = [...new Set(rows.map((r) => r.col))];
	return keys.sort((a, b) => {
		const [a1, a2] = a.split(COLUMN_KEY_SEPARATOR);
		const [b1, b2] = b.split(COLUMN_KEY_SEPARATOR);
		return rank(first, a1) - rank(first, b1) || rank(second, a2) - rank(second, b2) || a.localeCompare(b);
	});
}

export async function buildLinkedAggregates(db: Connector, versionId: string, minCell: number): Promise<LinkedAggregates> {
	const [info] = await db.query<{ as_of: string; institution: string }>(
		'SELECT CAST(as_of AS VARCHAR) AS as_of, institution FROM dataset_info LIMIT 1'
	);
	const programs = await programRows(db);
	const waves = (await db.query<{ wave_id: string; label: string }>(WAVES_SQL)).map((w) => ({ id: w.wave_id, label: w.label }));

	const headcountRows = await db.query<CountRow>(HEADCOUNT_SQL);
	const professions = PROFESSIONS.filter((p) => headcountRows.some((r) => r.col === p));
	const unlisted = [...new Set(headcountRows.map((r) => r.col))].filter((c) => !professions.includes(c as never)).sort();

	const burnout = burnoutQuery();
	const burnoutRows = await db.query<CountRow>(burnout.sql, burnout.params);
	const wavesAnswered = waves.filter((w) => burnoutRows.some((r) => r.col.startsWith(`${w.id}${COLUMN_KEY_SEPARATOR}`)));
	const burnoutColumns = wavesAnswered.flatMap((w) => ['flagged', 'not_flagged'].map((f) => `${w.id}${COLUMN_KEY_SEPARATOR}${f}`));

	const exits = exitsQuery();
	const exitRows = await db.query<CountRow>(exits.sql, exits.params);

	return {
		versionId,
		asOf: info?.as_of ?? '',
		institution: info?.institution ?? '',
		minCell,
		programs,
		waves: wavesAnswered,
		headcount: linked(programs, [...professions, ...unlisted], headcountRows, minCell),
		coverage: linked(programs, [...COVERAGE_COLUMNS], await db.query<CountRow>(COVERAGE_SQL), minCell),
		burnout: linked(programs, burnoutColumns, burnoutRows, minCell),
		urim: linked(programs, URIM_COLUMNS, await db.query<CountRow>(URIM_SQL), minCell),
		exits: linked(programs, orderedKeys(exitRows, EXIT_REASON_ORDER, LEVEL_ORDER), exitRows, minCell)
	};
}
