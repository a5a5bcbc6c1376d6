/**
 * Cumulative incidence of leaving, by exit reason, with graduation and transfer as
 * competing events (DOMAIN.md §3: "use cumulative incidence per reason, not 1−KM").
 *
 * Why not 1−KM per reason: KM treats a graduate as someone who could still withdraw later,
 * so 1−KM of attrition overstates the share who ever withdraw. The Aalen–Johansen estimator
 * (Putter, Fiocco & Geskus, Stat Med 2007, "Tutorial in biostatistics: competing risks")
 * weights each reason's events by the all-cause survival just before them:
 *   S(t)    = ∏_{tᵢ ≤ t} (1 − dᵢ/nᵢ)          every exit is an event (graduation included)
 *   CIF_k(t) = Σ_{tᵢ ≤ t} S(tᵢ−) · d_ki / nᵢ    reason k's share of exits at tᵢ
 * so that S(t) + Σ_k CIF_k(t) = 1 at every t: each trainee is still enrolled or has left
 * for exactly one reason. Time is days since the trainee's start; censoring is the end of
 * follow-up (as_of, or the filter's date range end) while still enrolled.
 *
 * Output: one row per reason and event time (times where anyone left), plus a time-0 row
 * per reason with incidence 0. No confidence bands are computed for the CIF.
 */
import type { Connector } from '../../engine/connector';
import { EMPTY_FILTER, compilePopulation, type PopulationFilter } from '../population-filter';
import type { BuiltSql } from '../retention';
import { ATTRITION_REASONS, EXIT_SUBJECTS_CTE, endOfFollowUpSql, type ExitReason } from './subjects';

export interface IncidencePoint {
	reason: ExitReason;
	/** true for withdrawal and dismissal reasons; false for graduation and transfer. */
	attrition: boolean;
	/** Days since start. */
	time: number;
	/** Cumulative incidence of leaving for this reason by `time`. */
	incidence: number;
	/** All-cause KM: share still enrolled at `time`. */
	enrolled: number;
	/** Still followed just before `time`. */
	nRisk: number;
	/** Exits for this reason at `time`. */
	nEvent: number;
}

export interface CumulativeIncidence {
	/** Trainees followed (time 0 risk set). */
	n: number;
	/** Longest follow-up in days (0 when nobody is followed): the curves end there. */
	maxTime: number;
	points: IncidencePoint[];
}

export function cumulativeIncidenceSql(filter: PopulationFilter): BuiltSql {
	const population = compilePopulation(filter);
	const end = endOfFollowUpSql(filter);
	const sql = `WITH ${population.cte},
params AS (SELECT ${end.sql} AS end_date),
${EXIT_SUBJECTS_CTE},
ci_steps AS (
	SELECT time, count(*) AS n_at, count(reason) AS d FROM exits GROUP BY time
),
ci_risk AS (
	SELECT time, d,
		CAST(sum(n_at) OVER (ORDER BY time DESC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) AS n
	FROM ci_steps
),
ci_survival AS (
	SELECT time, d, n, product(1 - CAST(d AS DOUBLE) / n) OVER (ORDER BY time ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS s
	FROM ci_risk
),
ci_event_times AS (
	-- S(t−): survival just before t, i.e. after the previous time
	SELECT time, n, s, coalesce(lag(s) OVER (ORDER BY time), 1.0) AS s_before
	FROM ci_survival
	WHERE d > 0
),
ci_reasons AS (SELECT DISTINCT reason FROM exits WHERE reason IS NOT NULL),
ci_by_reason AS (SELECT time, reason, count(*) AS d_k FROM exits WHERE reason IS NOT NULL GROUP BY time, reason),
ci_points AS (
	SELECT r.reason, e.time, e.n, e.s, coalesce(b.d_k, 0) AS d_k,
		sum(e.s_before * coalesce(b.d_k, 0) / e.n) OVER (PARTITION BY r.reason ORDER BY e.time ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS incidence
	FROM ci_event_times e
	CROSS JOIN ci_reasons r
	LEFT JOIN ci_by_reason b ON b.time = e.time AND b.reason = r.reason
),
ci_origin AS (
	SELECT r.reason, 0 AS time, (SELECT count(*) FROM exits) AS n, 1.0 AS s, 0 AS d_k, 0.0 AS incidence
	FROM ci_reasons r
	WHERE NOT EXISTS (SELECT 1 FROM ci_event_times WHERE time = 0)
)
SELECT reason, time, n AS n_risk, d_k AS n_event, incidence, s AS enrolled FROM ci_points
UNION ALL
SELECT reason, time, n AS n_risk, d_k AS n_event, incidence, s AS enrolled FROM ci_origin
ORDER BY reason, time`;
	return { sql, params: [...population.params, ...end.params] };
}

/** Trainees followed for the incidence curves (the n of the chart). */
export function followedCountSql(filter: PopulationFilter): BuiltSql {
	const population = compilePopulation(filter);
	const end = endOfFollowUpSql(filter);
	return {
		sql: `WITH ${population.cte},\nparams AS (SELECT ${end.sql} AS end_date),\n${EXIT_SUBJECTS_CTE}\nSELECT count(*) AS n, coalesce(max(time), 0) AS max_time FROM exits`,
		params: [...population.params, ...end.params]
	};
}

interface Row extends Record<string, unknown> {
	reason: ExitReason;
	time: number;
	n_risk: number;
	n_event: number;
	incidence: number;
	enrolled: number;
}

const ATTRITION = new Set<string>(ATTRITION_REASONS);

export async function cumulativeIncidenceByReason(db: Connector, filter: PopulationFilter = EMPTY_FILTER): Promise<CumulativeIncidence> {
	const curve = cumulativeIncidenceSql(filter);
	const rows = await db.query<Row>(curve.sql, curve.params);
	const count = followedCountSql(filter);
	const [{ n, max_time: maxTime }] = await db.query<{ n: number; max_time: number }>(count.sql, count.params);
	const points = rows.map((r) => ({
		reason: r.reason,
		attrition: ATTRITION.has(r.reason),
		time: r.time,
		incidence: r.incidence,
		enrolled: r.enrolled,
		nRisk: r.n_risk,
		nEvent: r.n_event
	}));
	return { n, maxTime, points };
}
