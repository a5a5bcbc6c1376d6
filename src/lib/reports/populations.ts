/**
 * The populations a report can describe, as data: each narrows the shared population filter
 * (metrics/population-filter.ts) by training level, so "residents" means the same here as in
 * the views' level filter. Trainees only: mentors appear only where a table says so
 * (composition, pairings), as the mentors of these trainees.
 */
import type { PopulationFilter } from '$lib/metrics/population-filter';

export interface ReportPopulation {
	id: string;
	label: string;
	description: string;
	/** Training levels kept; empty = every trainee. */
	levels: readonly string[];
}

export const POPULATIONS: readonly ReportPopulation[] = [
	{ id: 'all-trainees', label: 'All trainees', description: 'Every trainee (role trainee, or both trainee and mentor), of every profession and level.', levels: [] },
	{ id: 'medical-students', label: 'Medical students (MS1–MS4)', description: 'Trainees whose recorded training level is MS1 to MS4.', levels: ['MS1', 'MS2', 'MS3', 'MS4'] },
	{
		id: 'residents-fellows',
		label: 'Residents and fellows (PGY1–PGY7)',
		description: 'Trainees whose recorded training level is PGY1 to PGY7.',
		levels: ['PGY1', 'PGY2', 'PGY3', 'PGY4', 'PGY5', 'PGY6', 'PGY7']
	},
	{ id: 'nurse-residents', label: 'Nurse residents (NR1)', description: 'Trainees in a nurse residency (level NR1).', levels: ['NR1'] }
];

export const DEFAULT_POPULATION = 'all-trainees';

export function populationById(id: string): ReportPopulation | undefined {
	return POPULATIONS.find((p) => p.id === id);
}

/** The filter a report's metrics run under: programs, levels and the period as the date range. */
export function reportFilter(population: ReportPopulation, programs: readonly string[], from: string, to: string): PopulationFilter {
	return {
		programs: [...programs],
		professions: [],
		levels: [...population.levels],
		genders: [],
		cohortFrom: null,
		cohortTo: null,
		dateFrom: from,
		dateTo: to,
		mentored: null,
		modality: null,
		urim: null,
		firstGen: null
	};
}
