/**
 * A mentor's load on as_of, shared by the capacity view and the match score so both count
 * the same people: distinct active trainees in pairings in force on as_of (a pairing that
 * ends on as_of no longer counts, pairingActiveOnSql). This is the count the worklist's
 * "mentor overloaded" rule compares with capacity (worklist/mentor-overloaded.ts).
 */
import { ACTIVE_STATUS_SQL, AS_OF_SQL, pairingActiveOnSql, TRAINEE_ROLE_SQL } from '../population';

/** CTE `mentor_load(mentor_id, mentees)`. Mentors with no active mentee have no row. */
export const MENTOR_LOAD_CTE = `mentor_load AS (
	SELECT pr.mentor_id, count(DISTINCT pr.mentee_id) AS mentees
	FROM pairings pr JOIN people t ON t.person_id = pr.mentee_id
	WHERE ${pairingActiveOnSql('pr', AS_OF_SQL)} AND t.${TRAINEE_ROLE_SQL} AND t.${ACTIVE_STATUS_SQL}
	GROUP BY pr.mentor_id
)`;

/**
 * Pairing end reasons that count as an early end in a mentor's record: the pair stopped
 * before its planned end for a reason inside the relationship. `mentee_left` (the trainee
 * left the program) is not about the pair and is left out of the mentor's record entirely;
 * `concluded` is a pairing that ran its course.
 */
export const EARLY_END_REASONS = ['ended_early', 'mentor_left', 'rematched'] as const;

/**
 * CTE `mentor_record(mentor_id, ended, ended_early)`: the mentor's pairings that had ended by
 * as_of (ended_at on or before it), leaving out those that ended because the mentee left.
 */
export const MENTOR_RECORD_CTE = `mentor_record AS (
	SELECT mentor_id,
		count(*) AS ended,
		count(*) FILTER (WHERE end_reason IN (${EARLY_END_REASONS.map((r) => `'${r}'`).join(', ')})) AS ended_early
	FROM pairings
	WHERE mentor_id IS NOT NULL AND matched_at IS NOT NULL AND ended_at <= ${AS_OF_SQL}
		AND end_reason IS DISTINCT FROM 'mentee_left'
	GROUP BY mentor_id
)`;
