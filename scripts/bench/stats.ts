/** Order statistics for the benchmark's repeated timings (nearest-rank, no interpolation). */

export function percentile(values: readonly number[], p: number): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	// Nearest-rank definition: the smallest value with at least p% of the sample at or below it.
	const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
	return sorted[rank - 1];
}

export const median = (values: readonly number[]) => percentile(values, 50);

export const round = (value: number | null, digits = 0): number | null =>
	value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits;

export const elapsedMs = (t0: number) => Math.round(performance.now() - t0);
