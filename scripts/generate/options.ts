/** What a generator run is asked for, and the fixed facts of the demo institution. */
import { dayOf } from './calendar';

export interface GenerateOptions {
	seed: number;
	trainees: number;
	outDir: string;
}

export const DEFAULT_SEED = 20261101;
export const DEFAULT_TRAINEES = 2000;
export const DEFAULT_OUT_DIR = 'data/demo';

/** The exports describe this date (notes/exports.md); nothing reads the clock. */
export const AS_OF_ISO = '2026-11-01';
export const AS_OF = dayOf(AS_OF_ISO);
export const INSTITUTION = 'Northbridge University Health Sciences';
export const EMAIL_DOMAIN = 'northbridge.example';

export const COHORT_YEARS = [2021, 2022, 2023, 2024, 2025, 2026] as const;

/** Faculty mentors per trainee: ~580 faculty for 2,000 trainees (plus near-peer residents). */
export const FACULTY_PER_TRAINEE = 0.29;

/** Programs grow a little each year: relative cohort sizes 2021 → 2026. */
export const COHORT_GROWTH = [0.15, 0.16, 0.165, 0.17, 0.175, 0.18] as const;
