/**
 * A mentor's load on as_of, shared by the match score and the worklist's overloaded rule so
 * both count the same people (the capacity view and the inactive rule read mentor_facts too). The definitions are in mentor-facts.ts, which
 * the server derives over every program's pairings; these CTEs only read that table, so a
 * coordinator's browser counts the mentees its payload withholds as well.
 */
export { EARLY_END_REASONS } from './mentor-facts';

/**
 * CTE `mentor_load(mentor_id, mentees, latest_match)`, latest_match being the most recent
 * match still in force. Mentors with no active mentee have no row.
 */
export const MENTOR_LOAD_CTE = `mentor_load AS (
	SELECT person_id AS mentor_id, active_mentees AS mentees, latest_current_match AS latest_match
	FROM mentor_facts WHERE active_mentees > 0
)`;

/**
 * CTE `mentor_record(mentor_id, ended, ended_early)`: the mentor's pairings that had ended by
 * as_of, leaving out those that ended because the mentee left (mentor-facts.ts).
 */
export const MENTOR_RECORD_CTE = `mentor_record AS (
	SELECT person_id AS mentor_id, ended_pairings AS ended, ended_early
	FROM mentor_facts WHERE ended_pairings > 0
)`;
