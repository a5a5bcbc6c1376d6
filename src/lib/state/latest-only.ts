/**
 * Drops results that a newer interaction has made stale: each run gets a generation, and
 * only the newest generation's result is delivered. Without it, a slow query for an old
 * filter could finish last and draw over the current state.
 */
export class LatestOnly {
	private generation = 0;

	/** Resolves with the value, or with `stale: true` if a newer run started meanwhile. */
	async run<T>(work: () => Promise<T>): Promise<{ stale: true } | { stale: false; value: T }> {
		const mine = ++this.generation;
		try {
			const value = await work();
			return mine === this.generation ? { stale: false, value } : { stale: true };
		} catch (error) {
			// An error from a superseded run is as stale as its result.
			if (mine !== this.generation) return { stale: true };
			throw error;
		}
	}
}
