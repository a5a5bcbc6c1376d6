/**
 * Builders for programs, trainees, mentors and demographics. Defaults describe an ordinary
 * active MD student in program P1; a test states only what its answer depends on.
 */
import type { DemographicsRow, PersonRow, ProgramRow } from './rows';
import { nextId } from './ids';

export function makeProgram(options: Partial<{ id: string; name: string; kind: ProgramRow['kind']; startDate: string | null }> = {}): ProgramRow {
	const id = options.id ?? nextId('P');
	return { program_id: id, name: options.name ?? `Program ${id}`, kind: options.kind ?? 'UME', start_date: options.startDate ?? null };
}

export interface TraineeOptions {
	id: string;
	programId: string;
	profession: PersonRow['profession'];
	role: 'trainee' | 'both';
	trainingLevel: PersonRow['training_level'];
	/** Defaults to the year of startDate. */
	cohortYear: number;
	startDate: string;
	status: PersonRow['status'];
	exitDate: string | null;
	exitReason: string | null;
}

const EXIT_STATUSES: readonly PersonRow['status'][] = ['withdrawn', 'dismissed', 'transferred', 'graduated'];

/** Exit reason code a program would most often record for each leaving status. */
const DEFAULT_EXIT_REASON: Partial<Record<PersonRow['status'], string>> = {
	withdrawn: 'personal',
	dismissed: 'dismissed',
	transferred: 'transferred',
	graduated: 'graduated'
};

export function makeTrainee(options: Partial<TraineeOptions> = {}): PersonRow {
	const id = options.id ?? nextId('T');
	const startDate = options.startDate ?? '2023-07-01';
	const status = options.status ?? 'active';
	const exitDate = options.exitDate ?? null;
	// The schema requires an exit date for every leaving status; a fixture without one is a typo.
	if (EXIT_STATUSES.includes(status) && !exitDate) throw new Error(`makeTrainee ${id}: status ${status} needs exitDate`);
	return {
		person_id: id,
		display_name: null,
		email: null,
		role: options.role ?? 'trainee',
		profession: options.profession ?? 'MD',
		program_id: options.programId ?? 'P1',
		training_level: options.trainingLevel ?? 'MS1',
		cohort_year: options.cohortYear ?? Number(startDate.slice(0, 4)),
		start_date: startDate,
		status,
		exit_date: exitDate,
		exit_reason_code: options.exitReason ?? (exitDate ? (DEFAULT_EXIT_REASON[status] ?? null) : null),
		exit_reason_text: null,
		specialty_interest: null,
		mentor_capacity: null
	};
}

export interface MentorOptions {
	id: string;
	programId: string;
	profession: PersonRow['profession'];
	role: 'mentor' | 'both';
	startDate: string;
	status: PersonRow['status'];
	exitDate: string | null;
	capacity: number;
}

export function makeMentor(options: Partial<MentorOptions> = {}): PersonRow {
	const id = options.id ?? nextId('M');
	return {
		person_id: id,
		display_name: null,
		email: null,
		role: options.role ?? 'mentor',
		profession: options.profession ?? 'MD',
		program_id: options.programId ?? 'P1',
		training_level: options.role === 'both' ? 'PGY3' : 'faculty',
		cohort_year: null,
		start_date: options.startDate ?? '2015-07-01',
		status: options.status ?? 'active',
		exit_date: options.exitDate ?? null,
		exit_reason_code: null,
		exit_reason_text: null,
		specialty_interest: null,
		mentor_capacity: options.capacity ?? 3
	};
}

export function makeDemographics(
	personId: string,
	options: Partial<{ gender: string | null; urim: boolean | null; firstGen: boolean | null; lowIncome: boolean | null }> = {}
): DemographicsRow {
	return {
		person_id: personId,
		gender: options.gender ?? null,
		urim: options.urim ?? null,
		first_gen: options.firstGen ?? null,
		low_income: options.lowIncome ?? null
	};
}
