/**
 * The two retention splits the Retention view draws, each a Kaplan–Meier curve per group
 * with its log-rank test (DOMAIN.md §3):
 *   - by mentoring status at the landmark, time since the landmark (no immortal time);
 *   - by cohort year, time since each trainee's start.
 * Attrition (withdrawn, dismissed) is the event; graduation, transfer and still enrolled are
 * censored. CIs are Greenwood on the log-log scale (kaplanMeier.ts says why).
 */
import type { Connector } from '../../engine/connector';
import { kaplanMeierCurveSql, toKaplanMeierStep, type KaplanMeierRow, type KaplanMeierStep } from '../kaplanMeier';
import { compilePopulation, type PopulationFilter } from '../population-filter';
import { landmarkRetentionCurveSql, type BuiltSql } from '../retention';
import { logRankSql, logRankTest, type LogRankRow, type LogRankTest } from './logRank';
import { COHORT_SUBJECTS_CTE, LANDMARK_SUBJECTS_CTE, endOfFollowUpSql, wholeDays } from './subjects';

export interface RetentionSplit {
	curves: KaplanMeierStep[];
	logRank: LogRankTest;
	/** Subjects per group (all at risk at time 0), in the order the groups sort. */
	groups: { group: string; n: number }[];
}

export interface MentoringSplit extends RetentionSplit {
	landmarkDays: number;
}

/** Log-rank sums for the landmark split. Parameters as landmarkRetentionCurveSql. */
export function landmarkLogRankSql(filter: PopulationFilter, landmarkDays: number): BuiltSql {
	const population = compilePopulation(filter);
	const end = endOfFollowUpSql(filter);
	const sql = `WITH ${population.cte},
params AS (SELECT CAST(? AS INTEGER) AS landmark_days, ${end.sql} AS end_date),
${LANDMARK_SUBJECTS_CTE},
log_rank AS (${logRankSql('subjects')})
SELECT * FROM log_rank ORDER BY grp, other`;
	return { sql, params: [...population.params, landmarkDays, ...end.params] };
}

/** KM step curves by cohort year, time since start. */
export function cohortRetentionCurveSql(filter: PopulationFilter): BuiltSql {
	const population = compilePopulation(filter);
	const end = endOfFollowUpSql(filter);
	const sql = `WITH ${population.cte},
params AS (SELECT ${end.sql} AS end_date),
${COHORT_SUBJECTS_CTE},
curve AS (${kaplanMeierCurveSql('subjects')})
SELECT * FROM curve ORDER BY grp, time`;
	return { sql, params: [...population.params, ...end.params] };
}

/** Log-rank sums across cohort years. */
export function cohortLogRankSql(filter: PopulationFilter): BuiltSql {
	const population = compilePopulation(filter);
	const end = endOfFollowUpSql(filter);
	const sql = `WITH ${population.cte},
params AS (SELECT ${end.sql} AS end_date),
${COHORT_SUBJECTS_CTE},
log_rank AS (${logRankSql('subjects')})
SELECT * FROM log_rank ORDER BY grp, other`;
	return { sql, params: [...population.params, ...end.params] };
}

function groupSizes(curves: readonly KaplanMeierStep[]): { group: string; n: number }[] {
	// The first step of each group is its origin (time 0), where everyone is at risk.
	const sizes = new Map<string, number>();
	for (const s of curves) if (!sizes.has(s.group)) sizes.set(s.group, s.nRisk);
	return [...sizes].map(([group, n]) => ({ group, n })).sort((a, b) => a.group.localeCompare(b.group));
}

async function split(db: Connector, curve: BuiltSql, logRank: BuiltSql): Promise<RetentionSplit> {
	const curves = (await db.query<KaplanMeierRow>(curve.sql, curve.params)).map(toKaplanMeierStep);
	const test = logRankTest(await db.query<LogRankRow>(logRank.sql, logRank.params));
	return { curves, logRank: test, groups: groupSizes(curves) };
}

/** Retention from the landmark, mentored vs unmentored at the landmark, with the log-rank test. */
export async function retentionByMentoring(
	db: Connector,
	filter: PopulationFilter,
	options: { landmarkDays?: number } = {}
): Promise<MentoringSplit> {
	const landmarkDays = wholeDays(options.landmarkDays, 90, 'landmarkDays');
	const result = await split(db, landmarkRetentionCurveSql(filter, landmarkDays), landmarkLogRankSql(filter, landmarkDays));
	return { landmarkDays, ...result };
}

/** Retention since start by cohort year, with the log-rank test across cohorts. */
export async function retentionByCohort(db: Connector, filter: PopulationFilter): Promise<RetentionSplit> {
	return split(db, cohortRetentionCurveSql(filter), cohortLogRankSql(filter));
}
