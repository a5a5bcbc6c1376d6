/**
 * Unmatched: an active trainee with no pairing in force on as_of (pairingActiveOnSql: a
 * pairing that ends on as_of is no longer in force). The wait is counted from the later of
 * joining and the end of their last pairing; a trainee who has not joined yet (start_date
 * after as_of) is not waiting.
 */
import type { Connector } from '../../engine/connector';
import { compilePopulation, EMPTY_FILTER, type PopulationFilter } from '../population-filter';
import { pairingActiveOnSql } from '../population';
import { activeTraineeInPopulationSql, AS_OF_SQL, dateTextSql, daysToAsOfSql } from './sql-parts';
import { DEFAULT_THRESHOLDS, type WorklistFlag, type WorklistThresholds } from './types';

export function unmatchedSql(filter: PopulationFilter = EMPTY_FILTER, thresholds: WorklistThresholds = DEFAULT_THRESHOLDS) {
	const population = compilePopulation(filter);
	const sql = `WITH ${population.cte},
limits AS (SELECT CAST(? AS INTEGER) AS min_days, CAST(? AS INTEGER) AS high_days),
trainees AS (
	SELECT p.person_id, p.program_id, p.start_date FROM people p
	WHERE ${activeTraineeInPopulationSql('p')} AND p.start_date <= ${AS_OF_SQL}
),
last_pairing AS (
	SELECT mentee_id, ended_at, end_reason,
		row_number() OVER (PARTITION BY mentee_id ORDER BY ended_at DESC, pairing_id DESC) AS rn
	FROM pairings
	WHERE mentor_id IS NOT NULL AND matched_at IS NOT NULL AND ended_at <= ${AS_OF_SQL}
),
waiting AS (
	SELECT t.person_id, t.program_id, t.start_date, lp.ended_at, lp.end_reason,
		greatest(t.start_date, coalesce(lp.ended_at, t.start_date)) AS since
	FROM trainees t
	LEFT JOIN last_pairing lp ON lp.mentee_id = t.person_id AND lp.rn = 1
	WHERE NOT EXISTS (SELECT 1 FROM pairings pr WHERE pr.mentee_id = t.person_id AND ${pairingActiveOnSql('pr', AS_OF_SQL)})
),
aged AS (SELECT *, ${daysToAsOfSql('since')} AS days FROM waiting)
SELECT a.person_id, a.program_id, 'unmatched' AS reason,
	CASE WHEN a.days >= l.high_days THEN 'high' ELSE 'medium' END AS severity,
	${dateTextSql('a.since')} AS since,
	a.days,
	CASE WHEN a.ended_at IS NULL OR a.ended_at < a.start_date
		THEN 'no mentor since joining on ' || ${dateTextSql('a.start_date')} || ' (' || a.days || ' days)'
		ELSE 'pairing ended ' || ${dateTextSql('a.ended_at')}
			|| CASE WHEN a.end_reason IS NULL THEN '' ELSE ' (' || replace(a.end_reason, '_', ' ') || ')' END
			|| ' with no new mentor (' || a.days || ' days)'
	END AS evidence
FROM aged a, limits l
WHERE a.days >= l.min_days
ORDER BY a.days DESC, a.person_id`;
	return { sql, params: [...population.params, thresholds.unmatchedDays, thresholds.unmatchedHighDays] };
}

export async function unmatchedTrainees(db: Connector, filter?: PopulationFilter, thresholds?: WorklistThresholds): Promise<WorklistFlag[]> {
	const { sql, params } = unmatchedSql(filter, thresholds);
	return db.query<WorklistFlag & Record<string, unknown>>(sql, params);
}
