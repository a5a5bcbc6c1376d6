/**
 * Declining meeting frequency: a pairing in force on as_of, still meeting (not already
 * listed as disengaged), whose completed meetings in the last window (default 90 days:
 * 0 to 89 days before as_of) are fewer than `decliningPercent` (default 50%) of those in the
 * window before it (90 to 179 days before), when that earlier window held at least
 * `decliningMinBase` (default 4) completed meetings.
 *
 * Why this shape: a pair that met 7 times and then 2 is fading before the 60-day silence
 * rule can see it, which is when a call still helps. Two equal windows compare like with
 * like; the base keeps a pair that met twice and then once from counting as a decline
 * (one missed month is not a trend). A pairing already silent or cancelling is listed by
 * disengaged.ts instead, so one pairing is never listed twice for the same fading.
 * The item dates from the last completed meeting, so the quietest pairs sort first.
 * Medium severity: the pair still meets.
 */
import type { Connector } from '../../engine/connector';
import { compilePopulation, EMPTY_FILTER, type PopulationFilter } from '../population-filter';
import { ENGAGEMENT_CTES } from './engagement-sql';
import { dateTextSql } from './sql-parts';
import { limitsCte } from './threshold-sql';
import { DEFAULT_THRESHOLD_TABLE, type ThresholdTable } from './thresholds';
import type { WorklistFlag } from './types';

export function decliningFrequencySql(filter: PopulationFilter = EMPTY_FILTER, thresholds: ThresholdTable = DEFAULT_THRESHOLD_TABLE) {
	const population = compilePopulation(filter);
	const limits = limitsCte(thresholds);
	const sql = `WITH ${population.cte},
${limits.cte},
${ENGAGEMENT_CTES},
declining AS (
	SELECT *, row_number() OVER (PARTITION BY mentee_id ORDER BY previous - recent DESC, days DESC) AS rn
	FROM engagement
	WHERE NOT silent AND NOT cancelling
		AND previous >= declining_min_base
		AND recent * 100 < previous * declining_percent
)
SELECT mentee_id AS person_id, program_id, 'declining_frequency' AS reason, 'medium' AS severity,
	${dateTextSql('since')} AS since,
	days,
	recent || CASE WHEN recent = 1 THEN ' meeting' ELSE ' meetings' END || ' in the last ' || declining_window_days || ' days, down from '
		|| previous || ' in the ' || declining_window_days || ' before (last on ' || ${dateTextSql('met_on')} || ')' AS evidence
FROM declining
WHERE rn = 1
ORDER BY days DESC, person_id`;
	return { sql, params: [...population.params, ...limits.params] };
}

export async function decliningFrequency(db: Connector, filter?: PopulationFilter, thresholds?: ThresholdTable): Promise<WorklistFlag[]> {
	const { sql, params } = decliningFrequencySql(filter, thresholds);
	return db.query<WorklistFlag & Record<string, unknown>>(sql, params);
}
