/**
 * Labels and colours of exit reasons and retention groups, shared by the retention charts
 * so a reason keeps its colour across cards. Okabe–Ito colours (palette.ts); the greys for
 * "other" and "not recorded" say "no specific reason" without competing for attention.
 */
import { ATTRITION_REASONS, COMPETING_EXITS, type ExitReason } from '../../metrics/retention/subjects';
import { OKABE_ITO } from '../palette';

export const REASON_LABELS: Record<ExitReason, string> = {
	academic: 'Academic',
	personal: 'Personal',
	health: 'Health',
	financial: 'Financial',
	career_change: 'Career change',
	dismissed: 'Dismissed',
	other: 'Other',
	not_recorded: 'Not recorded',
	graduated: 'Graduated',
	transferred: 'Transferred'
};

export const REASON_COLORS: Record<ExitReason, string> = {
	academic: OKABE_ITO.vermillion,
	personal: OKABE_ITO.orange,
	health: OKABE_ITO.reddishPurple,
	financial: OKABE_ITO.yellow,
	career_change: OKABE_ITO.bluishGreen,
	dismissed: OKABE_ITO.blue,
	other: OKABE_ITO.skyBlue,
	not_recorded: '#999999',
	graduated: OKABE_ITO.blue,
	transferred: OKABE_ITO.orange
};

/** Attrition reasons first (in schema order), then the competing exits. */
export const REASON_ORDER: readonly ExitReason[] = [...ATTRITION_REASONS, ...COMPETING_EXITS];

export const reasonLabel = (reason: string) => REASON_LABELS[reason as ExitReason] ?? reason;

/** Mentored solid blue, unmentored dashed vermillion: told apart by dash as well as hue. */
export const MENTORING_SERIES = [
	{ key: 'mentored', label: 'Mentored', color: OKABE_ITO.blue },
	{ key: 'unmentored', label: 'Unmentored', color: OKABE_ITO.vermillion, dashed: true }
] as const;

/** Cohort colours in year order; yellow is left out (too light for a thin line on white). */
const COHORT_COLORS = [OKABE_ITO.blue, OKABE_ITO.orange, OKABE_ITO.bluishGreen, OKABE_ITO.vermillion, OKABE_ITO.reddishPurple, OKABE_ITO.skyBlue, OKABE_ITO.black];

/** One series per cohort year, oldest first; past seven cohorts the colours repeat dashed. */
export function cohortSeries(years: readonly string[]): { key: string; label: string; color: string; dashed: boolean }[] {
	return [...years].sort().map((year, i) => ({ key: year, label: year, color: COHORT_COLORS[i % COHORT_COLORS.length], dashed: i >= COHORT_COLORS.length }));
}
