/**
 * Import settings a school may change. URiM is defined by each school relative to its
 * population (DOMAIN.md §1; AAMC 2004 definition), so the set of categories is configuration.
 */
import { INSTRUMENTS, type Instrument } from '$lib/instruments/instruments';
import { RACE_ETHNICITY } from '$lib/schema/tables';
import { DEFAULT_PROBLEM_CAP } from './problems';

export type RaceEthnicity = (typeof RACE_ETHNICITY)[number];

/** Default URiM set: the groups the AAMC names as underrepresented in US medicine. */
export const DEFAULT_URIM_CATEGORIES: readonly RaceEthnicity[] = [
	'american_indian_alaska_native',
	'black_african_american',
	'hispanic_latino_spanish',
	'native_hawaiian_pacific_islander'
];

export interface IngestConfig {
	urimCategories: readonly RaceEthnicity[];
	instruments: readonly Instrument[];
	/** Most problems listed; the rest are counted. */
	problemCap: number;
	/** dataset_info when the upload has no dataset_info.csv. */
	asOf?: string;
	institution?: string;
}

export function ingestConfig(overrides: Partial<IngestConfig> = {}): IngestConfig {
	return {
		urimCategories: DEFAULT_URIM_CATEGORIES,
		instruments: INSTRUMENTS,
		problemCap: DEFAULT_PROBLEM_CAP,
		...overrides
	};
}
