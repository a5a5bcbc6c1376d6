/**
 * Self-reported demographics. URiM is not written to the export: the importer derives it
 * from race with the school's URiM set (notes/exports.md), so here it only steers which
 * categories are drawn. Targets (DOMAIN.md §3, task brief): URiM ~18–22% of trainees,
 * rising over cohort years; ~10–12% of mentors; first-generation ~15–20%; low income ~12%.
 */
import type { Rng } from './prng';

export type Race =
	| 'american_indian_alaska_native' | 'asian' | 'black_african_american' | 'hispanic_latino_spanish'
	| 'native_hawaiian_pacific_islander' | 'white' | 'other' | 'not_reported';

export interface Demographics {
	gender: 'woman' | 'man' | 'nonbinary' | 'not_reported';
	races: Race[];
	/** Drawn as URiM (default URiM set); kept for the generator's own effects. */
	urim: boolean;
	firstGen: boolean | null;
	lowIncome: boolean | null;
}

const URIM_RACES: readonly (readonly [Race, number])[] = [
	['hispanic_latino_spanish', 0.45],
	['black_african_american', 0.4],
	['american_indian_alaska_native', 0.08],
	['native_hawaiian_pacific_islander', 0.07]
];

const OTHER_RACES: readonly (readonly [Race, number])[] = [
	['white', 0.57],
	['asian', 0.33],
	['other', 0.04],
	['not_reported', 0.03]
];

/** URiM share of a cohort: 16% in 2021 rising to 24% in 2026 (mean ~20%). */
export function urimShareForCohort(year: number): number {
	return 0.16 + 0.016 * (year - 2021);
}

export const MENTOR_URIM_SHARE = 0.11;

export function drawGender(rng: Rng, womenShare: number): Demographics['gender'] {
	const r = rng.next();
	if (r < 0.015) return 'nonbinary';
	if (r < 0.025) return 'not_reported';
	return rng.chance(womenShare) ? 'woman' : 'man';
}

export function drawDemographics(rng: Rng, womenShare: number, urimShare: number): Demographics {
	const gender = drawGender(rng, womenShare);
	const urim = rng.chance(urimShare);
	let races: Race[];
	if (urim) {
		const first = rng.weighted(URIM_RACES);
		// About one in eight URiM respondents select a second category.
		races = rng.chance(0.12) ? [first, rng.chance(0.7) ? 'white' : rng.weighted(URIM_RACES)] : [first];
	} else {
		const first = rng.weighted(OTHER_RACES);
		races = first === 'white' && rng.chance(0.06) ? ['asian', 'white'] : [first];
	}
	races = [...new Set(races)];
	const firstGen = rng.chance(0.02) ? null : rng.chance(0.14 + (urim ? 0.16 : 0));
	const lowIncome = rng.chance(0.02) ? null : rng.chance(0.075 + (urim ? 0.12 : 0) + (firstGen ? 0.14 : 0));
	return { gender, races, urim, firstGen, lowIncome };
}

export const GENDER_LABELS: Record<Demographics['gender'], string> = {
	woman: 'Woman',
	man: 'Man',
	nonbinary: 'Nonbinary',
	not_reported: 'Prefer not to say'
};

/** AAMC labels as the platform exports them (notes/exports.md). */
export const RACE_LABELS: Record<Race, string> = {
	american_indian_alaska_native: 'American Indian or Alaska Native',
	asian: 'Asian',
	black_african_american: 'Black or African American',
	hispanic_latino_spanish: 'Hispanic, Latino, or of Spanish Origin',
	native_hawaiian_pacific_islander: 'Native Hawaiian or Other Pacific Islander',
	white: 'White',
	other: 'Other',
	not_reported: 'Prefer not to say'
};

/** Multi-select joined by "; " because the Hispanic label itself contains commas. */
export function raceLabel(races: readonly Race[]): string {
	const order = Object.keys(RACE_LABELS) as Race[];
	return [...races].sort((a, b) => order.indexOf(a) - order.indexOf(b)).map((r) => RACE_LABELS[r]).join('; ');
}

export const yesNo = (value: boolean | null): string => (value === null ? '' : value ? 'Yes' : 'No');
