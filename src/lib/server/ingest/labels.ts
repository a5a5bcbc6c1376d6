/**
 * Labels the mentoring platform prints -> canonical codes (/work/notes/exports.md).
 * Canonical codes are accepted too, so a re-export of our own data imports unchanged.
 * An unknown label is passed through untouched: validation then reports it against the
 * column's allowed values, quoting what the file said.
 */

type LabelMap = ReadonlyMap<string, string>;

function labelMap(pairs: Record<string, string>): LabelMap {
	const map = new Map<string, string>();
	for (const [label, code] of Object.entries(pairs)) {
		map.set(label.toLowerCase(), code);
		map.set(code.toLowerCase(), code);
	}
	return map;
}

export const PROGRAM_TYPE = labelMap({
	UME: 'UME',
	GME: 'GME',
	Nursing: 'nursing',
	Pharmacy: 'pharmacy',
	'Social Work': 'social_work',
	Interprofessional: 'interprofessional'
});

export const ROLE = labelMap({ Trainee: 'trainee', Mentor: 'mentor', Both: 'both' });

export const STATUS = labelMap({
	Active: 'active',
	'Leave of Absence': 'leave_of_absence',
	Withdrawn: 'withdrawn',
	Dismissed: 'dismissed',
	Transferred: 'transferred',
	Graduated: 'graduated'
});

export const GENDER = labelMap({
	Woman: 'woman',
	Man: 'man',
	Nonbinary: 'nonbinary',
	'Prefer not to say': 'not_reported'
});

/** AAMC race/ethnicity labels (multi-select, joined by "; " because one label has commas). */
export const RACE = labelMap({
	'American Indian or Alaska Native': 'american_indian_alaska_native',
	Asian: 'asian',
	'Black or African American': 'black_african_american',
	'Hispanic, Latino, or of Spanish Origin': 'hispanic_latino_spanish',
	'Native Hawaiian or Other Pacific Islander': 'native_hawaiian_pacific_islander',
	White: 'white',
	Other: 'other',
	'Prefer not to say': 'not_reported'
});

/**
 * The mentee matching form's "I would prefer a mentor who…" options, ticked in any number.
 * "No preference" is an answer that asks for nothing: it maps to no code (see concordanceRequest).
 */
export const CONCORDANCE = labelMap({
	'Same gender': 'same_gender',
	'Same race/ethnicity': 'same_race_ethnicity',
	'URiM mentor': 'urim_mentor',
	'Same profession': 'same_profession'
});

export const NO_PREFERENCE = 'no preference';

export const PAIRING_TYPE = labelMap({ '1:1': 'one_to_one', Group: 'group', Peer: 'peer', 'Near-peer': 'near_peer' });

export const END_REASON = labelMap({
	Concluded: 'concluded',
	'Ended early': 'ended_early',
	'Mentor left': 'mentor_left',
	'Mentee left': 'mentee_left',
	Rematched: 'rematched'
});

export const MEETING_FORMAT = labelMap({ 'In person': 'in_person', Virtual: 'virtual', Phone: 'phone' });

/** Meeting Status: only a completed meeting counts as held. */
export const MEETING_COMPLETED = labelMap({ Completed: 'true', Cancelled: 'false', 'No-show': 'false' });

export const YES_NO = labelMap({ Yes: 'true', No: 'false' });

/** Code for a label; null for a blank cell; the label itself when unknown (see above). */
export function codeFor(map: LabelMap, label: string | null): string | null {
	if (label === null) return null;
	return map.get(label.trim().toLowerCase()) ?? label;
}

/** Date part of `YYYY-MM-DD`, `YYYY-MM-DD hh:mm[:ss]` or ISO `...T...`; other text unchanged for validation to reject. */
export function datePart(value: string | null): string | null {
	if (value === null) return null;
	const match = /^(\d{4}-\d{2}-\d{2})(?:[ T].*)?$/.exec(value.trim());
	return match ? match[1]! : value;
}
