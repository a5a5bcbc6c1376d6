/**
 * Disengaged: a pairing in force on as_of whose mentee is an active trainee, and either
 *  - no completed meeting for the program's `noMeetingDays` (counted from the last completed
 *    meeting, or from matched_at when they never met: a pair matched last week is not yet
 *    late), or
 *  - the last `cancelledInARow` or more logged meetings were cancelled or missed
 *    (meetings.completed false) with no completed meeting after them.
 * Measured in engagement-sql.ts. A mentee with two such pairings is listed once, for the
 * longest silence. High severity: twice the silence threshold, or a run of cancellations.
 */
import type { Connector } from '../../engine/connector';
import { compilePopulation, EMPTY_FILTER, type PopulationFilter } from '../population-filter';
import { ENGAGEMENT_CTES } from './engagement-sql';
import { dateTextSql } from './sql-parts';
import { limitsCte } from './threshold-sql';
import { DEFAULT_THRESHOLD_TABLE, type ThresholdTable } from './thresholds';
import type { WorklistFlag } from './types';

export function disengagedSql(filter: PopulationFilter = EMPTY_FILTER, thresholds: ThresholdTable = DEFAULT_THRESHOLD_TABLE) {
	const population = compilePopulation(filter);
	const limits = limitsCte(thresholds);
	const sql = `WITH ${population.cte},
${limits.cte},
${ENGAGEMENT_CTES},
flagged AS (
	SELECT *, row_number() OVER (PARTITION BY mentee_id ORDER BY days DESC, run DESC) AS rn
	FROM engagement
	WHERE silent OR cancelling
)
SELECT mentee_id AS person_id, program_id, 'disengaged' AS reason,
	CASE WHEN cancelling OR days >= 2 * no_meeting_days THEN 'high' ELSE 'medium' END AS severity,
	${dateTextSql('since')} AS since,
	days,
	concat_ws('; ',
		CASE WHEN silent AND met_on IS NULL THEN 'no meeting logged since matched on ' || ${dateTextSql('matched_at')} || ' (' || days || ' days)'
			WHEN silent THEN 'no meeting logged since ' || ${dateTextSql('met_on')} || ' (' || days || ' days)' END,
		CASE WHEN cancelling THEN run || ' cancelled or missed meetings in a row, the last on ' || ${dateTextSql('last_missed')} END
	) AS evidence
FROM flagged
WHERE rn = 1
ORDER BY days DESC, person_id`;
	return { sql, params: [...population.params, ...limits.params] };
}

export async function disengagedPairings(db: Connector, filter?: PopulationFilter, thresholds?: ThresholdTable): Promise<WorklistFlag[]> {
	const { sql, params } = disengagedSql(filter, thresholds);
	return db.query<WorklistFlag & Record<string, unknown>>(sql, params);
}
