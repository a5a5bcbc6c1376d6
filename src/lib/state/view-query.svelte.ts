/**
 * Runs a view's queries in the browser database whenever the shared filter changes.
 * Construct it during component initialisation (it registers an $effect). The previous
 * result stays on screen while the next one computes (no layout jump), and a result made
 * stale by a newer filter is dropped, never drawn over the newer state.
 */
import type { Connector } from '$lib/engine/connector';
import type { PopulationFilter } from '$lib/metrics/population-filter';
import { browserDataset } from './dataset.svelte';
import { sharedFilters } from './filters.svelte';
import { LatestOnly } from './latest-only';

export type ViewLoader<T, O = undefined> = (db: Connector, filter: PopulationFilter, options: O) => Promise<T>;

export class ViewQuery<T, O = undefined> {
	data = $state.raw<T | null>(null);
	error = $state<string | null>(null);
	/** True while a query for the current filter is running. */
	updating = $state(true);
	/** Milliseconds the last delivered query took (shown nowhere; read by the benchmark). */
	lastMs = $state(0);
	private readonly latest = new LatestOnly();

	/**
	 * `options` reads the page's own reactive choices (e.g. the instrument picker); the query
	 * re-runs when they change as well as when the shared filter does.
	 */
	constructor(load: ViewLoader<T, O>, options: () => O = () => undefined as O) {
		$effect(() => {
			const filter = sharedFilters.current;
			const choice = options();
			this.updating = true;
			const started = performance.now();
			browserDataset
				.ready()
				.then((db) => this.latest.run(() => load(db, filter, choice)))
				.then(
					(result) => {
						if (result.stale) return;
						this.data = result.value;
						this.error = null;
						this.updating = false;
						this.lastMs = performance.now() - started;
					},
					(error: unknown) => {
						this.error = error instanceof Error ? error.message : String(error);
						this.updating = false;
					}
				);
		});
	}

	/** First load still running: nothing to show yet. */
	get loading(): boolean {
		return this.data === null && this.error === null;
	}
}
