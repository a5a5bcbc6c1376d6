/**
 * The six demo programs (notes/exports.md) and the facts that drive each one's trainees:
 * length, calendar, professions, gender mix, matching and attrition targets (DOMAIN.md §3).
 */
import type { Profession } from '../../src/lib/schema/tables';
import { dayFromParts, type Day } from './calendar';
import type { Rng } from './prng';

export type ProgramId = 'UME-MD' | 'GME-IM' | 'GME-SURG' | 'NRP' | 'PHARMD' | 'MSW';

export interface ProgramSpec {
	id: ProgramId;
	name: string;
	typeLabel: string;
	startDate: string;
	/** Share of all trainees. */
	share: number;
	years: number;
	/** Training level by year of training (the last repeats for extended trainees). */
	levels: readonly string[];
	professions: readonly (readonly [Profession, number])[];
	womenShare: number;
	/** Share of trainees who ever ask for and get a mentor (UME lower than GME). */
	seekMentor: number;
	/** Median days from request to match. */
	matchDelayDays: number;
	/** Cumulative attrition over the whole program for the population (DOMAIN.md §3). */
	attritionTarget: number;
	/** How attrition spreads over training years (sums to 1). */
	attritionByYear: readonly number[];
	/** Cumulative transfers out over the program (a competing event, not attrition). */
	transferTarget: number;
	/** Share whose graduation slips (remediation, leave): they graduate a year (GME: half a year) late. */
	extendedShare: number;
	/** Mean days between scheduled mentoring meetings. */
	meetingEveryDays: number;
	/** Burnout shift in latent units (surgery and PGY1 run hotter). */
	strain: number;
	specialties: readonly string[];
}

export const PROGRAMS: readonly ProgramSpec[] = [
	{
		id: 'UME-MD', name: 'MD Program Mentoring', typeLabel: 'UME', startDate: '2012-08-01',
		share: 0.28, years: 4, levels: ['MS1', 'MS2', 'MS3', 'MS4'], professions: [['MD', 1]], womenShare: 0.55,
		seekMentor: 0.7, matchDelayDays: 45,
		// AAMC: ~2.8% overall, 5–11% for some URiM groups, higher for low income.
		attritionTarget: 0.03, attritionByYear: [0.4, 0.3, 0.2, 0.1], transferTarget: 0.008, extendedShare: 0.05,
		meetingEveryDays: 42, strain: 0,
		specialties: ['Internal Medicine', 'Pediatrics', 'Family Medicine', 'Emergency Medicine', 'General Surgery', 'Psychiatry', 'Obstetrics and Gynecology', 'Anesthesiology', 'Neurology', 'Radiology', 'Dermatology', 'Orthopaedic Surgery', 'Undecided']
	},
	{
		id: 'GME-IM', name: 'Internal Medicine Residency Mentoring', typeLabel: 'GME', startDate: '2015-07-01',
		share: 0.15, years: 3, levels: ['PGY1', 'PGY2', 'PGY3'], professions: [['MD', 0.75], ['DO', 0.25]], womenShare: 0.47,
		seekMentor: 0.88, matchDelayDays: 40,
		attritionTarget: 0.06, attritionByYear: [0.5, 0.3, 0.2], transferTarget: 0.015, extendedShare: 0.02,
		meetingEveryDays: 35, strain: 0.1,
		specialties: ['Cardiology', 'Gastroenterology', 'Hospital Medicine', 'Pulmonary and Critical Care', 'Hematology/Oncology', 'Infectious Disease', 'Nephrology', 'General Internal Medicine', 'Endocrinology', 'Rheumatology', 'Geriatrics']
	},
	{
		id: 'GME-SURG', name: 'General Surgery Residency Mentoring', typeLabel: 'GME', startDate: '2016-07-01',
		share: 0.1, years: 5, levels: ['PGY1', 'PGY2', 'PGY3', 'PGY4', 'PGY5'], professions: [['MD', 0.82], ['DO', 0.18]], womenShare: 0.38,
		seekMentor: 0.88, matchDelayDays: 40,
		// ~18% (women 25%, men 15%), about half of it after PGY1.
		attritionTarget: 0.18, attritionByYear: [0.46, 0.24, 0.15, 0.1, 0.05], transferTarget: 0.015, extendedShare: 0.03,
		meetingEveryDays: 35, strain: 0.25,
		specialties: ['Trauma and Acute Care Surgery', 'Surgical Oncology', 'Vascular Surgery', 'Colorectal Surgery', 'Pediatric Surgery', 'Cardiothoracic Surgery', 'Minimally Invasive Surgery', 'Breast Surgery']
	},
	{
		id: 'NRP', name: 'Nurse Residency Program', typeLabel: 'Nursing', startDate: '2018-02-01',
		share: 0.2, years: 1, levels: ['NR1'], professions: [['RN', 0.86], ['NP', 0.14]], womenShare: 0.88,
		seekMentor: 0.86, matchDelayDays: 30,
		// Nurse residency: ~15% of new graduates leave in the first year.
		attritionTarget: 0.15, attritionByYear: [1], transferTarget: 0.02, extendedShare: 0,
		meetingEveryDays: 24, strain: 0.15,
		specialties: ['Medical-Surgical', 'Critical Care', 'Emergency', 'Pediatrics', 'Oncology', 'Labor and Delivery', 'Perioperative', 'Behavioral Health']
	},
	{
		id: 'PHARMD', name: 'PharmD Mentoring Program', typeLabel: 'Pharmacy', startDate: '2017-08-15',
		share: 0.15, years: 4, levels: ['P1', 'P2', 'P3', 'P4'], professions: [['PharmD', 1]], womenShare: 0.64,
		seekMentor: 0.8, matchDelayDays: 45,
		attritionTarget: 0.06, attritionByYear: [0.45, 0.3, 0.15, 0.1], transferTarget: 0.015, extendedShare: 0.02,
		meetingEveryDays: 42, strain: -0.1,
		specialties: ['Ambulatory Care', 'Critical Care Pharmacy', 'Oncology Pharmacy', 'Community Pharmacy', 'Infectious Diseases Pharmacy', 'Pediatric Pharmacy', 'Pharmaceutical Industry', 'Pharmacy Informatics']
	},
	{
		id: 'MSW', name: 'MSW Field Mentoring', typeLabel: 'Social Work', startDate: '2019-08-20',
		share: 0.12, years: 2, levels: ['MSW1', 'MSW2'], professions: [['MSW', 1]], womenShare: 0.86,
		seekMentor: 0.85, matchDelayDays: 35,
		attritionTarget: 0.08, attritionByYear: [0.6, 0.4], transferTarget: 0.02, extendedShare: 0.02,
		meetingEveryDays: 28, strain: 0,
		specialties: ['Clinical Social Work', 'Medical Social Work', 'School Social Work', 'Substance Use', 'Child and Family Welfare', 'Gerontology', 'Community Organizing']
	}
];

