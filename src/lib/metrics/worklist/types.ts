/**
 * The coordinator worklist (issue 4): one row per person and reason needing attention.
 * Each reason is its own rule file; all of them measure "today" as dataset_info.as_of,
 * so a re-run on the same export gives the same list.
 */

export const WORKLIST_REASONS = ['unmatched', 'disengaged', 'survey_nonresponse', 'distress', 'mentor_overloaded'] as const;
export type WorklistReason = (typeof WORKLIST_REASONS)[number];

export const REASON_LABELS: Record<WorklistReason, string> = {
	unmatched: 'Unmatched',
	disengaged: 'Disengaged pairing',
	survey_nonresponse: 'Survey non-response',
	distress: 'Well-being flag',
	mentor_overloaded: 'Mentor overloaded'
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

/**
 * Thresholds a program may tune. Defaults are the (60 days without a meeting,
 * 3 cancellations in a row) or, where the issue names none, a stated choice.
 */
export interface WorklistThresholds {
	/** Days an active trainee may wait for a mentor before being listed. Programs usually match within the first month. */
	unmatchedDays: number;
	/** Waiting this long makes an unmatched trainee high severity. */
	unmatchedHighDays: number;
	/** Days without a completed meeting before an active pairing is listed (issue 4: default 60). */
	noMeetingDays: number;
	/** Cancelled or missed meetings in a row that list a pairing whatever its last meeting date. */
	cancelledInARow: number;
}

export const DEFAULT_THRESHOLDS: Readonly<WorklistThresholds> = Object.freeze({
	unmatchedDays: 30,
	unmatchedHighDays: 90,
	noMeetingDays: 60,
	cancelledInARow: 3
});

export function thresholdsWith(partial: Partial<WorklistThresholds> = {}): WorklistThresholds {
	const merged = { ...DEFAULT_THRESHOLDS, ...partial };
	for (const [key, value] of Object.entries(merged)) {
		if (!Number.isInteger(value) || value < 0) throw new Error(`worklist threshold ${key} must be a whole number ≥ 0, got ${value}`);
	}
	return merged;
}

/** Sort rank: high first. */
export const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/** Most urgent first: severity, then the oldest situation, then id for a stable order. */
export function compareFlags(a: WorklistFlag, b: WorklistFlag): number {
	return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.days - a.days || a.person_id.localeCompare(b.person_id) || a.reason.localeCompare(b.reason);
}
