/**
 * Building blocks shared by the interprofessional metrics: the event window a date-range
 * filter sets, and "cross-discipline contacts" — each time a person learned alongside
 * someone of another profession (LCME 7.9; IPEC 2023 competencies).
 *
 * Event window (population-filter.ts: "event-based metrics also keep only events inside
 * the range"): [dateFrom, dateTo] of the shared filter, open ends meaning "since the first
 * record" and "up to dataset_info.as_of"; never later than as_of, so a pairing matched or
 * an activity held after the data date never counts.
 *
 * A contact is one of:
 *   - pairing: a matched pairing (mentor assigned, matched_at ≤ as_of) whose mentor and
 *     mentee professions differ. Both sides get a contact (a senior resident, role both,
 *     who mentors a pharmacy student has met pharmacy too, as on the Overview). It lasts
 *     from matched_at to ended_at (or as_of while in force).
 *   - activity: an IPE activity held by as_of that the person attended with at least one
 *     attendee of another profession (professions present come from attendees, mentors
 *     and faculty included). It lasts the one day it was held.
 * A contact counts in a window when its span overlaps the window.
 *
 * The other side's profession always comes from the derived contact facts
 * (contact-facts.ts), which the server computes over the whole dataset, so a coordinator
 * whose payload lacks mentors or co-attendees from other programs gets the same answer.
 */
import { AS_OF_SQL } from '../population';

/**
 * CTE `event_window(window_from, window_to)`, one row. Parameters, in order: dateFrom,
 * dateTo (yyyy-mm-dd or null).
 */
export const EVENT_WINDOW_CTE = `event_window AS (
	SELECT coalesce(CAST(? AS DATE), DATE '1900-01-01') AS window_from,
		least(coalesce(CAST(? AS DATE), as_of), as_of) AS window_to
	FROM dataset_info
)`;

export function eventWindowParams(filter: { dateFrom: string | null; dateTo: string | null }): unknown[] {
	return [filter.dateFrom, filter.dateTo];
}

/**
 * Matched pairings with both professions, spanning matched_at to ended_at (or as_of). The
 * professions come from pairing_professions (contact-facts.ts), never from joining people:
 * a coordinator's payload has the pairing but not a mentor from another program.
 */
export const MATCHED_PAIRINGS_CTE = `matched_pairings AS (
	SELECT pa.pairing_id, pa.mentor_id, pa.mentee_id,
		pp.mentor_profession,
		pp.mentee_profession,
		pa.matched_at AS span_from,
		coalesce(pa.ended_at, ${AS_OF_SQL}) AS span_to
	FROM pairings pa
	JOIN pairing_professions pp ON pp.pairing_id = pa.pairing_id
	WHERE pa.mentor_id IS NOT NULL AND pa.matched_at <= ${AS_OF_SQL}
)`;

/**
 * Professions present at each activity held by as_of: one row per activity and profession,
 * from the derived activity_professions (every attendee, including those outside the scope).
 */
export const HELD_ACTIVITY_PROFESSIONS_CTE = `held_activity_professions AS (
	SELECT act.activity_id, act.date, ap.profession
	FROM ipe_activities act
	JOIN activity_professions ap ON ap.activity_id = act.activity_id
	WHERE act.date <= ${AS_OF_SQL}
)`;

/**
 * CTE `contacts(person_id, other_profession, via, span_from, span_to)`: the derived
 * profession_contacts (contact-facts.ts applies the rules above over the whole dataset).
 */
export const CONTACTS_CTE = `contacts AS (
	SELECT person_id, other_profession, via, span_from, span_to FROM profession_contacts
)`;

/** The first recorded event (matched pairing or activity) of the whole dataset, or NULL. */
export const FIRST_EVENT_SQL = '(SELECT first_event_on FROM event_calendar)';
