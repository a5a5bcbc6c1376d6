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

/** Empty and whitespace-only cells are missing values. */
export function blankToNull(cell: string | undefined): string | null {
	const trimmed = (cell ?? '').trim();
	return trimmed === '' ? null : trimmed;
}
