/** Text shown on charts: percents and the n every figure must carry (DOMAIN.md §3). */

/** 0.4567 → "46%"; values under 10% keep one decimal ("4.5%") so small rates are not all "0%". */
export function formatPercent(rate: number): string {
	const pct = rate * 100;
	return pct > 0 && pct < 10 ? `${pct.toFixed(1)}%` : `${Math.round(pct)}%`;
}

/** "n=42" */
export function nLabel(n: number): string {
	return `n=${n}`;
}

/** Label of a row whose value is hidden under the small-cell rule (DOMAIN.md §5): no n either. */
export const SUPPRESSED_LABEL = 'suppressed';
