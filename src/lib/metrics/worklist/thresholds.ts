/**
 * The worklist's thresholds: one set of defaults, and a complete set per program that a
 * coordinator (their own programs) or an admin (any) has saved on the server
 * (server/worklist/threshold-store.ts). The rules receive them as a small table of query
 * parameters (threshold-sql.ts), never as SQL text.
 *
 * Defaults, and why:
 *  - unmatched after 30 days, high from 90: programs usually match within the first month,
 *    so a trainee still waiting after it has been missed; after a quarter it is urgent.
 *  - disengaged after 60 days without a completed meeting (issue 4), or 3 cancelled or
 *    missed meetings in a row (three is a pattern, one or two is a diary clash).
 *  - declining meeting frequency: completed meetings in the last 90 days fewer than 50% of
 *    the 90 days before, when the 90 days before had at least 4 (declining-frequency.ts).
 *    A quarter is the shortest window that holds several meetings of a monthly pair; the
 *    base of 4 keeps one missed month of a pair that met twice from reading as a decline.
 *  - mentor inactive after 90 days with no completed meeting with any active mentee: longer
 *    than the per-pairing 60, because the per-pairing rule already lists each quiet mentee;
 *    this one points at the mentor who has gone quiet with everyone.
 *  - well-being (decided on the demo, where every flag counting listed 400 items, half of the
 *    725 latest-wave respondents): by default the flags of the Mayo WBI (≥ 5, high distress)
 *    and PHQ-2 (≥ 3, positive depression screen) count, the two cut-offs built to pick out a
 *    person for follow-up, and a meaningful worsening on any instrument that defines one
 *    (WBI +2, WHO-5 −10 on 0–100). The Mini-Z burnout item (≥ 3), WHO-5 (< 13) and UCLA-3
 *    (≥ 6) flags are prevalence measures for the program views: on the demo each alone
 *    lists 170–220 people (Mini-Z 217, as many as PHQ-2 and WBI together), burying the
 *    screens that need a call. With this default the reason lists 197 (110 high). A
 *    program that wants any of them ticks it on the thresholds page.
 */
import { INSTRUMENTS } from '../../instruments/instruments';
import { instrumentWatchRules } from '../../instruments/meaningful-change';

/** The numeric thresholds, each a whole number. */
export interface NumericThresholds {
	/** Days an active trainee may wait for a mentor before being listed. */
	unmatchedDays: number;
	/** Waiting this long makes an unmatched trainee high severity. */
	unmatchedHighDays: number;
	/** Days without a completed meeting before an active pairing is listed (issue 4: default 60). */
	noMeetingDays: number;
	/** Cancelled or missed meetings in a row that list a pairing whatever its last meeting date. */
	cancelledInARow: number;
	/** Length of each of the two windows compared by the declining-frequency rule. */
	decliningWindowDays: number;
	/** Completed meetings the earlier window needs before a drop counts. */
	decliningMinBase: number;
	/** The later window is listed when below this percentage of the earlier one. */
	decliningPercent: number;
	/** Days a mentor with active mentees may go without a completed meeting with any of them. */
	mentorInactiveDays: number;
}

export interface WorklistThresholds extends NumericThresholds {
	/** Instrument ids whose flag lists a trainee. */
	wellbeingFlags: readonly string[];
	/** Instrument ids whose meaningful worsening lists a trainee. */
	wellbeingWorsening: readonly string[];
}

export interface NumericField {
	key: keyof NumericThresholds;
	label: string;
	unit: string;
	min: number;
	max: number;
	help: string;
}

/** The numeric fields in the order the thresholds page shows them, with their allowed ranges. */
export const NUMERIC_FIELDS: readonly NumericField[] = [
	{ key: 'unmatchedDays', label: 'Unmatched: list after', unit: 'days', min: 0, max: 3650, help: 'Days since joining or since the last pairing ended.' },
	{ key: 'unmatchedHighDays', label: 'Unmatched: high severity from', unit: 'days', min: 0, max: 3650, help: 'At least the listing threshold.' },
	{ key: 'noMeetingDays', label: 'Disengaged: no completed meeting for', unit: 'days', min: 1, max: 3650, help: 'Counted from the last completed meeting, or from the match.' },
	{ key: 'cancelledInARow', label: 'Disengaged: cancelled or missed in a row', unit: 'meetings', min: 1, max: 100, help: 'With no completed meeting after them.' },
	{ key: 'decliningWindowDays', label: 'Declining meetings: window', unit: 'days', min: 7, max: 730, help: 'The last window is compared with the one before it.' },
	{ key: 'decliningMinBase', label: 'Declining meetings: at least', unit: 'meetings before', min: 1, max: 1000, help: 'Completed meetings the earlier window needs.' },
	{ key: 'decliningPercent', label: 'Declining meetings: below', unit: '% of before', min: 1, max: 100, help: '50 means fewer than half.' },
	{ key: 'mentorInactiveDays', label: 'Mentor inactive: no meeting with any mentee for', unit: 'days', min: 1, max: 3650, help: 'Mentors with at least one active mentee.' }
];

