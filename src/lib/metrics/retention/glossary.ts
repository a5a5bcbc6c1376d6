/**
 * Glossary entries for the Retention view: the SQL each chart runs, shown with the empty
 * filter (a filter adds its conditions to the `population` CTE and its values as the first
 * parameters; a date range end adds one last parameter).
 */
import type { MetricSql } from '../metric-sql';
import { EMPTY_FILTER } from '../population-filter';
import { landmarkRetentionCurveSql } from '../retention';
import { cumulativeIncidenceSql } from './cumulativeIncidence';
import { exitsByLevelSql } from './exitsByLevel';
import { cohortLogRankSql, cohortRetentionCurveSql, landmarkLogRankSql } from './splits';

const LANDMARK = [{ name: 'landmark days', default: 90 }] as const;

export const RETENTION_METRICS: readonly MetricSql[] = [
	{
		id: 'retention-by-mentoring',
		title: 'Retention from the landmark, mentored vs unmentored (Kaplan–Meier)',
		definition:
			'Share not withdrawn or dismissed, by days since the landmark (start + 90 days); mentoring status fixed at the landmark; graduation, transfer and still enrolled censored; 95% CI Greenwood on the log-log scale.',
		parameters: LANDMARK,
		sql: landmarkRetentionCurveSql(EMPTY_FILTER, 90).sql
	},
	{
		id: 'retention-log-rank-mentoring',
		title: 'Log-rank test, mentored vs unmentored at the landmark',
		definition: 'Observed and expected attrition per group and their covariance over distinct event times; χ² = (O−E)ᵀV⁻¹(O−E) with 1 df.',
		parameters: LANDMARK,
		sql: landmarkLogRankSql(EMPTY_FILTER, 90).sql
	},
	{
		id: 'retention-by-cohort',
		title: 'Retention by cohort year (Kaplan–Meier)',
		definition: 'Share not withdrawn or dismissed, by days since each trainee’s start, one curve per cohort year; graduation, transfer and still enrolled censored.',
		parameters: [],
		sql: cohortRetentionCurveSql(EMPTY_FILTER).sql
	},
	{
		id: 'retention-log-rank-cohort',
		title: 'Log-rank test across cohort years',
		definition: 'χ² = (O−E)ᵀV⁻¹(O−E) over the cohorts with anyone at risk at an event time, k−1 df.',
		parameters: [],
		sql: cohortLogRankSql(EMPTY_FILTER).sql
	},
	{
		id: 'exit-cumulative-incidence',
		title: 'Cumulative incidence of leaving, by exit reason',
		definition:
			'Aalen–Johansen: CIF_k(t) = Σ S(t−)·d_k/n over exit times, S the all-cause Kaplan–Meier where every exit (graduation and transfer included) is an event; time since start.',
		parameters: [],
		sql: cumulativeIncidenceSql(EMPTY_FILTER).sql
	},
	{
		id: 'exits-by-level',
		title: 'Exits by reason and training level',
		definition: 'Trainees who left by the data date, counted by exit reason (status decides attrition vs graduation/transfer) and recorded training level.',
		parameters: [],
		sql: exitsByLevelSql(EMPTY_FILTER).sql
	}
];
