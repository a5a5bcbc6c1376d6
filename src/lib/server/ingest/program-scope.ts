/**
 * Coordinator uploads (issue 5): a coordinator imports exports for the programs assigned to
 * them, and nothing else.
 *
 * The rule:
 * - Every uploaded row must belong to one of their programs (program-ownership.ts says how a
 *   row belongs); any other row is a blocking error naming file, row, column and value. So is
 *   an id that another program's row already uses (a person, pairing, meeting or activity
 *   cannot be moved between programs by a coordinator). The messages never say which program
 *   does own it, so an upload cannot be used to probe other programs' data.
 * - A pairing's mentee must be one of their people; its mentor may be anyone in the dataset,
 *   because cross-program mentoring is common (213 of the demo's 1,631 pairings). An IPE
 *   activity's attendees may come from any program; the activity must be theirs.
 * - The new version replaces, in each table the upload covers, only their programs' rows, and
 *   carries every other program's rows over unchanged (same values, same order, ahead of the
 *   new rows); tables the upload does not cover are carried whole, as for an admin.
 *   A survey export replaces their people's responses from that source only.
 * - Survey waves are shared by every program: a coordinator may add a wave, never change one.
 *   The as-of date and institution stay the current version's (the route enforces that), and
 *   a dataset_info file is refused.
 */
import type { TableName } from '$lib/schema/tables';
import { programOwners, type ProgramOf } from './program-ownership';
import type { ProblemList } from './problems';
import type { StagedRow, StagedTables } from './staged';

export interface UploadCoverage {
	/** Tables whose rows the upload replaces (survey tables and waves are handled apart). */
	tables: ReadonlySet<TableName>;
	/** Survey sources ('qualtrics', 'redcap') whose responses the upload replaces. */
	surveySources: ReadonlySet<string>;
	/** A dataset_info file in the upload, if any. */
	datasetInfoFile: string | null;
}

const REPLACEABLE: readonly TableName[] = ['programs', 'people', 'demographics', 'person_race', 'pairings', 'meetings', 'ipe_activities', 'ipe_attendance'];
const WAVE_FIELDS = ['label', 'opens_on', 'closes_on'] as const;

const sourceColumn = (row: StagedRow, column: string) => row.sourceColumns[column] ?? column;

export class ProgramScopeCheck {
	private readonly programs: ReadonlySet<string>;
	private readonly listed: string;
	/** Uploaded source rows (file + row) refused so far: left out of the merge, checked no further. */
	private readonly refused = new Set<string>();

	constructor(
		programIds: readonly string[],
		private readonly problems: ProblemList
	) {
		this.programs = new Set(programIds);
		this.listed = [...this.programs].sort().join(', ') || 'none assigned';
	}

	private ours(program: string | null | undefined): boolean {
		return program != null && this.programs.has(program);
	}

	private isRefused(row: StagedRow): boolean {
		return this.refused.has(`${row.file}\u0000${row.row}`);
	}

	/**
	 * One blocking error per source row. The row (and every canonical row made from it: a
	 * roster line's demographics, a survey line's items) then stays out of the merged tables,
	 * so validation does not repeat the fault as duplicates of other programs' rows.
	 */
	private refuse(row: StagedRow, column: string, value: string | null, message: string): void {
		if (this.isRefused(row)) return;
		this.refused.add(`${row.file}\u0000${row.row}`);
		this.problems.error(row.file, row.row, sourceColumn(row, column), value, message);
	}

	/** Rows whose own program_id column is not one of theirs. */
	private ownColumn(rows: readonly StagedRow[], what: string): void {
		for (const row of rows) {
			const program = row.values.program_id ?? null;
			if (this.ours(program)) continue;
			const message = program === null ? `${what} has no program; only an administrator can import it` : `${what} of program ${program}, which is not one of your programs (${this.listed})`;
			this.refuse(row, 'program_id', program, message);
		}
	}

	/** Uploaded ids that a current row of another program already uses. */
	private taken(rows: readonly StagedRow[], current: readonly StagedRow[], owner: ProgramOf, key: string, what: string): void {
		const elsewhere = new Set(current.filter((r) => !this.ours(owner(r))).map((r) => r.values[key]));
		for (const row of rows) {
			const id = row.values[key];
			if (id != null && elsewhere.has(id)) this.refuse(row, key, id, `${what} ${id} belongs to another program; only an administrator can move it`);
		}
	}

	/** Uploaded rows whose `column` must name one of their programs' rows (in the merged tables). */
	private refersToOurs(rows: readonly StagedRow[], column: string, owners: ReadonlyMap<string, string | null>, message: string): void {
		for (const row of rows) {
			const id = row.values[column];
			if (id != null && !this.ours(owners.get(id))) this.refuse(row, column, id, message);
		}
	}

