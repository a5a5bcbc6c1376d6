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
 *
 * Every function takes the shared population filter as an optional last argument (the
 * Overview calls them without one); subjects and end of follow-up are defined in
 * retention/subjects.ts.
 */
import type { Connector } from '../engine/connector';
import { kaplanMeierCurveSql, toKaplanMeierStep, type KaplanMeierRow, type KaplanMeierStep } from './kaplanMeier';
import { EMPTY_FILTER, compilePopulation, type PopulationFilter } from './population-filter';
import { LANDMARK_SUBJECTS_CTE, endOfFollowUpSql, wholeDays } from './retention/subjects';

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

export interface BuiltSql {
	sql: string;
	/** Population parameters first, then landmark (and horizon), then the end of the date range if any. */
	params: unknown[];
}

/** S(horizon) per group from the landmark, under `filter`. */
export function landmarkRetentionSql(filter: PopulationFilter, landmarkDays: number, horizonDays: number): BuiltSql {
	const population = compilePopulation(filter);
	const end = endOfFollowUpSql(filter);
	const sql = `WITH ${population.cte},
params AS (
	SELECT CAST(? AS INTEGER) AS landmark_days, CAST(? AS INTEGER) AS horizon_days, ${end.sql} AS end_date
),
${LANDMARK_SUBJECTS_CTE},
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
	return { sql, params: [...population.params, landmarkDays, horizonDays, ...end.params] };
}

/** Full KM step curves per group from the landmark, under `filter`. */
export function landmarkRetentionCurveSql(filter: PopulationFilter, landmarkDays: number): BuiltSql {
	const population = compilePopulation(filter);
	const end = endOfFollowUpSql(filter);
	const sql = `WITH ${population.cte},
params AS (SELECT CAST(? AS INTEGER) AS landmark_days, ${end.sql} AS end_date),
${LANDMARK_SUBJECTS_CTE},
curve AS (${kaplanMeierCurveSql('subjects')})
SELECT * FROM curve ORDER BY grp, time`;
	return { sql, params: [...population.params, landmarkDays, ...end.params] };
}

/** Glossary SQL with the empty filter. Parameters: landmark days, horizon days. */
export const LANDMARK_RETENTION_SQL = landmarkRetentionSql(EMPTY_FILTER, 90, 365).sql;

/** Glossary SQL with the empty filter. Parameter: landmark days. */
export const LANDMARK_RETENTION_CURVE_SQL = landmarkRetentionCurveSql(EMPTY_FILTER, 90).sql;

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

export async function landmarkRetention(
	db: Connector,
	options: LandmarkOptions = {},
	filter: PopulationFilter = EMPTY_FILTER
): Promise<LandmarkRetention> {
	const landmarkDays = wholeDays(options.landmarkDays, 90, 'landmarkDays');
	const horizonDays = wholeDays(options.horizonDays, 365, 'horizonDays');
	const { sql, params } = landmarkRetentionSql(filter, landmarkDays, horizonDays);
	const rows = await db.query<Row>(sql, params);
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
	options: Pick<LandmarkOptions, 'landmarkDays'> = {},
	filter: PopulationFilter = EMPTY_FILTER
): Promise<KaplanMeierStep[]> {
	const landmarkDays = wholeDays(options.landmarkDays, 90, 'landmarkDays');
	const { sql, params } = landmarkRetentionCurveSql(filter, landmarkDays);
	const rows = await db.query<KaplanMeierRow>(sql, params);
	return rows.map(toKaplanMeierStep);
}
