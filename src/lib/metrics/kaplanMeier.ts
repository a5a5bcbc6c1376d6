/**
 * Kaplan–Meier product-limit estimator as a reusable SQL template (DOMAIN.md §3: retention
 * is time-to-event with right censoring and Greenwood CIs). The Overview reads S(t) at one
 * horizon; the Retention view draws the whole step curve from the same SQL.
 *
 * Input: a relation (CTE) with one row per subject and columns
 *   grp   VARCHAR  — the curve the subject belongs to (e.g. 'mentored', a cohort year)
 *   time  numeric  — follow-up time (days), ≥ 0
 *   event BOOLEAN  — true for the event (attrition), false for censoring
 *
 * Output: one row per group and distinct time, plus a time-0 origin row per group:
 *   grp, time, n_risk, n_event, n_censor, survival, std_err, lower, upper
 *
 * - n_risk(t) counts subjects with time ≥ t: someone censored at t is still at risk at t,
 *   the usual convention when events and censorings tie.
 * - survival S(t) = ∏_{tᵢ ≤ t} (1 − dᵢ/nᵢ); tied events at one time are one factor.
 * - std_err is Greenwood's: S(t)·√Σ dᵢ/(nᵢ(nᵢ−dᵢ)). NULL once S reaches 0 (the sum diverges).
 * - lower/upper: 95% CI on the log-log scale (Kalbfleisch & Prentice; Stata's default):
 *     se = √Σ dᵢ/(nᵢ(nᵢ−dᵢ)) / |ln S|,  lower = S^exp(z·se),  upper = S^exp(−z·se).
 *   Chosen over plain Greenwood (S ± z·SE, clipped) because our groups are small and
 *   retention sits near 1, where the plain interval is symmetric, spills past 1 and has
 *   poor coverage; the log-log interval stays inside (0, 1) without clipping.
 *   NULL where S is 1 (no events yet) or 0: the interval is not defined there, and a
 *   zero-width band would claim a certainty that ten trainees cannot give.
 */
import { Z_95 } from './wilson';

export interface KaplanMeierStep {
	group: string;
	time: number;
	nRisk: number;
	nEvent: number;
	nCensor: number;
	survival: number;
	stdErr: number | null;
	lower: number | null;
	upper: number | null;
}

/** Row shape the template returns (snake_case, as DuckDB names it). */
export interface KaplanMeierRow extends Record<string, unknown> {
	grp: string;
	time: number;
	n_risk: number;
	n_event: number;
	n_censor: number;
	survival: number;
	std_err: number | null;
	lower: number | null;
	upper: number | null;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * A SELECT (with its own WITH) computing the KM step curve of `subjects`. Embed it as a CTE:
 * `WITH subjects AS (...), curve AS (${kaplanMeierCurveSql('subjects')}) SELECT ... FROM curve`.
 * `subjects` must be a CTE or table name written in code.
 */
export function kaplanMeierCurveSql(subjects: string, z: number = Z_95): string {
	if (!IDENTIFIER.test(subjects)) throw new Error(`invalid relation name for Kaplan–Meier: ${subjects}`);
	const zd = `CAST(${z} AS DOUBLE)`;
	return `WITH km_steps AS (
		SELECT grp, time,
			count(*) FILTER (WHERE event) AS n_event,
			count(*) FILTER (WHERE NOT event) AS n_censor
		FROM ${subjects}
		GROUP BY grp, time
	),
	km_at_risk AS (
		SELECT grp, time, n_event, n_censor,
			CAST(sum(n_event + n_censor) OVER (PARTITION BY grp ORDER BY time DESC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) AS n_risk
		FROM km_steps
	),
	km_origin AS (
		SELECT grp, 0 AS time, 0 AS n_event, 0 AS n_censor, CAST(sum(n_event + n_censor) AS BIGINT) AS n_risk
		FROM km_steps
		GROUP BY grp
		HAVING min(time) > 0
	),
	km_all AS (
		SELECT grp, time, n_risk, n_event, n_censor FROM km_at_risk
		UNION ALL
		SELECT grp, time, n_risk, n_event, n_censor FROM km_origin
	),
	km_cumulative AS (
		SELECT grp, time, n_risk, n_event, n_censor,
			product(1 - CAST(n_event AS DOUBLE) / n_risk) OVER w AS survival,
			sum(CASE WHEN n_event > 0 AND n_risk > n_event THEN CAST(n_event AS DOUBLE) / (n_risk * (n_risk - n_event)) ELSE 0 END) OVER w AS greenwood,
			bool_or(n_event > 0 AND n_event >= n_risk) OVER w AS exhausted
		FROM km_all
		WINDOW w AS (PARTITION BY grp ORDER BY time ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
	)
	SELECT grp, time, n_risk, n_event, n_censor,
		survival,
		CASE WHEN NOT exhausted THEN survival * sqrt(greenwood) END AS std_err,
		CASE WHEN NOT exhausted AND survival < 1 THEN pow(survival, exp(${zd} * sqrt(greenwood) / abs(ln(survival)))) END AS lower,
		CASE WHEN NOT exhausted AND survival < 1 THEN pow(survival, exp(-${zd} * sqrt(greenwood) / abs(ln(survival)))) END AS upper
	FROM km_cumulative`;
}

export function toKaplanMeierStep(r: KaplanMeierRow): KaplanMeierStep {
	return {
		group: r.grp,
		time: r.time,
		nRisk: r.n_risk,
		nEvent: r.n_event,
		nCensor: r.n_censor,
		survival: r.survival,
		stdErr: r.std_err,
		lower: r.lower,
		upper: r.upper
	};
}
