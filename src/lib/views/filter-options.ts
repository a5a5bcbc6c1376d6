/**
 * Choices offered by the shared filter bar, read from the browser's copy of the dataset,
 * which holds only what the signed-in user may see: the dropdowns cannot reveal a program
 * or a group outside the user's scope.
 */
import type { Connector } from '$lib/engine/connector';

export interface Choice {
	value: string;
	label: string;
}

export interface FilterOptions {
	programs: Choice[];
	professions: Choice[];
	levels: Choice[];
	genders: Choice[];
	cohortYears: number[];
}

export const GENDER_LABELS: Record<string, string> = {
	woman: 'Woman',
	man: 'Man',
	nonbinary: 'Nonbinary',
	not_reported: 'Not reported'
};

export const FILTER_OPTIONS_SQL = {
	programs: 'SELECT program_id AS value, name AS label FROM programs ORDER BY name',
	professions: "SELECT DISTINCT profession AS value FROM people WHERE role IN ('trainee', 'both') ORDER BY 1",
	levels: "SELECT DISTINCT training_level AS value FROM people WHERE role IN ('trainee', 'both') AND training_level IS NOT NULL ORDER BY 1",
	genders: 'SELECT DISTINCT gender AS value FROM demographics WHERE gender IS NOT NULL ORDER BY 1',
	cohortYears: "SELECT DISTINCT cohort_year AS year FROM people WHERE role IN ('trainee', 'both') AND cohort_year IS NOT NULL ORDER BY 1"
} as const;

/** Training levels in the order people say them, not alphabetical (PGY10 after PGY9). */
function levelOrder(level: string): string {
	const match = /^([A-Z]+)(\d+)$/.exec(level);
	return match ? `${match[1]}${match[2].padStart(3, '0')}` : `~${level}`;
}

export async function loadFilterOptions(db: Connector): Promise<FilterOptions> {
	const values = async (sql: string) => (await db.query<{ value: string }>(sql)).map((r) => r.value);
	const programs = await db.query<{ value: string; label: string }>(FILTER_OPTIONS_SQL.programs);
	const professions = await values(FILTER_OPTIONS_SQL.professions);
	const levels = (await values(FILTER_OPTIONS_SQL.levels)).sort((a, b) => levelOrder(a).localeCompare(levelOrder(b)));
	const genders = await values(FILTER_OPTIONS_SQL.genders);
	const cohortYears = (await db.query<{ year: number }>(FILTER_OPTIONS_SQL.cohortYears)).map((r) => r.year);
	return {
		programs,
		professions: professions.map((p) => ({ value: p, label: p })),
		levels: levels.map((l) => ({ value: l, label: l })),
		genders: genders.map((g) => ({ value: g, label: GENDER_LABELS[g] ?? g })),
		cohortYears
	};
}
