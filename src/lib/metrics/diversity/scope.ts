/**
 * Who the Diversity view describes, as CTEs placed after the shared filter's `population`
 * CTE (population-filter.ts), so every card counts the same people.
 *
 * - scope_trainees: trainees in the population with status active on as_of.
 * - active_pairs: pairings in force on as_of (pairingActiveOnSql, the Overview's
 *   mentor-coverage rule) whose mentee is a scope trainee. A group pairing contributes
 *   one row per mentee, as it is stored.
 * - scope_mentors: everyone who mentors an active pair, whatever their own role or status
 *   field says: "mentoring the filtered trainees now". A filter on trainees (a program, a
 *   cohort, URiM yes) therefore shows the mentors of those trainees; this is why the
 *   unfiltered mentor count can be below the Overview's count of all active mentors, which
 *   includes mentors with no mentee on as_of.
 * - event_window(date_from, date_to): the filter's date range clipped to as_of, for
 *   metrics that count events (meetings, matches, years of mentoring). Its two parameters
 *   follow the population's (eventWindowParams).
 */
import type { PopulationFilter } from '../population-filter';
import { AS_OF_SQL, pairingActiveOnSql } from '../population';

export const SCOPE_TRAINEES_CTE = `scope_trainees AS (
	SELECT p.person_id FROM people p
	WHERE p.person_id IN (SELECT person_id FROM population) AND p.status = 'active'
)`;

export const ACTIVE_PAIRS_CTE = `active_pairs AS (
	SELECT pa.pairing_id, pa.mentee_id, pa.mentor_id FROM pairings pa
	WHERE pa.mentee_id IN (SELECT person_id FROM scope_trainees) AND ${pairingActiveOnSql('pa', AS_OF_SQL)}
)`;

export const SCOPE_MENTORS_CTE = `scope_mentors AS (
	SELECT DISTINCT mentor_id AS person_id FROM active_pairs
)`;

/** Without a date range the window is everything up to as_of. */
export const EVENT_WINDOW_CTE = `event_window AS (
	SELECT coalesce(CAST(? AS DATE), DATE '1900-01-01') AS date_from,
		least(coalesce(CAST(? AS DATE), as_of), as_of) AS date_to
	FROM dataset_info
)`;

export function eventWindowParams(filter: PopulationFilter): unknown[] {
	return [filter.dateFrom, filter.dateTo];
}

/** Average Gregorian month in days (365.2425 / 12): turns days matched into months. */
export const DAYS_PER_MONTH = 30.436875;
