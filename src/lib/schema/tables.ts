/**
 * The canonical data model: every import ends in these tables, every metric reads them.
 * One definition drives validation (server/ingest), the Parquet store, the browser load
 * and data/README.md. Pure data: safe to import from browser and server code.
 */

export type ColumnType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN' | 'DATE';

export interface ColumnSpec {
	name: string;
	type: ColumnType;
	required: boolean;
	/** Allowed values for coded columns; null when free. */
	allowed?: readonly string[];
	/** Several allowed codes in one cell, joined by `;` (CODE_LIST_SEPARATOR). */
	multiple?: boolean;
	/** Identifying column: names, emails, free text. Stripped for de-identified roles. */
	identifying?: boolean;
	description: string;
}

export interface TableSpec {
	name: TableName;
	description: string;
	primaryKey: readonly string[];
	columns: readonly ColumnSpec[];
	/** column -> table.column it must refer to (when not null) */
	references?: Readonly<Record<string, string>>;
}

export const PROFESSIONS = ['MD', 'DO', 'RN', 'NP', 'PharmD', 'MSW', 'PA', 'PT', 'OT', 'DDS', 'MPH'] as const;
export type Profession = (typeof PROFESSIONS)[number];

export const PROGRAM_KINDS = ['UME', 'GME', 'nursing', 'pharmacy', 'social_work', 'interprofessional'] as const;

export const TRAINING_LEVELS = [
	'MS1', 'MS2', 'MS3', 'MS4',
	'PGY1', 'PGY2', 'PGY3', 'PGY4', 'PGY5', 'PGY6', 'PGY7',
	'NR1',
	'P1', 'P2', 'P3', 'P4',
	'MSW1', 'MSW2',
	'faculty', 'other'
] as const;

export const PERSON_ROLES = ['trainee', 'mentor', 'both'] as const;

export const STATUSES = ['active', 'leave_of_absence', 'withdrawn', 'dismissed', 'transferred', 'graduated'] as const;

/**
 * Exit reason codes. Attrition is withdrawal or dismissal; graduation and transfer are
 * competing events (DOMAIN.md §3), never counted as attrition.
 */
export const EXIT_REASONS = ['graduated', 'academic', 'personal', 'health', 'financial', 'career_change', 'transferred', 'dismissed', 'other'] as const;
export const ATTRITION_STATUSES = ['withdrawn', 'dismissed'] as const;

export const GENDERS = ['woman', 'man', 'nonbinary', 'not_reported'] as const;

/** AAMC race/ethnicity categories; multi-select, one row per selected category. */
export const RACE_ETHNICITY = [
	'american_indian_alaska_native',
	'asian',
	'black_african_american',
	'hispanic_latino_spanish',
	'native_hawaiian_pacific_islander',
	'white',
	'other',
	'not_reported'
] as const;

/**
 * What a trainee asked for in a mentor, beyond specialty: the dimensions mentoring platforms
 * put on the mentee's matching form ("I would prefer a mentor who…", several may be ticked).
 * URiM mentor is its own request, not "same race": a Black trainee may ask for any URiM
 * mentor; same profession is asked on interprofessional programs. Multi-valued: the codes
 * ticked, in this order, joined by `;`; NULL when the trainee recorded none (or "no preference").
 */
export const CONCORDANCE_REQUESTS = ['same_gender', 'same_race_ethnicity', 'urim_mentor', 'same_profession'] as const;
export type ConcordanceRequest = (typeof CONCORDANCE_REQUESTS)[number];

/** Separator of a multi-valued coded cell (ColumnSpec.multiple). */
export const CODE_LIST_SEPARATOR = ';';

/** The codes of a multi-valued cell, as written (blank parts dropped). */
export function codeList(value: string): string[] {
	return value
		.split(CODE_LIST_SEPARATOR)
		.map((code) => code.trim())
		.filter((code) => code !== '');
}

/** Codes of a coded cell that are not allowed (none for a free column); a multi-valued cell is checked code by code. */
export function disallowedCodes(column: ColumnSpec, value: string): string[] {
	if (!column.allowed) return [];
	const codes = column.multiple ? codeList(value) : [value];
	if (column.multiple && codes.length === 0) return [value];
	return codes.filter((code) => !column.allowed!.includes(code));
}

export const PAIRING_KINDS = ['one_to_one', 'group', 'peer', 'near_peer'] as const;
export const PAIRING_END_REASONS = ['concluded', 'ended_early', 'mentor_left', 'mentee_left', 'rematched'] as const;
export const MODALITIES = ['in_person', 'virtual', 'phone'] as const;