	private waves(uploaded: readonly StagedRow[], current: readonly StagedRow[]): StagedRow[] {
		const known = new Map(current.map((r) => [r.values.wave_id, r]));
		const added: StagedRow[] = [];
		for (const row of uploaded) {
			const existing = known.get(row.values.wave_id ?? null);
			if (!existing) {
				added.push(row);
				continue;
			}
			const changed = WAVE_FIELDS.find((f) => (row.values[f] ?? null) !== (existing.values[f] ?? null));
			if (changed) {
				this.problems.error(row.file, row.row, sourceColumn(row, changed), row.values[changed] ?? null, `survey wave ${row.values.wave_id} is shared by every program; only an administrator can change its ${changed.replace('_', ' ')} (now ${existing.values[changed] ?? 'empty'})`);
			}
		}
		return added;
	}

	/**
	 * Check the uploaded rows in `tables` and merge them into `current` as the rule says.
	 * Returns the merged tables and the tables carried over whole.
	 */
	merge(tables: StagedTables, current: StagedTables, coverage: UploadCoverage): { tables: StagedTables; carried: TableName[] } {
		if (coverage.datasetInfoFile) this.problems.error(coverage.datasetInfoFile, null, null, null, 'the as-of date and institution are shared by every program; only an administrator can import dataset info');
		const uploaded = tables;
		const before = programOwners(current);
		this.ownColumn(uploaded.programs, 'program row');
		this.ownColumn(uploaded.people, 'person');
		this.ownColumn(uploaded.pairings, 'pairing');
		this.ownColumn(uploaded.ipe_activities, 'IPE activity');
		this.taken(uploaded.people, current.people, before.people, 'person_id', 'person');
		this.taken(uploaded.pairings, current.pairings, before.pairings, 'pairing_id', 'pairing');
		this.taken(uploaded.meetings, current.meetings, before.meetings, 'meeting_id', 'meeting');
		this.taken(uploaded.ipe_activities, current.ipe_activities, before.ipe_activities, 'activity_id', 'IPE activity');

		const merged = { ...current } as StagedTables;
		const carried: TableName[] = [];
		const keepOthers = (table: TableName) => current[table].filter((row) => !this.ours(before[table](row)));
		for (const table of REPLACEABLE) {
			if (coverage.tables.has(table)) merged[table] = [...keepOthers(table), ...uploaded[table]];
			else carried.push(table);
		}
		if (coverage.surveySources.size > 0) {
			const kept = current.survey_responses.filter((r) => !(coverage.surveySources.has(r.values.source ?? '') && this.ours(before.survey_responses(r))));
			const keptIds = new Set(kept.map((r) => r.values.response_id));
			merged.survey_responses = [...kept, ...uploaded.survey_responses];
			merged.survey_items = [...current.survey_items.filter((r) => keptIds.has(r.values.response_id)), ...uploaded.survey_items];
		} else carried.push('survey_responses', 'survey_items');
		if (coverage.tables.has('survey_waves')) merged.survey_waves = [...current.survey_waves, ...this.waves(uploaded.survey_waves, current.survey_waves)];
		else carried.push('survey_waves');

		// Rows that hang off another row must hang off one of theirs, in the merged dataset.
		// A refused row vouches for nothing: a roster line moving B1 into their program must
		// not make B1's survey responses look like theirs.
		const index = (rows: readonly StagedRow[], key: string) => new Map(rows.filter((r) => !this.isRefused(r)).map((r) => [r.values[key] ?? '', r.values.program_id ?? null]));
		const people = index(merged.people, 'person_id');
		this.refersToOurs(uploaded.pairings, 'mentee_id', people, 'the mentee is not a person in your programs');
		this.refersToOurs(uploaded.meetings, 'pairing_id', index(merged.pairings, 'pairing_id'), "the pairing is not one of your programs' pairings");
		this.refersToOurs(uploaded.survey_responses, 'person_id', people, 'the respondent is not a person in your programs');
		this.refersToOurs(uploaded.ipe_attendance, 'activity_id', index(merged.ipe_activities, 'activity_id'), 'the activity is not organised by one of your programs');
		if (this.refused.size > 0) {
			for (const table of Object.keys(merged) as TableName[]) merged[table] = merged[table].filter((row) => !this.isRefused(row));
		}
		return { tables: merged, carried };
	}
}

/**
 * Problems found in rows kept from the current dataset keep their message and value but lose
 * their row number: for a coordinator it would index other programs' rows.
 */
export function hideCarriedRowNumbers(problems: ProblemList, isCarried: (file: string) => boolean): void {
	const seen = new Set<string>();
	for (let i = problems.kept.length - 1; i >= 0; i--) {
		const problem = problems.kept[i]!;
		if (!isCarried(problem.file)) continue;
		problem.row = null;
		// Without row numbers, two kept rows with the same fault read the same: list it once.
		const key = JSON.stringify(problem);
		if (!seen.has(key)) {
			seen.add(key);
			continue;
		}
		problems.kept.splice(i, 1);
		if (problem.severity === 'error') problems.errorCount--;
		else problems.warningCount--;
	}
}
