/**
 * Cross-filtering from the Diversity charts: a click on a group or a year narrows the
 * shared filter, so every view shows that group (issue 3, Mosaic-style). Only known groups
 * are offered; "Not reported" cannot be selected (population-filter.ts).
 */
import type { PopulationFilter } from '$lib/metrics/population-filter';
import { sharedFilters } from '$lib/state/filters.svelte';

export function groupFilter(dimension: string, category: string): Partial<PopulationFilter> | null {
	if (category === 'not_reported') return null;
	if (dimension === 'urim') return { urim: category === 'yes' };
	if (dimension === 'first_gen') return { firstGen: category === 'yes' };
	if (dimension === 'gender') return { genders: [category] };
	return null;
}

export function selectGroup(dimension: string, category: string): void {
	const change = groupFilter(dimension, category);
	if (change) void sharedFilters.update(change);
}

export function selectCohortYear(year: number): void {
	void sharedFilters.update({ cohortFrom: year, cohortTo: year });
}
