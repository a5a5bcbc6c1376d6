/**
 * Shared filter state for the outcome views. The URL is the single source of truth: the
 * filter is derived from it, and changing the filter navigates, so links and back/forward
 * reproduce every state.
 */
import { goto } from '$app/navigation';
import { page } from '$app/state';
import type { PopulationFilter } from '$lib/metrics/population-filter';
import { EMPTY_FILTER, filterFromSearchParams, filterToSearchParams } from './filter-url';

class SharedFilters {
	readonly current: PopulationFilter = $derived(filterFromSearchParams(page.url.searchParams));

	/** Merge a change into the filter (a chart click, a select, a chip removal). */
	update(change: Partial<PopulationFilter>): Promise<void> {
		return this.replace({ ...this.current, ...change });
	}

	clear(): Promise<void> {
		return this.replace({ ...EMPTY_FILTER } as PopulationFilter);
	}

	replace(filter: PopulationFilter): Promise<void> {
		const query = filterToSearchParams(filter, page.url.searchParams).toString();
		return goto(`${page.url.pathname}${query ? `?${query}` : ''}`, { keepFocus: true, noScroll: true });
	}

	/** Link to another view carrying the same filter. */
	href(pathname: string): string {
		const query = filterToSearchParams(this.current).toString();
		return `${pathname}${query ? `?${query}` : ''}`;
	}
}

export const sharedFilters = new SharedFilters();
