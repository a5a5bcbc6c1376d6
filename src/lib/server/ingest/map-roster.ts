/**
 * The platform's "People" export -> people, demographics and person_race.
 * URiM is not exported; it is derived here from race/ethnicity with the school's URiM set
 * (config.ts), because each school defines URiM relative to its own population (DOMAIN.md §1).
 */
import { mapRecord, sourceColumnsOf, type ColumnMapping } from './column-mapping';
import type { RaceEthnicity } from './config';
import { CODE_LIST_SEPARATOR, CONCORDANCE_REQUESTS, codeList } from '$lib/schema/tables';
import { CONCORDANCE, GENDER, NO_PREFERENCE, RACE, ROLE, STATUS, YES_NO, codeFor, datePart } from './labels';
import type { Columns } from './shapes';
import type { StagedRow } from './staged';

export const CONCORDANCE_SOURCE = 'Concordance Preference';

export const PEOPLE: ColumnMapping = {
	person_id: { from: 'Person ID' },
	display_name: { from: 'Full Name' },
	email: { from: 'Email' },
	role: { from: 'Role', convert: (v) => codeFor(ROLE, v) },
	profession: { from: 'Profession' },
	program_id: { from: 'Program ID' },
	training_level: { from: 'Training Level' },
	cohort_year: { from: 'Cohort Year' },
	start_date: { from: 'Start Date', convert: datePart },
	status: { from: 'Status', convert: (v) => codeFor(STATUS, v) },
	exit_date: { from: 'Exit Date', convert: datePart },
	exit_reason_code: { from: 'Exit Reason Code' },
	exit_reason_text: { from: 'Exit Reason' },
	specialty_interest: { from: 'Specialty Interest' },
	mentor_capacity: { from: 'Mentor Capacity' },
	// Optional: exports from before the matching form asked it have no such column, and
	// Columns.get gives null for an absent column, so they import with no preference recorded.
	concordance_request: { from: CONCORDANCE_SOURCE, convert: concordanceRequest }
};

/**
 * `URiM mentor; Same gender` -> 'same_gender;urim_mentor': labels (or codes) to codes in the
 * canonical order, each once. Blank or "No preference" alone -> null (nothing requested).
 * Unknown labels are kept, after the known codes, for validation to name.
 */
export function concordanceRequest(cell: string | null): string | null {
	if (cell === null) return null;
	const codes = codeList(cell)
		.filter((label) => label.toLowerCase() !== NO_PREFERENCE)
		.map((label) => codeFor(CONCORDANCE, label)!);
	const known = CONCORDANCE_REQUESTS.filter((code) => codes.includes(code));
	const unknown = [...new Set(codes.filter((code) => !(CONCORDANCE_REQUESTS as readonly string[]).includes(code)))];
	const all = [...known, ...unknown];
	return all.length ? all.join(CODE_LIST_SEPARATOR) : null;
}

export const DEMOGRAPHICS: ColumnMapping = {
	person_id: { from: 'Person ID' },
	gender: { from: 'Gender', convert: (v) => codeFor(GENDER, v) },
	first_gen: { from: 'First Generation', convert: (v) => codeFor(YES_NO, v) },
	low_income: { from: 'Low Income', convert: (v) => codeFor(YES_NO, v) }
};

export const RACE_SOURCE = 'Race/Ethnicity';

/**
 * `Asian; White` -> ['asian', 'white']. The separator is "; " because the Hispanic label
 * itself contains commas. Blank means not reported. Unknown labels pass through for
 * validation to report.
 */
export function raceCategories(cell: string | null): string[] {
	if (cell === null) return ['not_reported'];
	const codes = cell
		.split(';')
		.map((label) => label.trim())
		.filter((label) => label !== '')
		.map((label) => codeFor(RACE, label)!);
	return codes.length ? [...new Set(codes)] : ['not_reported'];
}

/**
 * URiM = any selected category in the URiM set; unknown (null) when the person reported
 * nothing, so non-response is not counted as "not URiM".
 */
export function urimFrom(categories: readonly string[], urimSet: readonly RaceEthnicity[]): string | null {
	if (categories.some((c) => (urimSet as readonly string[]).includes(c))) return 'true';
	if (categories.every((c) => c === 'not_reported')) return null;
	return 'false';
}

export interface RosterTables {
	people: StagedRow[];
	demographics: StagedRow[];
	person_race: StagedRow[];
}

export function mapRoster(columns: Columns, urimSet: readonly RaceEthnicity[]): RosterTables {
	const out: RosterTables = { people: [], demographics: [], person_race: [] };
	const file = columns.file.name;
	const peopleSources = sourceColumnsOf(PEOPLE, columns);
	const race = columns.sourceName(RACE_SOURCE);
	const demographicSources = { ...sourceColumnsOf(DEMOGRAPHICS, columns), urim: race };
	const raceSources = { person_id: columns.sourceName('Person ID'), race_ethnicity: race };

	for (const record of columns.file.records) {
		const row = record.row;
		out.people.push({ file, row, values: mapRecord(columns, record, PEOPLE), sourceColumns: peopleSources });
		const personId = columns.get(record, 'Person ID');
		const categories = raceCategories(columns.get(record, RACE_SOURCE));
		const demographics = mapRecord(columns, record, DEMOGRAPHICS);
		demographics.urim = urimFrom(categories, urimSet);
		out.demographics.push({ file, row, values: demographics, sourceColumns: demographicSources });
		for (const category of categories) {
			out.person_race.push({ file, row, values: { person_id: personId, race_ethnicity: category }, sourceColumns: raceSources });
		}
	}
	return out;
}