export function programSpec(id: string): ProgramSpec {
	const spec = PROGRAMS.find((p) => p.id === id);
	if (!spec) throw new Error(`unknown program: ${id}`);
	return spec;
}

/** First day of training for a trainee of this program and cohort year. */
export function cohortStart(spec: ProgramSpec, year: number, rng: Rng): Day {
	switch (spec.id) {
		case 'UME-MD': return dayFromParts(year, 8, 2);
		case 'GME-IM':
		case 'GME-SURG': return dayFromParts(year, 7, 1);
		// Nurse residency takes three intakes a year.
		case 'NRP': return rng.weighted([[dayFromParts(year, 2, 9), 0.3], [dayFromParts(year, 7, 13), 0.45], [dayFromParts(year, 9, 28), 0.25]]);
		case 'PHARMD': return dayFromParts(year, 8, 17);
		case 'MSW': return dayFromParts(year, 8, 24);
	}
}

/** Planned last day of training (graduation), before any extension. */
export function plannedEnd(spec: ProgramSpec, start: Day, year: number): Day {
	switch (spec.id) {
		case 'UME-MD': return dayFromParts(year + 4, 5, 15);
		case 'GME-IM':
		case 'GME-SURG': return dayFromParts(year + spec.years, 6, 30);
		case 'NRP': return start + 364;
		case 'PHARMD': return dayFromParts(year + 4, 5, 10);
		case 'MSW': return dayFromParts(year + 2, 5, 8);
	}
}

/** Extra days an extended trainee needs: a year, or half a year in residency. */
export function extensionDays(spec: ProgramSpec): number {
	return spec.typeLabel === 'GME' ? 184 : 365;
}

/** Training level on a given day. */
export function levelOn(spec: ProgramSpec, start: Day, day: Day): string {
	const year = Math.floor((day - start) / 365.25);
	return spec.levels[Math.max(0, Math.min(spec.levels.length - 1, year))];
}
