/**
 * Disengaged: a pairing in force on as_of whose mentee is an active trainee, and either
 *  - no completed meeting for `noMeetingDays` days (counted from the last completed meeting,
 *    or from matched_at when they never met: a pair matched last week is not yet late), or
 *  - the last `cancelledInARow` or more logged meetings were cancelled or missed
 *    (meetings.completed false) with no completed meeting after them.
 * Meetings dated after as_of are scheduled, not history, and are ignored.
 * A mentee with two such pairings is listed once, for the longest silence.
 * High severity: twice the silence threshold, or a run of cancellations.
 */
import type { Connector } from '../../engine/connector';
import { compilePopulation, EMPTY_FILTER, type PopulationFilter } from '../population-filter';
import { pairingActiveOnSql } from '../population';
import { activeTraineeInPopulationSql, AS_OF_SQL, dateTextSql, daysToAsOfSql } from './sql-parts';
import { DEFAULT_THRESHOLDS, type WorklistFlag, type WorklistThresholds } from './types';

export function disengagedSql(filter: PopulationFilter = EMPTY_FILTER, thresholds: WorklistThresholds = DEFAULT_THRESHOLDS) {
	const population = compilePopulation(filter);
	const sql = `WITH ${population.cte},
limits AS (SELECT CAST(? AS INTEGER) AS silent_days, CAST(? AS INTEGER) AS missed_run),
active_pairings AS (
	SELECT pr.pairing_id, pr.mentee_id, pr.matched_at, p.program_id
	FROM pairings pr JOIN people p ON p.person_id = pr.mentee_id
	WHERE ${pairingActiveOnSql('pr', AS_OF_SQL)} AND ${activeTraineeInPopulationSql('p')}
),
past AS (
	SELECT m.pairing_id, m.date, m.completed
	FROM meetings m JOIN active_pairings ap ON ap.pairing_id = m.pairing_id
	WHERE m.date <= ${AS_OF_SQL}
),
last_met AS (SELECT pairing_id, max(date) AS met_on FROM past WHERE completed GROUP BY pairing_id),
missed AS (
	SELECT pa.pairing_id, count(*) AS run, max(pa.date) AS last_missed
	FROM past pa LEFT JOIN last_met lm ON lm.pairing_id = pa.pairing_id
	WHERE NOT pa.completed AND (lm.met_on IS NULL OR pa.date > lm.met_on)
	GROUP BY pa.pairing_id
),
measured AS (
	SELECT ap.mentee_id, ap.program_id, ap.matched_at, lm.met_on,
		coalesce(lm.met_on, ap.matched_at) AS since,
		${daysToAsOfSql('coalesce(lm.met_on, ap.matched_at)')} AS days,
		coalesce(ms.run, 0) AS run, ms.last_missed
	FROM active_pairings ap
	LEFT JOIN last_met lm ON lm.pairing_id = ap.pairing_id
	LEFT JOIN missed ms ON ms.pairing_id = ap.pairing_id
),
flagged AS (
	SELECT m.*, m.days >= l.silent_days AS silent, m.run >= l.missed_run AS cancelling,
		row_number() OVER (PARTITION BY m.mentee_id ORDER BY m.days DESC, m.run DESC) AS rn,
		l.silent_days
	FROM measured m, limits l
	WHERE m.days >= l.silent_days OR m.run >= l.missed_run
)
SELECT mentee_id AS person_id, program_id, 'disengaged' AS reason,
	CASE WHEN cancelling OR days >= 2 * silent_days THEN 'high' ELSE 'medium' END AS severity,
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
	return { sql, params: [...population.params, thresholds.noMeetingDays, thresholds.cancelledInARow] };
}

export async function disengagedPairings(db: Connector, filter?: PopulationFilter, thresholds?: WorklistThresholds): Promise<WorklistFlag[]> {
	const { sql, params } = disengagedSql(filter, thresholds);
	return db.query<WorklistFlag & Record<string, unknown>>(sql, params);
}
