/**
 * Row types of the canonical tables (src/lib/schema/tables.ts), keyed by column name as the
 * database spells them. Dates are ISO strings (yyyy-mm-dd); NULL is null.
 */
import type { PERSON_ROLES, PROFESSIONS, PROGRAM_KINDS, STATUSES, TRAINING_LEVELS } from '../../src/lib/schema/tables';

type Of<T extends readonly string[]> = T[number];

export interface DatasetInfoRow {
	as_of: string;
	institution: string;
}

export interface ProgramRow {
	program_id: string;
	name: string;
	kind: Of<typeof PROGRAM_KINDS>;
	start_date: string | null;
}

export interface PersonRow {
	person_id: string;
	display_name: string | null;
	email: string | null;
	role: Of<typeof PERSON_ROLES>;
	profession: Of<typeof PROFESSIONS>;
	program_id: string;
	training_level: Of<typeof TRAINING_LEVELS> | null;
	cohort_year: number | null;
	start_date: string;
	status: Of<typeof STATUSES>;
	exit_date: string | null;
	exit_reason_code: string | null;
	exit_reason_text: string | null;
	specialty_interest: string | null;
	mentor_capacity: number | null;
	/** Codes joined by ";" (schema/tables.ts CONCORDANCE_REQUESTS); absent or null: none recorded. */
	concordance_request?: string | null;
}

export interface DemographicsRow {
	person_id: string;
	gender: string | null;
	urim: boolean | null;
	first_gen: boolean | null;
	low_income: boolean | null;
}

export interface PersonRaceRow {
	person_id: string;
	race_ethnicity: string;
}

export interface PairingRow {
	pairing_id: string;
	mentor_id: string | null;
	mentee_id: string;
	program_id: string;
	kind: string;
	requested_at: string | null;
	matched_at: string | null;
	ended_at: string | null;
	end_reason: string | null;
}

export interface MeetingRow {
	meeting_id: string;
	pairing_id: string;
	date: string;
	completed: boolean;
	duration_min: number | null;
	modality: string | null;
	rating: number | null;
}

export interface WaveRow {
	wave_id: string;
	label: string;
	opens_on: string;
	closes_on: string;
}

export interface ResponseRow {
	response_id: string;
	person_id: string;
	instrument: string;
	wave_id: string;
	responded_on: string | null;
	source: string;
	score: number | null;
	flag: boolean | null;
}

export interface SurveyItemRow {
	response_id: string;
	item: string;
	value: number;
}

export interface ActivityRow {
	activity_id: string;
	date: string;
	kind: string;
	title: string | null;
	program_id: string | null;
}

export interface AttendanceRow {
	activity_id: string;
	person_id: string;
}
