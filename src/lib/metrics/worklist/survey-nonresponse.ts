/**
 * Survey non-response in the latest wave (the last one opened by as_of): an active trainee
 * who was eligible (enrolled on the wave's opening day, DOMAIN.md §3) and has no response
 * row in it for any instrument. Only programs that took part in the wave (at least one
 * response from their trainees) are considered, so a program that does not survey its
 * trainees does not fill the list. Low severity: a nudge, not a concern about the person.
 * While the wave is still open the evidence says so.
 */
import type { Connector } from '../../engine/connector';
import { compilePopulation, EMPTY_FILTER, type PopulationFilter } from '../population-filter';
import { activeTraineeInPopulationSql, AS_OF_SQL, dateTextSql, daysToAsOfSql, LATEST_WAVE_CTE } from './sql-parts';
import type { WorklistFlag } from './types';

export function surveyNonresponseSql(filter: PopulationFilter = EMPTY_FILTER) {
	const population = compilePopulation(filter);
	const sql = `WITH ${population.cte},
${LATEST_WAVE_CTE},
surveyed_programs AS (
	SELECT DISTINCT p.program_id
	FROM survey_responses r JOIN latest_wave w ON w.wave_id = r.wave_id JOIN people p ON p.person_id = r.person_id
)
SELECT p.person_id, p.program_id, 'survey_nonresponse' AS reason, 'low' AS severity,
	${dateTextSql('w.opens_on')} AS since,
	${daysToAsOfSql('w.opens_on')} AS days,
	'no response to the ' || w.label || ' survey (open ' || ${dateTextSql('w.opens_on')} || ' to ' || ${dateTextSql('w.closes_on')}
		|| CASE WHEN w.closes_on >= ${AS_OF_SQL} THEN ', still open' ELSE '' END || ')' AS evidence
FROM people p, latest_wave w
WHERE ${activeTraineeInPopulationSql('p')}
	AND p.start_date <= w.opens_on AND (p.exit_date IS NULL OR p.exit_date > w.opens_on)
	AND p.program_id IN (SELECT program_id FROM surveyed_programs)
	AND NOT EXISTS (SELECT 1 FROM survey_responses r WHERE r.person_id = p.person_id AND r.wave_id = w.wave_id)
ORDER BY p.person_id`;
	return { sql, params: population.params };
}

export async function surveyNonresponse(db: Connector, filter?: PopulationFilter): Promise<WorklistFlag[]> {
	const { sql, params } = surveyNonresponseSql(filter);
	return db.query<WorklistFlag & Record<string, unknown>>(sql, params);
}
