/**
 * Canonical rows before validation: every value still a string (or null), every row still
 * knowing the file, row and source column it came from, so validation can point at the cell.
 */
import type { TableName } from '$lib/schema/tables';

export type StagedValues = Record<string, string | null>;

export interface StagedRow {
	file: string;
	row: number;
	values: StagedValues;
	/** canonical column -> column name in the source file (shared by all rows of a mapping). */
	sourceColumns: Readonly<Record<string, string>>;
}

export type StagedTables = Record<TableName, StagedRow[]>;

export function emptyStagedTables(): StagedTables {
	return {
		dataset_info: [],
		programs: [],
		people: [],
		demographics: [],
		person_race: [],
		pairings: [],
		meetings: [],
		survey_waves: [],
		survey_responses: [],
		survey_items: [],
		ipe_activities: [],
		ipe_attendance: []
	};
}

/**
 * Cells that mean "missing": empty, whitespace, and the `NA` strings R writes when it
 * re-saves a file (write.csv's default na = "NA"), plus Excel's #N/A. Qualtrics' `-99`
 * ("seen but not answered") is missing only in survey item columns (map-surveys.ts),
 * because elsewhere a negative number is a value for validation to judge.
 */
export const MISSING_MARKERS: readonly string[] = ['NA', 'N/A', '#N/A'];

/** Empty, whitespace-only and NA cells are missing values. */
export function blankToNull(cell: string | undefined): string | null {
	const trimmed = (cell ?? '').trim();
	return trimmed === '' || MISSING_MARKERS.includes(trimmed) ? null : trimmed;
}