export const TABLE_NAMES = [
	'dataset_info',
	'programs',
	'people',
	'demographics',
	'person_race',
	'pairings',
	'meetings',
	'survey_waves',
	'survey_responses',
	'survey_items',
	'ipe_activities',
	'ipe_attendance'
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

const col = (
	name: string,
	type: ColumnType,
	required: boolean,
	description: string,
	extra: Partial<ColumnSpec> = {}
): ColumnSpec => ({ name, type, required, description, ...extra });

export const TABLES: readonly TableSpec[] = [
	{
		name: 'dataset_info',
		description: 'One row: the date the exports describe. Metrics measure "now" from as_of, never from the clock, so numbers do not drift.',
		primaryKey: ['as_of'],
		columns: [
			col('as_of', 'DATE', true, 'Date the data was exported; "active" and "latest" are judged on this date.'),
			col('institution', 'VARCHAR', true, 'Institution name shown in reports.')
		]
	},
	{
		name: 'programs',
		description: 'One row per mentoring program.',
		primaryKey: ['program_id'],
		columns: [
			col('program_id', 'VARCHAR', true, 'Stable program code.'),
			col('name', 'VARCHAR', true, 'Program name.'),
			col('kind', 'VARCHAR', true, 'Kind of program.', { allowed: PROGRAM_KINDS }),
			col('start_date', 'DATE', false, 'Date the program began.')
		]
	},
	{
		name: 'people',
		description: 'One row per trainee or mentor.',
		primaryKey: ['person_id'],
		references: { program_id: 'programs.program_id' },
		columns: [
			col('person_id', 'VARCHAR', true, 'Pseudonymous id, stable across exports.'),
			col('display_name', 'VARCHAR', false, 'Name as the program knows it.', { identifying: true }),
			col('email', 'VARCHAR', false, 'Contact email.', { identifying: true }),
			col('role', 'VARCHAR', true, 'trainee, mentor or both (e.g. a senior resident mentoring students).', { allowed: PERSON_ROLES }),
			col('profession', 'VARCHAR', true, 'Profession (IPEC member professions and common partners).', { allowed: PROFESSIONS }),
			col('program_id', 'VARCHAR', true, 'Home program: trainees are enrolled in it; mentors serve it.'),
			col('training_level', 'VARCHAR', false, 'Current training level; "faculty" for mentors who are not trainees.', { allowed: TRAINING_LEVELS }),
			col('cohort_year', 'INTEGER', false, 'Year the trainee entered the program (required for trainees).'),
			col('start_date', 'DATE', true, 'Date the person joined the program.'),
			col('status', 'VARCHAR', true, 'Enrollment status on dataset_info.as_of.', { allowed: STATUSES }),
			col('exit_date', 'DATE', false, 'Date of leaving; required when status is withdrawn, dismissed, transferred or graduated.'),
			col('exit_reason_code', 'VARCHAR', false, 'Coded exit reason.', { allowed: EXIT_REASONS }),
			col('exit_reason_text', 'VARCHAR', false, 'Free-text exit reason as entered by staff.', { identifying: true }),
			col('specialty_interest', 'VARCHAR', false, 'Specialty or field of interest (trainees) or expertise (mentors).'),
			col('mentor_capacity', 'INTEGER', false, 'Most mentees a mentor will take at once.'),
			col(
				'concordance_request',
				'VARCHAR',
				false,
				'Trainees: what they asked for in a mentor, several codes joined by ";" in the listed order (e.g. same_gender;urim_mentor); null when none recorded. Read by the suggested-match score only.',
				{ allowed: CONCORDANCE_REQUESTS, multiple: true }
			)
		]
	},
	{
		name: 'demographics',
		description: 'One row per person, self-reported.',
		primaryKey: ['person_id'],
		references: { person_id: 'people.person_id' },
		columns: [
			col('person_id', 'VARCHAR', true, 'Person.'),
			col('gender', 'VARCHAR', false, 'Gender identity.', { allowed: GENDERS }),
			col('urim', 'BOOLEAN', false, 'Underrepresented in medicine: any selected race/ethnicity in the school\'s configured URiM set.'),
			col('first_gen', 'BOOLEAN', false, 'First-generation: no parent holds a four-year degree.'),
			col('low_income', 'BOOLEAN', false, 'Low income (e.g. Pell-eligible or fee waiver).')
		]
	},
	{
		name: 'person_race',
		description: 'Race/ethnicity, multi-select: one row per person and selected AAMC category.',
		primaryKey: ['person_id', 'race_ethnicity'],
		references: { person_id: 'people.person_id' },
		columns: [
			col('person_id', 'VARCHAR', true, 'Person.'),
			col('race_ethnicity', 'VARCHAR', true, 'AAMC category.', { allowed: RACE_ETHNICITY })
		]
	},
	{
		name: 'pairings',
		description: 'One row per mentor–mentee relationship (a request not yet matched has no mentor and no matched_at).',
		primaryKey: ['pairing_id'],
		references: { mentor_id: 'people.person_id', mentee_id: 'people.person_id', program_id: 'programs.program_id' },
		columns: [
			col('pairing_id', 'VARCHAR', true, 'Pairing.'),
			col('mentor_id', 'VARCHAR', false, 'Mentor (null while awaiting a match).'),
			col('mentee_id', 'VARCHAR', true, 'Mentee.'),
			col('program_id', 'VARCHAR', true, 'Program the pairing belongs to.'),
			col('kind', 'VARCHAR', true, 'Kind of relationship.', { allowed: PAIRING_KINDS }),
			col('requested_at', 'DATE', false, 'Date the mentee asked for a mentor.'),
			col('matched_at', 'DATE', false, 'Date the pair was matched.'),
			col('ended_at', 'DATE', false, 'Date the pairing ended; null while active.'),
			col('end_reason', 'VARCHAR', false, 'Why it ended.', { allowed: PAIRING_END_REASONS })
		]
	},
	{
		name: 'meetings',
		description: 'One row per logged meeting of a pairing.',
		primaryKey: ['meeting_id'],
		references: { pairing_id: 'pairings.pairing_id' },
		columns: [
			col('meeting_id', 'VARCHAR', true, 'Meeting.'),
			col('pairing_id', 'VARCHAR', true, 'Pairing that met.'),
			col('date', 'DATE', true, 'Meeting date.'),
			col('completed', 'BOOLEAN', true, 'False when scheduled but cancelled or missed.'),
			col('duration_min', 'INTEGER', false, 'Length in minutes.'),
			col('modality', 'VARCHAR', false, 'How they met.', { allowed: MODALITIES }),
			col('rating', 'INTEGER', false, 'Mentee rating 1–5.')
		]
	},
	{
		name: 'survey_waves',
		description: 'One row per survey administration. Eligible = trainees enrolled on opens_on.',
		primaryKey: ['wave_id'],
		columns: [
			col('wave_id', 'VARCHAR', true, 'Wave code, e.g. 2025-autumn.'),
			col('label', 'VARCHAR', true, 'Label shown on charts.'),
			col('opens_on', 'DATE', true, 'First day of the wave.'),
			col('closes_on', 'DATE', true, 'Last day of the wave.')
		]
	},
	{
		name: 'survey_responses',
		description: 'One row per person, instrument and wave, scored by the instrument\'s rule (src/lib/instruments).',
		primaryKey: ['response_id'],
		references: { person_id: 'people.person_id', wave_id: 'survey_waves.wave_id' },
		columns: [
			col('response_id', 'VARCHAR', true, 'Response (source response id + instrument).'),
			col('person_id', 'VARCHAR', true, 'Respondent.'),
			col('instrument', 'VARCHAR', true, 'Instrument id (see src/lib/instruments).'),
			col('wave_id', 'VARCHAR', true, 'Wave.'),
			col('responded_on', 'DATE', false, 'Date the response was recorded.'),
			col('source', 'VARCHAR', true, 'Export format the response came from: qualtrics, redcap or csv.'),
			col('score', 'DOUBLE', false, 'Instrument score; null when too few items were answered.'),
			col('flag', 'BOOLEAN', false, 'Instrument flag (e.g. burnout, distress); null when score is null.')
		]
	},
	{
		name: 'survey_items',
		description: 'Item-level answers, one row per response and item; "seen but unanswered" (-99) and blanks are absent.',
		primaryKey: ['response_id', 'item'],
		references: { response_id: 'survey_responses.response_id' },
		columns: [
			col('response_id', 'VARCHAR', true, 'Response.'),
			col('item', 'VARCHAR', true, 'Item id within the instrument.'),
			col('value', 'DOUBLE', true, 'Coded answer.')
		]
	},
	{
		name: 'ipe_activities',
		description: 'One row per interprofessional education event.',
		primaryKey: ['activity_id'],
		references: { program_id: 'programs.program_id' },
		columns: [
			col('activity_id', 'VARCHAR', true, 'Activity.'),
			col('date', 'DATE', true, 'Date held.'),
			col('kind', 'VARCHAR', true, 'e.g. simulation, case conference, workshop, community project.'),
			col('title', 'VARCHAR', false, 'Title.'),
			col('program_id', 'VARCHAR', false, 'Organising program, if any.')
		]
	},
	{
		name: 'ipe_attendance',
		description: 'One row per activity and attendee. Professions present are derived from attendees.',
		primaryKey: ['activity_id', 'person_id'],
		references: { activity_id: 'ipe_activities.activity_id', person_id: 'people.person_id' },
		columns: [
			col('activity_id', 'VARCHAR', true, 'Activity.'),
			col('person_id', 'VARCHAR', true, 'Attendee.')
		]
	}
];

export function tableSpec(name: string): TableSpec {
	const spec = TABLES.find((t) => t.name === name);
	if (!spec) throw new Error(`unknown table: ${name}`);
	return spec;
}

/** DuckDB CREATE TABLE statement for a canonical table (identifiers come from this fixed list). */
export function createTableSql(spec: TableSpec): string {
	const cols = spec.columns.map((c) => `"${c.name}" ${c.type}`).join(', ');
	return `CREATE TABLE "${spec.name}" (${cols})`;
}
