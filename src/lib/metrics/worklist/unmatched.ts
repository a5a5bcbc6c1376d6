/**
 * Unmatched: an active trainee with no pairing in force on as_of (pairingActiveOnSql: a
 * pairing that ends on as_of is no longer in force). The wait is counted from the later of
 * joining and the end of their last pairing; a trainee who has not joined yet (start_date
 * after as_of) is not waiting. Listed once the wait reaches the program's `unmatchedDays`
 * (a trainee who joined inside that grace period is not listed yet), high severity from
 * `unmatchedHighDays`.
 *
 * Evidence, as issue 4 words it: "no mentor since joining on 2026-01-01 (304 days)" or
 * "matched 2025-09-01, pairing ended early 2026-09-15 with no new mentor (47 days)", plus
 * an open mentor request when there is one.
 */
import type { Connector } from '../../engine/connector';
import { compilePopulation, EMPTY_FILTER, type PopulationFilter } from '../population-filter';
import { pairingActiveOnSql } from '../population';
import { activeTraineeInPopulationSql, AS_OF_SQL, dateTextSql, daysToAsOfSql } from './sql-parts';
import { limitsCte } from './threshold-sql';
import { DEFAULT_THRESHOLD_TABLE, type ThresholdTable } from './thresholds';
import type { WorklistFlag } from './types';

/** How a pairing's end reads after "pairing" (schema PAIRING_END_REASONS; anything else: "ended"). */
const ENDED_HOW_SQL = (reason: string) => `CASE ${reason}
		WHEN 'concluded' THEN 'concluded'
		WHEN 'ended_early' THEN 'ended early'
		WHEN 'mentor_left' THEN 'ended when the mentor left'
		WHEN 'mentee_left' THEN 'ended when the mentee left'
		WHEN 'rematched' THEN 'ended for a rematch'
		ELSE 'ended' END`;

export function unmatchedSql(filter: PopulationFilter = EMPTY_FILTER, thresholds: ThresholdTable = DEFAULT_THRESHOLD_TABLE) {
	const population = compilePopulation(filter);
	const limits = limitsCte(thresholds);
	const sql = `WITH ${population.cte},
${limits.cte},
trainees AS (
	SELECT p.person_id, p.program_id, p.start_date FROM people p
	WHERE ${activeTraineeInPopulationSql('p')} AND p.start_date <= ${AS_OF_SQL}
),
last_pairing AS (
	SELECT mentee_id, matched_at, ended_at, end_reason,
		row_number() OVER (PARTITION BY mentee_id ORDER BY ended_at DESC, pairing_id DESC) AS rn
	FROM pairings
	WHERE mentor_id IS NOT NULL AND matched_at IS NOT NULL AND ended_at <= ${AS_OF_SQL}
),
open_request AS (
	SELECT mentee_id, max(requested_at) AS requested_at
	FROM pairings
	WHERE mentor_id IS NULL AND requested_at IS NOT NULL AND requested_at <= ${AS_OF_SQL} AND ended_at IS NULL
	GROUP BY mentee_id
),
waiting AS (
	SELECT t.person_id, t.program_id, t.start_date, lp.matched_at, lp.ended_at, lp.end_reason, rq.requested_at,
		greatest(t.start_date, coalesce(lp.ended_at, t.start_date)) AS since
	FROM trainees t
	LEFT JOIN last_pairing lp ON lp.mentee_id = t.person_id AND lp.rn = 1
	LEFT JOIN open_request rq ON rq.mentee_id = t.person_id
	WHERE NOT EXISTS (SELECT 1 FROM pairings pr WHERE pr.mentee_id = t.person_id AND ${pairingActiveOnSql('pr', AS_OF_SQL)})
),
aged AS (SELECT *, ${daysToAsOfSql('since')} AS days FROM waiting)
SELECT a.person_id, a.program_id, 'unmatched' AS reason,
	CASE WHEN a.days >= l.unmatched_high_days THEN 'high' ELSE 'medium' END AS severity,
	${dateTextSql('a.since')} AS since,
	a.days,
	CASE WHEN a.ended_at IS NULL OR a.ended_at < a.start_date
		THEN 'no mentor since joining on ' || ${dateTextSql('a.start_date')} || ' (' || a.days || ' days)'
		ELSE 'matched ' || ${dateTextSql('a.matched_at')} || ', pairing ' || ${ENDED_HOW_SQL('a.end_reason')} || ' ' || ${dateTextSql('a.ended_at')}
			|| ' with no new mentor (' || a.days || ' days)'
	END || CASE WHEN a.requested_at IS NULL THEN '' ELSE '; mentor requested ' || ${dateTextSql('a.requested_at')} END AS evidence
FROM aged a JOIN limits l ON l.program_id = a.program_id
WHERE a.days >= l.unmatched_days
ORDER BY a.days DESC, a.person_id`;
	return { sql, params: [...population.params, ...limits.params] };
}

export async function unmatchedTrainees(db: Connector, filter?: PopulationFilter, thresholds?: ThresholdTable): Promise<WorklistFlag[]> {
	const { sql, params } = unmatchedSql(filter, thresholds);
	return db.query<WorklistFlag & Record<string, unknown>>(sql, params);
}
