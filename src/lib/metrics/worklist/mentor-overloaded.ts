/**
 * Mentor overloaded: an active mentor with more active mentees (distinct active trainees in
 * pairings in force on as_of) than their stated mentor_capacity. A mentor with no stated
 * capacity is never listed. Mentors are not trainees, so the population filter applies
 * through its programs only (the mentor's home program). High severity at capacity + 2.
 * The item dates from the most recent match that is still in force. The load is read from
 * mentor_facts (mentors/mentor-facts.ts), counted over every program's pairings, so a
 * coordinator sees the mentees their payload withholds.
 */
import type { Connector } from '../../engine/connector';
import { EMPTY_FILTER, type PopulationFilter } from '../population-filter';
import { ACTIVE_STATUS_SQL, MENTOR_ROLE_SQL } from '../population';
import { MENTOR_LOAD_CTE } from '../mentors/load';
import { AS_OF_SQL, dateTextSql, daysToAsOfSql } from './sql-parts';
import type { WorklistFlag } from './types';

export function mentorOverloadedSql(filter: PopulationFilter = EMPTY_FILTER) {
	const programs = filter.programs;
	const programClause = programs.length ? `AND m.program_id IN (${programs.map(() => '?').join(', ')})` : '';
	const sql = `WITH ${MENTOR_LOAD_CTE}
SELECT m.person_id, m.program_id, 'mentor_overloaded' AS reason,
	CASE WHEN l.mentees >= m.mentor_capacity + 2 THEN 'high' ELSE 'medium' END AS severity,
	${dateTextSql('l.latest_match')} AS since,
	${daysToAsOfSql('l.latest_match')} AS days,
	l.mentees || ' active mentees, capacity ' || m.mentor_capacity || ' (latest match ' || ${dateTextSql('l.latest_match')} || ')' AS evidence
FROM people m JOIN mentor_load l ON l.mentor_id = m.person_id
WHERE m.${MENTOR_ROLE_SQL} AND m.${ACTIVE_STATUS_SQL} AND m.mentor_capacity IS NOT NULL AND l.mentees > m.mentor_capacity
	${programClause}
ORDER BY m.person_id`;
	return { sql, params: [...programs] };
}

export async function overloadedMentors(db: Connector, filter?: PopulationFilter): Promise<WorklistFlag[]> {
	const { sql, params } = mentorOverloadedSql(filter);
	return db.query<WorklistFlag & Record<string, unknown>>(sql, params);
}