/** Instruments the well-being reason can watch: flag and worsening choices offered per program. */
export function watchableInstruments(): { id: string; name: string; hasFlag: boolean; hasWorsening: boolean }[] {
	return instrumentWatchRules().map((r) => ({
		id: r.instrument,
		name: INSTRUMENTS.find((i) => i.id === r.instrument)?.name ?? r.name,
		hasFlag: r.flagLabel !== null,
		hasWorsening: r.worsening !== null
	}));
}

/** Flags that count by default (see above); the others are offered per program. */
const FLAGS_BY_DEFAULT = new Set(['mayo_wbi', 'phq2']);

export const DEFAULT_THRESHOLDS: Readonly<WorklistThresholds> = Object.freeze({
	unmatchedDays: 30,
	unmatchedHighDays: 90,
	noMeetingDays: 60,
	cancelledInARow: 3,
	decliningWindowDays: 90,
	decliningMinBase: 4,
	decliningPercent: 50,
	mentorInactiveDays: 90,
	wellbeingFlags: Object.freeze(watchableInstruments().filter((i) => i.hasFlag && FLAGS_BY_DEFAULT.has(i.id)).map((i) => i.id)),
	wellbeingWorsening: Object.freeze(watchableInstruments().filter((i) => i.hasWorsening).map((i) => i.id))
});

/** Problems with a candidate set of thresholds, keyed by field (empty when it is valid). */
export function thresholdProblems(t: WorklistThresholds): Partial<Record<keyof WorklistThresholds, string>> {
	const problems: Partial<Record<keyof WorklistThresholds, string>> = {};
	for (const f of NUMERIC_FIELDS) {
		const value = t[f.key];
		if (!Number.isInteger(value) || value < f.min || value > f.max) problems[f.key] = `${f.label} must be a whole number from ${f.min} to ${f.max}, got ${value}`;
	}
	if (!problems.unmatchedHighDays && !problems.unmatchedDays && t.unmatchedHighDays < t.unmatchedDays) {
		problems.unmatchedHighDays = `high severity (${t.unmatchedHighDays} days) cannot come before listing (${t.unmatchedDays} days)`;
	}
	const watchable = watchableInstruments();
	const badFlag = t.wellbeingFlags.filter((id) => !watchable.some((i) => i.id === id && i.hasFlag));
	if (badFlag.length) problems.wellbeingFlags = `no flag rule for: ${badFlag.join(', ')}`;
	const badWorse = t.wellbeingWorsening.filter((id) => !watchable.some((i) => i.id === id && i.hasWorsening));
	if (badWorse.length) problems.wellbeingWorsening = `no meaningful change defined for: ${badWorse.join(', ')}`;
	return problems;
}

/** Defaults with some values replaced; throws naming the first bad value. */
export function thresholdsWith(partial: Partial<WorklistThresholds> = {}): WorklistThresholds {
	const merged = { ...DEFAULT_THRESHOLDS, ...partial };
	const first = Object.values(thresholdProblems(merged))[0];
	if (first) throw new Error(`worklist threshold: ${first}`);
	return merged;
}

/** Thresholds for every program: the defaults, and the programs that saved their own. */
export interface ThresholdTable {
	defaults: WorklistThresholds;
	programs: Readonly<Record<string, WorklistThresholds>>;
}

export function thresholdTable(defaults: WorklistThresholds = DEFAULT_THRESHOLDS, programs: Record<string, WorklistThresholds> = {}): ThresholdTable {
	return { defaults, programs };
}

export const DEFAULT_THRESHOLD_TABLE: ThresholdTable = Object.freeze(thresholdTable());
