/**
 * The coordinator worklist (issue 4): one row per person and reason needing attention.
 * Each reason is its own rule file; all of them measure "today" as dataset_info.as_of,
 * so a re-run on the same export gives the same list.
 */

export const WORKLIST_REASONS = [
	'unmatched',
	'disengaged',
	'declining_frequency',
	'survey_nonresponse',
	'distress',
	'mentor_overloaded',
	'mentor_inactive'
] as const;
export type WorklistReason = (typeof WORKLIST_REASONS)[number];

export const REASON_LABELS: Record<WorklistReason, string> = {
	unmatched: 'Unmatched',
	disengaged: 'Disengaged pairing',
	declining_frequency: 'Declining meetings',
	survey_nonresponse: 'Survey non-response',
	distress: 'Well-being flag',
	mentor_overloaded: 'Mentor overloaded',
	mentor_inactive: 'Mentor inactive'
};

export const SEVERITIES = ['high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface WorklistFlag {
	person_id: string;
	program_id: string;
	reason: WorklistReason;
	severity: Severity;
	/** yyyy-mm-dd: when the situation began (the age of the item is counted from it). */
	since: string;
	/** Whole days from `since` to as_of. */
	days: number;
	/** Plain words with dates and numbers, for the coordinator. */
	evidence: string;
}

export * from './thresholds';

/** Sort rank: high first. */
export const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/** Most urgent first: severity, then the oldest situation, then id for a stable order. */
export function compareFlags(a: WorklistFlag, b: WorklistFlag): number {
	return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.days - a.days || a.person_id.localeCompare(b.person_id) || a.reason.localeCompare(b.reason);
}

/** Longest-standing first: age, then severity, then id. */
export function compareFlagsByAge(a: WorklistFlag, b: WorklistFlag): number {
	return b.days - a.days || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.person_id.localeCompare(b.person_id) || a.reason.localeCompare(b.reason);
}
