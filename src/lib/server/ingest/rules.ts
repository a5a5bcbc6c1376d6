/**
 * Rules that span columns or rows, beyond what one column's spec can say.
 */
import { ATTRITION_STATUSES } from '$lib/schema/tables';
import type { ProblemList } from './problems';
import { isValidDate } from './validate';
import type { StagedRow, StagedTables } from './staged';

/** Statuses that mean the person has left (tables.ts people.exit_date). */
export const EXIT_STATUSES: readonly string[] = [...ATTRITION_STATUSES, 'transferred', 'graduated'];

const col = (row: StagedRow, column: string) => row.sourceColumns[column] ?? column;

/** later < earlier, for two valid ISO dates (invalid ones are reported by validate.ts). */
function before(later: string | null | undefined, earlier: string | null | undefined): boolean {
	return !!later && !!earlier && isValidDate(later) && isValidDate(earlier) && later < earlier;
}

function checkPeople(rows: readonly StagedRow[], problems: ProblemList): void {
	for (const row of rows) {
		const v = row.values;
		// Retention is time-to-event (DOMAIN.md §3): without an exit date the exit cannot be timed.
		if (v.status && EXIT_STATUSES.includes(v.status) && v.exit_date == null) {
			problems.error(row.file, row.row, col(row, 'exit_date'), null, `exit date required when status is ${v.status}`);
		}
		if (before(v.exit_date, v.start_date)) {
			problems.error(row.file, row.row, col(row, 'exit_date'), v.exit_date, `exit date before start date ${v.start_date}`);
		}
		// Cohort analyses group trainees by entry year (tables.ts people.cohort_year).
		if ((v.role === 'trainee' || v.role === 'both') && v.cohort_year == null) {
			problems.error(row.file, row.row, col(row, 'cohort_year'), null, 'cohort year required for trainees');
		}
	}
}

function checkPairings(rows: readonly StagedRow[], problems: ProblemList): void {
	for (const row of rows) {
		const v = row.values;
		if (v.mentor_id && v.mentee_id && v.mentor_id === v.mentee_id) {
			problems.error(row.file, row.row, col(row, 'mentor_id'), v.mentor_id, 'mentor and mentee are the same person');
		}
		if (before(v.ended_at, v.matched_at)) {
			problems.error(row.file, row.row, col(row, 'ended_at'), v.ended_at, `ended before it was matched (${v.matched_at})`);
		}
		// Awaiting approval = no mentor and no match date (exports.md); one without the other is suspect.
		if ((v.mentor_id == null) !== (v.matched_at == null)) {
			problems.warning(row.file, row.row, col(row, 'matched_at'), v.matched_at ?? null, 'mentor and match date should be both present or both empty');
		}
	}
}

function checkWaves(rows: readonly StagedRow[], problems: ProblemList): void {
	for (const row of rows) {
		const v = row.values;
		if (before(v.closes_on, v.opens_on)) {
			problems.error(row.file, row.row, col(row, 'closes_on'), v.closes_on, `wave closes before it opens (${v.opens_on})`);
		}
	}
}

/** Metrics count one answer set per person, instrument and wave (tables.ts survey_responses). */
function checkOneResponsePerWave(rows: readonly StagedRow[], problems: ProblemList): void {
	const seen = new Map<string, StagedRow>();
	for (const row of rows) {
		const v = row.values;
		if (!v.person_id || !v.instrument || !v.wave_id) continue;
		const key = `${v.person_id}\u0000${v.instrument}\u0000${v.wave_id}`;
		const first = seen.get(key);
		if (!first) seen.set(key, row);
		else problems.error(row.file, row.row, col(row, 'person_id'), v.person_id, `second ${v.instrument} response in wave ${v.wave_id} (first in ${first.file} row ${first.row})`);
	}
}

export function checkRules(tables: StagedTables, problems: ProblemList): void {
	checkPeople(tables.people, problems);
	checkPairings(tables.pairings, problems);
	checkWaves(tables.survey_waves, problems);
	checkOneResponsePerWave(tables.survey_responses, problems);
}
