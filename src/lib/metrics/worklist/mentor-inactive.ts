/**
 * Mentor inactive: an active mentor with at least one active mentee (an active trainee in a
 * pairing in force on as_of) and no completed meeting with any mentee, in any of their
 * pairings, for the program's `mentorInactiveDays` (default 90).
 *
 * The silence is counted from the later of their last completed meeting and their earliest
 * current match: a mentor matched last week with their first mentee has not been quiet for
 * a year, even if their previous pair last met a year ago. Meetings after as_of are
 * scheduled, not history. The mentor's home program decides the threshold and, as for
 * overloaded mentors, the population filter applies through its programs only.
 * High severity at twice the threshold.
 */
import type { Connector } from '../../engine/connector';
import { EMPTY_FILTER, type PopulationFilter } from '../population-filter';
import { ACTIVE_STATUS_SQL, MENTOR_ROLE_SQL, pairingActiveOnSql, TRAINEE_ROLE_SQL } from '../population';
import { AS_OF_SQL, dateTextSql, daysToAsOfSql } from './sql-parts';
import { limitsCte } from './threshold-sql';
import { DEFAULT_THRESHOLD_TABLE, type ThresholdTable } from './thresholds';
import type { WorklistFlag } from './types';

export function mentorInactiveSql(filter: PopulationFilter = EMPTY_FILTER, thresholds: ThresholdTable = DEFAULT_THRESHOLD_TABLE) {
	const programs = filter.programs;
	const programClause = programs.length ? `AND m.program_id IN (${programs.map(() => '?').join(', ')})` : '';
	const limits = limitsCte(thresholds);
	const sql = `WITH ${limits.cte},
current_load AS (
	SELECT pr.mentor_id, count(DISTINCT pr.mentee_id) AS mentees, min(pr.matched_at) AS first_match
	FROM pairings pr JOIN people t ON t.person_id = pr.mentee_id
	WHERE ${pairingActiveOnSql('pr', AS_OF_SQL)} AND t.${TRAINEE_ROLE_SQL} AND t.${ACTIVE_STATUS_SQL}
	GROUP BY pr.mentor_id
),
last_met AS (
	SELECT pr.mentor_id, max(mt.date) AS met_on
	FROM meetings mt JOIN pairings pr ON pr.pairing_id = mt.pairing_id
	WHERE mt.completed AND mt.date <= ${AS_OF_SQL}
	GROUP BY pr.mentor_id
),
quiet AS (
	SELECT m.person_id, m.program_id, c.mentees, c.first_match, lm.met_on,
		greatest(coalesce(lm.met_on, c.first_match), c.first_match) AS since,
		l.mentor_inactive_days
	FROM people m
	JOIN current_load c ON c.mentor_id = m.person_id
	JOIN limits l ON l.program_id = m.program_id
	LEFT JOIN last_met lm ON lm.mentor_id = m.person_id
	WHERE m.${MENTOR_ROLE_SQL} AND m.${ACTIVE_STATUS_SQL} ${programClause}
),
aged AS (SELECT *, ${daysToAsOfSql('since')} AS days FROM quiet)
SELECT person_id, program_id, 'mentor_inactive' AS reason,
	CASE WHEN days >= 2 * mentor_inactive_days THEN 'high' ELSE 'medium' END AS severity,
	${dateTextSql('since')} AS since,
	days,
	CASE WHEN mentees = 1 THEN 'no completed meeting with their one active mentee'
		ELSE 'no completed meeting with any of their ' || mentees || ' active mentees' END
		|| CASE WHEN met_on IS NULL OR met_on < first_match
			THEN CASE WHEN mentees = 1 THEN ' since matched on ' ELSE ' since the first was matched on ' END || ${dateTextSql('first_match')}
			ELSE ' since ' || ${dateTextSql('met_on')} END
		|| ' (' || days || ' days)' AS evidence
FROM aged
WHERE days >= mentor_inactive_days
ORDER BY days DESC, person_id`;
	return { sql, params: [...limits.params, ...programs] };
}

export async function inactiveMentors(db: Connector, filter?: PopulationFilter, thresholds?: ThresholdTable): Promise<WorklistFlag[]> {
	const { sql, params } = mentorInactiveSql(filter, thresholds);
	return db.query<WorklistFlag & Record<string, unknown>>(sql, params);
}
