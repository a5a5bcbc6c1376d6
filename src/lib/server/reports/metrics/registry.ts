/**
 * The report metrics a template may name. Adding one here (with its known-answer test) makes
 * it available to every template file.
 */
import type { MetricOptionsIndex } from '$lib/reports/template';
import { composition, mentoringAccess, retentionByGroupMetric, urimTrend } from './diversity';
import { activitiesByProfession, pairingsByProfession, participationByProfession, reachByProgram, reachTrend } from './interprofessional';
import { exitsByReason, impactRetention, impactWellbeing, wellbeingByWave } from './outcomes';
import type { ReportMetric } from './report-metric';

export const REPORT_METRICS: readonly ReportMetric[] = [
	composition,
	urimTrend,
	mentoringAccess,
	retentionByGroupMetric,
	participationByProfession,
	reachByProgram,
	pairingsByProfession,
	activitiesByProfession,
	reachTrend,
	wellbeingByWave,
	exitsByReason,
	impactRetention,
	impactWellbeing
];

export function reportMetric(id: string): ReportMetric {
	const metric = REPORT_METRICS.find((m) => m.id === id);
	if (!metric) throw new Error(`unknown report metric: ${id}`);
	return metric;
}

export const METRIC_OPTIONS: MetricOptionsIndex = Object.fromEntries(REPORT_METRICS.map((m) => [m.id, m.options]));
