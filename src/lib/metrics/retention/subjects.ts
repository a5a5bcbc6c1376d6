/**
 * Who is followed, from when, until when, and what ends their follow-up: the SQL relations
 * every retention metric starts from (DOMAIN.md §3). Each builder returns CTE text to place
 * after `population` (population-filter.ts) and a `params` CTE the metric writes, with the
 * parameters that its own `?` placeholders need, in order.
 *
 * End of follow-up ("end_date" in the params CTE): dataset_info.as_of, or the end of the
 * filter's date range when that is earlier. A trainee who left after the range's end is
 * censored at it, as if the data had been exported that day: the date range "keeps only
 * events inside the range" (population-filter.ts). The range's start needs nothing here:
 * the population already drops anyone who left before it.
 *
 * Attrition is withdrawal or dismissal; graduation and transfer end follow-up without being
 * attrition (DOMAIN.md §3, schema ATTRITION_STATUSES).
 */
import { ATTRITION_STATUSES, EXIT_REASONS } from '../../schema/tables';
import type { PopulationFilter } from '../population-filter';

export interface EndDateSql {
	/** SQL expression for the end of follow-up (a DATE). */
	sql: string;
	params: unknown[];
}

const AS_OF = '(SELECT as_of FROM dataset_info)';

export function endOfFollowUpSql(filter: PopulationFilter): EndDateSql {
	if (filter.dateTo === null) return { sql: AS_OF, params: [] };
	return { sql: `least(${AS_OF}, CAST(? AS DATE))`, params: [filter.dateTo] };
}

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** Attrition on or before the end of follow-up; `p` is the people alias. */
const ATTRITION_EVENT_SQL = `coalesce(p.status IN (${quoted(ATTRITION_STATUSES)}) AND p.exit_date <= params.end_date, false)`;

/** Statuses that end enrollment: attrition plus the competing exits. */
export const EXIT_STATUSES = [...ATTRITION_STATUSES, 'graduated', 'transferred'] as const;

/**
 * Exit reason as the view shows it. Status decides whether an exit is attrition; the reason
 * code only subdivides attrition. A withdrawal coded "graduated" or "transferred" (a data
 * entry slip) is kept as attrition under "other"; no code at all is "not_recorded".
 */
export const ATTRITION_REASONS = [...EXIT_REASONS.filter((r) => r !== 'graduated' && r !== 'transferred'), 'not_recorded'] as const;
export const COMPETING_EXITS = ['graduated', 'transferred'] as const;
export type ExitReason = (typeof ATTRITION_REASONS)[number] | (typeof COMPETING_EXITS)[number];

export const EXIT_REASON_SQL = `CASE
		WHEN p.status = 'graduated' THEN 'graduated'
		WHEN p.status = 'transferred' THEN 'transferred'
		WHEN p.exit_reason_code IS NULL THEN 'not_recorded'
		WHEN p.exit_reason_code IN ('graduated', 'transferred') THEN 'other'
		ELSE p.exit_reason_code
	END`;

/**
 * `subjects(person_id, grp, time, event)` from a landmark (needs params.landmark_days,
 * params.end_date). Each trainee is classified once, at start_date + landmark_days: mentored
 * when a pairing with a mentor was matched on or before that day, whether or not it is still
 * in force ("had a mentor by the landmark"); anyone matched later is unmentored. Trainees who
 * left on or before the landmark, or whose landmark falls after the end of follow-up, are
 * dropped. Time is days from the landmark. This removes the immortal-time bias of "ever
 * mentored" (DOMAIN.md §3).
 */
export const LANDMARK_SUBJECTS_CTE = `subjects AS (
	SELECT p.person_id,
		CASE WHEN EXISTS (
			SELECT 1 FROM pairings pa
			WHERE pa.mentee_id = p.person_id AND pa.mentor_id IS NOT NULL
				AND pa.matched_at <= p.start_date + params.landmark_days
		) THEN 'mentored' ELSE 'unmentored' END AS grp,
		date_diff('day', p.start_date + params.landmark_days, least(coalesce(p.exit_date, params.end_date), params.end_date)) AS time,
		${ATTRITION_EVENT_SQL} AS event
	FROM people p, params
	WHERE p.person_id IN (SELECT person_id FROM population)
		AND p.start_date + params.landmark_days <= params.end_date
		AND (p.exit_date IS NULL OR p.exit_date > p.start_date + params.landmark_days)
)`;

/** Trainees with a usable start: started by the end of follow-up, exit not before start. */
const FOLLOWED_FROM_START = `p.person_id IN (SELECT person_id FROM population)
		AND p.start_date <= params.end_date
		AND (p.exit_date IS NULL OR p.exit_date >= p.start_date)`;

const DAYS_SINCE_START = `date_diff('day', p.start_date, least(coalesce(p.exit_date, params.end_date), params.end_date))`;

/**
 * `subjects(person_id, grp, time, event)` by cohort year (needs params.end_date): time is
 * days since the trainee's own start_date; grp is the cohort year as text. Trainees with no
 * cohort year are left out (the schema requires one for trainees).
 */
export const COHORT_SUBJECTS_CTE = `subjects AS (
	SELECT p.person_id, CAST(p.cohort_year AS VARCHAR) AS grp, ${DAYS_SINCE_START} AS time, ${ATTRITION_EVENT_SQL} AS event
	FROM people p, params
	WHERE ${FOLLOWED_FROM_START} AND p.cohort_year IS NOT NULL
)`;

/**
 * `exits(person_id, time, reason)` for competing risks (needs params.end_date): time since
 * start; reason is the exit reason for anyone who left (for any reason, graduation included)
 * by the end of follow-up, NULL for the censored.
 */
export const EXIT_SUBJECTS_CTE = `exits AS (
	SELECT p.person_id, ${DAYS_SINCE_START} AS time,
		CASE WHEN p.status IN (${quoted(EXIT_STATUSES)}) AND p.exit_date <= params.end_date THEN ${EXIT_REASON_SQL} END AS reason
	FROM people p, params
	WHERE ${FOLLOWED_FROM_START}
)`;

/** Whole days ≥ 0, or a message naming the bad value. */
export function wholeDays(value: number | undefined, fallback: number, name: string): number {
	const n = value ?? fallback;
	if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number of days ≥ 0: ${value}`);
	return n;
}
