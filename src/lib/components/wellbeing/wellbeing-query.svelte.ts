/**
 * Runs the Well-being view's queries whenever the shared filter OR the page's own choices
 * (instrument, wave; both in the URL) change. Same contract as state/view-query.svelte.ts —
 * the old result stays visible while the next computes, stale results are dropped — which
 * cannot be reused as is because its effect tracks only the shared filter.
 * Construct during component initialisation (it registers an $effect).
 */
import type { Connector } from '$lib/engine/connector';
import type { PopulationFilter } from '$lib/metrics/population-filter';
import { browserDataset } from '$lib/state/dataset.svelte';
import { sharedFilters } from '$lib/state/filters.svelte';
import { LatestOnly } from '$lib/state/latest-only';
import type { WellbeingChoice } from '$lib/views/wellbeing';

export type WellbeingLoader<T> = (db: Connector, filter: PopulationFilter, choice: WellbeingChoice) => Promise<T>;

export class WellbeingQuery<T> {
	data = $state.raw<T | null>(null);
	error = $state<string | null>(null);
	updating = $state(true);
	private readonly latest = new LatestOnly();

	constructor(load: WellbeingLoader<T>, choice: () => WellbeingChoice) {
		$effect(() => {
			const filter = sharedFilters.current;
			const current = choice();
			this.updating = true;
			browserDataset
				.ready()
				.then((db) => this.latest.run(() => load(db, filter, current)))
				.then(
					(result) => {
						if (result.stale) return;
						this.data = result.value;
						this.error = null;
						this.updating = false;
					},
					(error: unknown) => {
						this.error = error instanceof Error ? error.message : String(error);
						this.updating = false;
					}
				);
		});
	}

	get loading(): boolean {
		return this.data === null && this.error === null;
	}
}
