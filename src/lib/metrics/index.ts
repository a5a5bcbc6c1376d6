/**
 * Overview metrics: SQL over the canonical tables (schema/tables.ts), run on either
 * connector. The glossary page shows OVERVIEW_METRIC_SQL so a reader can see exactly what
 * each number counts.
 */
import { ACTIVE_TRAINEES_SQL } from './enrollment';
import { CROSS_DISCIPLINE_REACH_SQL } from './interprofessional';
import { MENTOR_COVERAGE_SQL } from './mentoring';
import { URIM_SHARES_SQL } from './diversity';
import { LANDMARK_RETENTION_SQL } from './retention';
import { FLAG_PREVALENCE_BY_WAVE_SQL, LATEST_WAVE_FLAG_PREVALENCE_SQL } from './wellbeing';

export { activeTrainees, ACTIVE_TRAINEES_SQL, type ActiveTrainees, type ProgramHeadcount } from './enrollment';
export { mentorCoverage, MENTOR_COVERAGE_SQL, type MentorCoverage, type ProgramCoverage, type CoverageRate } from './mentoring';
export {
	landmarkRetention,
	landmarkRetentionCurves,
	LANDMARK_RETENTION_SQL,
	LANDMARK_RETENTION_CURVE_SQL,
	RETENTION_GROUPS,
	type LandmarkRetention,
	type GroupRetention,
	type LandmarkOptions,
	type RetentionGroup
} from './retention';
export { kaplanMeierCurveSql, toKaplanMeierStep, type KaplanMeierStep, type KaplanMeierRow } from './kaplanMeier';
export {
	burnoutByWave,
	latestWaveBurnout,
	FLAG_PREVALENCE_BY_WAVE_SQL,
	LATEST_WAVE_FLAG_PREVALENCE_SQL,
	type WaveFlagPrevalence,
	type BurnoutOptions
} from './wellbeing';
export { urimShares, URIM_SHARES_SQL, type UrimShares, type UrimShare } from './diversity';
export { crossDisciplineReach, CROSS_DISCIPLINE_REACH_SQL, type CrossDisciplineReach } from './interprofessional';
export { wilsonBoundsSql, Z_95 } from './wilson';

import type { MetricSql } from './metric-sql';
export type { MetricSql } from './metric-sql';

export const OVERVIEW_METRIC_SQL: readonly MetricSql[] = [
	{
		id: 'active-trainees',
		title: 'Active trainees',
		definition: 'Trainees (role trainee or both) whose status is active on the data date.',
		parameters: [],
		sql: ACTIVE_TRAINEES_SQL
	},
	{
		id: 'mentor-coverage',
		title: 'Active trainees with a mentor',
		definition: 'Active trainees with a matched pairing in force on the data date, over all active trainees, overall and by home program; Wilson 95% interval.',
		parameters: [],
		sql: MENTOR_COVERAGE_SQL
	},
	{
		id: 'landmark-retention',
		title: 'Retention from the landmark, mentored vs unmentored',
		definition:
			'Kaplan–Meier share not withdrawn or dismissed a horizon after a landmark (default 90 days after start, read 365 days later); mentoring status fixed at the landmark so no immortal time; graduation, transfer and still enrolled are censored; log-log Greenwood 95% interval.',
		parameters: [
			{ name: 'landmark days', default: 90 },
			{ name: 'horizon days', default: 365 }
		],
		sql: LANDMARK_RETENTION_SQL
	},
	{
		id: 'latest-wave-burnout',
		title: 'Burnout prevalence, latest wave',
		definition: 'Respondents flagged by the instrument (Mini-Z burnout item ≥ 3) in the latest wave with responses, over eligible respondents with a score; Wilson 95% interval.',
		parameters: [{ name: 'instrument', default: 'mini_z_burnout' }],
		sql: LATEST_WAVE_FLAG_PREVALENCE_SQL
	},
	{
		id: 'burnout-by-wave',
		title: 'Burnout prevalence by wave',
		definition: 'The same prevalence for every wave, with eligible trainees (enrolled on the wave opening date) and the response rate over them.',
		parameters: [{ name: 'instrument', default: 'mini_z_burnout' }],
		sql: FLAG_PREVALENCE_BY_WAVE_SQL
	},
	{
		id: 'urim-shares',
		title: 'URiM share, trainees and mentors',
		definition: 'Active trainees and active mentors underrepresented in medicine, over those whose URiM status is known; unknowns reported separately.',
		parameters: [],
		sql: URIM_SHARES_SQL
	},
	{
		id: 'cross-discipline-reach',
		title: 'Trainees reached across professions',
		definition: 'Active trainees with a matched pairing across professions (either side) or an IPE activity attended where another profession was present.',
		parameters: [],
		sql: CROSS_DISCIPLINE_REACH_SQL
	}
];
