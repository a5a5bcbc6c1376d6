/**
 * Who counts, as SQL fragments shared by the metrics, so "active trainee" means the same
 * thing on every card and in every denominator (DOMAIN.md §3: say which denominator).
 *
 * Everything is judged on dataset_info.as_of, the date the exports describe, never on the
 * clock: the same dataset gives the same numbers tomorrow.
 *
 * Values below come from the fixed lists in schema/tables.ts, never from user input.
 */
import { ATTRITION_STATUSES } from '../schema/tables';

/** "Today" for every metric. */
export const AS_OF_SQL = '(SELECT as_of FROM dataset_info)';

/** A trainee is anyone enrolled as a learner, including senior residents who also mentor. */
export const TRAINEE_ROLE_SQL = "role IN ('trainee', 'both')";

/** A mentor is anyone who mentors, including trainees who also mentor (role both). */
export const MENTOR_ROLE_SQL = "role IN ('mentor', 'both')";

/** Status is recorded as of dataset_info.as_of (schema: people.status), so "active" is on as_of. */
export const ACTIVE_STATUS_SQL = "status = 'active'";

/** Withdrawal and dismissal are attrition; graduation and transfer compete with it (DOMAIN.md §3). */
export const ATTRITION_STATUS_SQL = `status IN (${ATTRITION_STATUSES.map((s) => `'${s}'`).join(', ')})`;

/** CTE `active_trainees(person_id, program_id, profession)`: trainees with status active on as_of. */
export const ACTIVE_TRAINEES_CTE = `active_trainees AS (
	SELECT person_id, program_id, profession
	FROM people
	WHERE ${TRAINEE_ROLE_SQL} AND ${ACTIVE_STATUS_SQL}
)`;

/** CTE `active_mentors(person_id, program_id, profession)`: mentors with status active on as_of. */
export const ACTIVE_MENTORS_CTE = `active_mentors AS (
	SELECT person_id, program_id, profession
	FROM people
	WHERE ${MENTOR_ROLE_SQL} AND ${ACTIVE_STATUS_SQL}
)`;

/**
 * SQL condition: pairing `alias` is in force on date `on` — matched by then, not yet ended,
 * and with a mentor (a request awaiting a match has no mentor_id).
 */
export function pairingActiveOnSql(alias: string, on: string): string {
	return `(${alias}.mentor_id IS NOT NULL AND ${alias}.matched_at <= ${on} AND (${alias}.ended_at IS NULL OR ${alias}.ended_at > ${on}))`;
}

/** Rate k/n as DOUBLE, NULL when there is no denominator (never Infinity or NaN). */
export function rateSql(k: string, n: string): string {
	return `CAST(${k} AS DOUBLE) / NULLIF(${n}, 0)`;
}
