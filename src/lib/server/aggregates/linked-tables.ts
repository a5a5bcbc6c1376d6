/**
 * Runs the linked counts (linked-counts.ts) on one dataset version and suppresses the
 * programs × categories tables once, with their margins, together (privacy/
 * linked-suppression.ts). Every reviewer selection is read from these suppressed tables,
 * never from fresh counts.
 *
 * Why together: the headcount and the coverage table both hold each program's active
 * trainees (their row totals) and all of them (their grand totals), and the URiM table
 * holds the same numbers as sums (a program's URiM + not URiM + unknown trainees). Suppressed
 * one by one, a program total hidden as a complement in the headcount was printed in the
 * coverage table, and a program's small count of trainees of unknown URiM status, hidden in
 * a cycle through the mentor columns, followed from the program's printed trainee total
 * (5 such cells on the demo data; tests/unit/delivery/linked-suppression-demo.test.ts).
 */
import type { Connector } from '$lib/engine/connector';
import { suppressLinkedTables, type LinkedTableInput, type SharedValue } from '$lib/privacy/linked-suppression';
import type { SuppressedTable } from '$lib/privacy/suppression';
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

/** Keys of the numbers several linked tables hold. */
const programTrainees = (p: ProgramRow) => `active-trainees|program=${p.id}`;
const ALL_TRAINEES = 'active-trainees';

/** Each program's active trainees as the row totals, and all of them as the grand total. */
function traineeTotals(programs: readonly ProgramRow[]): SharedValue[] {
	return [...programs.map((p, i) => ({ key: programTrainees(p), entries: [[i, 'total']] as const })), { key: ALL_TRAINEES, entries: [['total', 'total']] }];
}

/** The same numbers in the URiM table: the sum of the trainee columns, per program and over all. */
function urimTraineeSums(programs: readonly ProgramRow[]): SharedValue[] {
	const trainees = [0, 1, 2];
	return [
		...programs.map((p, i) => ({ key: programTrainees(p), entries: trainees.map((j) => [i, j] as const) })),
		{ key: ALL_TRAINEES, entries: trainees.map((j) => ['total', j] as const) }
	];
}

interface Counted {
	columns: string[];
	counts: number[][];
	/** Totals the reviewer pages print (reviewer-tables.ts). */
	printed?: LinkedTableInput['printed'];
	keep?: LinkedTableInput['keep'];
	shared?: SharedValue[];
}

/**
 * Suppresses the tables together; `alone` suppresses each on its own (what this did before
 * the tables were linked), kept for the test that shows the difference.
 */
export function suppressLinked(tables: readonly Counted[], minCell: number, alone = false): LinkedTable[] {
	const filled = tables.filter((t) => t.counts.length > 0 && t.columns.length > 0);
	const input = filled.map((t) => ({ counts: t.counts, printed: t.printed, keep: t.keep, shared: alone ? [] : t.shared }));
	const suppressed = alone ? input.map((t) => suppressLinkedTables([t], { minCell })[0]) : suppressLinkedTables(input, { minCell });
	return tables.map((t) => ({ columns: t.columns, suppressed: filled.includes(t) ? suppressed[filled.indexOf(t)] : null }));
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

/** The linked tables' true counts, in the order of LinkedAggregates' tables. */
export async function linkedCounts(db: Connector): Promise<{ programs: ProgramRow[]; waves: { id: string; label: string }[]; tables: Counted[] }> {
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
	const counted = (columns: string[], rows: readonly CountRow[], rest: Omit<Counted, 'columns' | 'counts'> = {}): Counted => ({
		columns,
		counts: programs.length && columns.length ? countMatrix(programs, columns, rows) : [],
		...rest
	});
	const headcountColumns = [...professions, ...unlisted];
	return {
		programs,
		waves: wavesAnswered,
		tables: [
			counted(headcountColumns, headcountRows, { shared: traineeTotals(programs) }),
			counted([...COVERAGE_COLUMNS], await db.query<CountRow>(COVERAGE_SQL), { shared: traineeTotals(programs) }),
			// Each wave's pair is summed on the page only when both parts are shown: no printed totals.
			counted(burnoutColumns, burnoutRows, { printed: { rowTotals: false, columnTotals: true, grandTotal: false } }),
			// The page prints each population's sum (trainees, mentors), not trainees + mentors.
			// The URiM counts are what the table is read for: complements come from the others first.
			counted(URIM_COLUMNS, await db.query<CountRow>(URIM_SQL), {
				printed: { rowTotals: false, columnTotals: true, grandTotal: false },
				keep: { columns: [0, 3] },
				shared: urimTraineeSums(programs)
			}),
			counted(orderedKeys(exitRows, EXIT_REASON_ORDER, LEVEL_ORDER), exitRows)
		]
	};
}

export async function buildLinkedAggregates(db: Connector, versionId: string, minCell: number): Promise<LinkedAggregates> {
	const [info] = await db.query<{ as_of: string; institution: string }>(
		'SELECT CAST(as_of AS VARCHAR) AS as_of, institution FROM dataset_info LIMIT 1'
	);
	const { programs, waves, tables } = await linkedCounts(db);
	const [headcount, coverage, burnout, urim, exits] = suppressLinked(tables, minCell);
	return { versionId, asOf: info?.as_of ?? '', institution: info?.institution ?? '', minCell, programs, waves, headcount, coverage, burnout, urim, exits };
}
