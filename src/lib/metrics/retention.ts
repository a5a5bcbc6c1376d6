/**
 * Retention of mentored vs unmentored trainees from a landmark (DOMAIN.md §3).
 *
 * "Ever mentored" flatters mentoring: a trainee who stays longer has more time to be matched
 * (immortal-time bias). So each trainee is classified once, at a landmark L days after their
 * start, and followed only from there:
 *   - population: trainees with start_date + L ≤ as_of, still enrolled at the landmark
 *     (exit_date NULL or after it); anyone who left before it is dropped;
 *   - mentored: a pairing with a mentor and matched_at ≤ landmark; matched later counts as
 *     unmentored (that is the point of the landmark);
 *   - time: days from the landmark to exit_date, or to as_of while still enrolled;
 *   - event: attrition (withdrawn or dismissed). Graduation and transfer compete with it and
 *     are censored at exit_date here, never counted as events; still enrolled (active, on
 *     leave) is censored at as_of.
 * Charts must state L on the figure.
 */
import type { Connector } from '../engine/connector';
import { kaplanMeierCurveSql, toKaplanMeierStep, type KaplanMeierRow, type KaplanMeierStep } from './kaplanMeier';
import { ATTRITION_STATUS_SQL, TRAINEE_ROLE_SQL } from './population';

export const RETENTION_GROUPS = ['mentored', 'unmentored'] as const;
export type RetentionGroup = (typeof RETENTION_GROUPS)[number];

export interface LandmarkOptions {
	/** Days after start_date at which mentoring status is fixed (default 90). */
	landmarkDays?: number;
	/** Days after the landmark at which survival is read (default 365). */
	horizonDays?: number;
}

export interface GroupRetention {
	group: RetentionGroup;
	/** Trainees in the group at the landmark (all at risk then). */
	atRisk: number;
	/** Attrition events from the landmark up to and including the horizon. */
	events: number;
	/** Trainees still followed at the horizon (time ≥ horizon). */
	atRiskAtHorizon: number;
	/**
	 * KM S(horizon); NULL when not estimable: nobody in the group, or everyone censored
	 * before the horizon (the curve does not reach it).
	 */
	survival: number | null;
	stdErr: number | null;
	lower: number | null;
	upper: number | null;
}

export interface LandmarkRetention {
	landmarkDays: number;
	horizonDays: number;
	groups: GroupRetention[];
}

/** CTEs `cohort` and `subjects(person_id, grp, time, event)`; they expect a `params` CTE with landmark_days and as_of. */
const LANDMARK_SUBJECTS_CTES = `cohort AS (
	SELECT person_id, status, exit_date, start_date + params.landmark_days AS landmark, params.as_of
	FROM people, params
	WHERE ${TRAINEE_ROLE_SQL}
		AND start_date + params.landmark_days <= params.as_of
		AND (exit_date IS NULL OR exit_date > start_date + params.landmark_days)
),
subjects AS (
	SELECT c.person_id,
		CASE WHEN EXISTS (
			SELECT 1 FROM pairings pa
			WHERE pa.mentee_id = c.person_id AND pa.mentor_id IS NOT NULL AND pa.matched_at <= c.landmark
		) THEN 'mentored' ELSE 'unmentored' END AS grp,
		date_diff('day', c.landmark, least(coalesce(c.exit_date, c.as_of), c.as_of)) AS time,
		coalesce(${ATTRITION_STATUS_SQL} AND c.exit_date <= c.as_of, false) AS event
	FROM cohort c
)`;

/** Parameters: landmark days, horizon days. */
export const LANDMARK_RETENTION_SQL = `WITH params AS (
	SELECT CAST(? AS INTEGER) AS landmark_days, CAST(? AS INTEGER) AS horizon_days, (SELECT as_of FROM dataset_info) AS as_of
),
${LANDMARK_SUBJECTS_CTES},
curve AS (${kaplanMeierCurveSql('subjects')}),
at_horizon AS (
	SELECT curve.* FROM curve, params
	WHERE curve.time <= params.horizon_days
	QUALIFY row_number() OVER (PARTITION BY curve.grp ORDER BY curve.time DESC) = 1
),
counts AS (
	SELECT grp,
		count(*) AS at_risk,
		count(*) FILTER (WHERE event AND time <= params.horizon_days) AS events,
		count(*) FILTER (WHERE time >= params.horizon_days) AS at_risk_at_horizon
	FROM subjects, params
	GROUP BY grp
),
groups(grp) AS (VALUES ('mentored'), ('unmentored'))
SELECT g.grp,
	coalesce(c.at_risk, 0) AS at_risk,
	coalesce(c.events, 0) AS events,
	coalesce(c.at_risk_at_horizon, 0) AS at_risk_at_horizon,
	-- estimable when someone is followed to the horizon, or the curve already fell to 0
	CASE WHEN c.at_risk_at_horizon > 0 OR h.survival = 0 THEN h.survival END AS survival,
	CASE WHEN c.at_risk_at_horizon > 0 OR h.survival = 0 THEN h.std_err END AS std_err,
	CASE WHEN c.at_risk_at_horizon > 0 THEN h.lower END AS lower,
	CASE WHEN c.at_risk_at_horizon > 0 THEN h.upper END AS upper
FROM groups g
LEFT JOIN counts c ON c.grp = g.grp
LEFT JOIN at_horizon h ON h.grp = g.grp
ORDER BY g.grp`;

/** Full KM step curves per group from the landmark. Parameter: landmark days. */
export const LANDMARK_RETENTION_CURVE_SQL = `WITH params AS (
	SELECT CAST(? AS INTEGER) AS landmark_days, (SELECT as_of FROM dataset_info) AS as_of
),
${LANDMARK_SUBJECTS_CTES},
curve AS (${kaplanMeierCurveSql('subjects')})
SELECT * FROM curve ORDER BY grp, time`;

function days(value: number | undefined, fallback: number, name: string): number {
	const n = value ?? fallback;
	if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number of days ≥ 0: ${value}`);
	return n;
}

interface Row extends Record<string, unknown> {
	grp: RetentionGroup;
	at_risk: number;
	events: number;
	at_risk_at_horizon: number;
	survival: number | null;
	std_err: number | null;
	lower: number | null;
	upper: number | null;
}

export async function landmarkRetention(db: Connector, options: LandmarkOptions = {}): Promise<LandmarkRetention> {
	const landmarkDays = days(options.landmarkDays, 90, 'landmarkDays');
	const horizonDays = days(options.horizonDays, 365, 'horizonDays');
	const rows = await db.query<Row>(LANDMARK_RETENTION_SQL, [landmarkDays, horizonDays]);
	const groups = rows.map((r) => ({
		group: r.grp,
		atRisk: r.at_risk,
		events: r.events,
		atRiskAtHorizon: r.at_risk_at_horizon,
		survival: r.survival,
		stdErr: r.std_err,
		lower: r.lower,
		upper: r.upper
	}));
	return { landmarkDays, horizonDays, groups };
}

/** KM step curves (mentored, unmentored) from the landmark, for the Retention view. */
export async function landmarkRetentionCurves(
	db: Connector,
	options: Pick<LandmarkOptions, 'landmarkDays'> = {}
): Promise<KaplanMeierStep[]> {
	const landmarkDays = days(options.landmarkDays, 90, 'landmarkDays');
	const rows = await db.query<KaplanMeierRow>(LANDMARK_RETENTION_CURVE_SQL, [landmarkDays]);
	return rows.map(toKaplanMeierStep);
}
