/**
 * The active filter as removable chips: one chip per chosen value, so a cross-filter added
 * by a chart click can be seen and taken off on its own.
 */
import type { PopulationFilter } from '$lib/metrics/population-filter';
import { formatDate } from '$lib/format/numbers';
import type { FilterOptions } from '$lib/views/filter-options';

export interface FilterChip {
	key: string;
	label: string;
	/** The filter with this chip removed. */
	without: Partial<PopulationFilter>;
}

const MODALITY_LABELS = { virtual: 'Mostly virtual meetings', in_person: 'Mostly in-person meetings' } as const;

export function filterChips(filter: PopulationFilter, options: FilterOptions | null): FilterChip[] {
	const chips: FilterChip[] = [];
	const name = (list: { value: string; label: string }[] | undefined, value: string) => list?.find((c) => c.value === value)?.label ?? value;
	const each = (key: 'programs' | 'professions' | 'levels' | 'genders', title: string, list?: { value: string; label: string }[]) => {
		for (const value of filter[key]) {
			chips.push({ key: `${key}:${value}`, label: `${title}: ${name(list, value)}`, without: { [key]: filter[key].filter((v) => v !== value) } });
		}
	};
	each('programs', 'Program', options?.programs);
	each('professions', 'Profession', options?.professions);
	each('levels', 'Level', options?.levels);
	each('genders', 'Gender', options?.genders);
	if (filter.cohortFrom !== null || filter.cohortTo !== null) {
		const label =
			filter.cohortFrom === filter.cohortTo
				? `Cohort ${filter.cohortFrom}`
				: `Cohort ${filter.cohortFrom ?? 'any'}–${filter.cohortTo ?? 'any'}`;
		chips.push({ key: 'cohort', label, without: { cohortFrom: null, cohortTo: null } });
	}
	if (filter.dateFrom !== null || filter.dateTo !== null) {
		const from = filter.dateFrom ? formatDate(filter.dateFrom) : 'start';
		const to = filter.dateTo ? formatDate(filter.dateTo) : 'now';
		chips.push({ key: 'dates', label: `Enrolled ${from} – ${to}`, without: { dateFrom: null, dateTo: null } });
	}
	if (filter.mentored) chips.push({ key: 'mentored', label: filter.mentored === 'mentored' ? 'Ever mentored' : 'Never mentored', without: { mentored: null } });
	if (filter.modality) chips.push({ key: 'modality', label: MODALITY_LABELS[filter.modality], without: { modality: null } });
	if (filter.urim !== null) chips.push({ key: 'urim', label: filter.urim ? 'URiM' : 'Not URiM', without: { urim: null } });
	if (filter.firstGen !== null) chips.push({ key: 'firstGen', label: filter.firstGen ? 'First-generation' : 'Not first-generation', without: { firstGen: null } });
	return chips;
}
