/**
 * Every metric the dashboard shows, grouped by the page that shows it, for the glossary.
 * A chart's "Definition and SQL" link points at its entry's id.
 */
import { OVERVIEW_METRIC_SQL } from './index';
import { DIVERSITY_METRICS } from './diversity';
import { INTERPROFESSIONAL_METRICS } from './interprofessional/catalogue';
import type { MetricSql } from './metric-sql';
import { RETENTION_METRICS } from './retention/glossary';
import { WELLBEING_METRICS } from './wellbeing/catalog';
import { MENTOR_CAPACITY_METRIC } from './mentors/capacity';
import { SUGGESTED_MATCH_METRIC } from './matching/suggested-matches';
import { WORKLIST_METRICS } from './worklist/glossary';

export interface MetricSection {
	id: string;
	title: string;
	metrics: readonly MetricSql[];
}

export const METRIC_CATALOGUE: readonly MetricSection[] = [
	{ id: 'overview', title: 'Overview', metrics: OVERVIEW_METRIC_SQL },
	{ id: 'retention', title: 'Retention', metrics: RETENTION_METRICS },
	{ id: 'wellbeing', title: 'Well-being', metrics: WELLBEING_METRICS },
	{ id: 'diversity', title: 'Diversity', metrics: DIVERSITY_METRICS },
	{ id: 'interprofessional', title: 'Interprofessional participation', metrics: INTERPROFESSIONAL_METRICS },
	{ id: 'mentors', title: 'Mentors and suggested matches', metrics: [MENTOR_CAPACITY_METRIC, SUGGESTED_MATCH_METRIC] },
	{ id: 'worklist', title: 'Coordinator worklist', metrics: WORKLIST_METRICS }
];
