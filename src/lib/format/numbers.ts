/** Number formatting for the dashboard: units and denominators always shown. */

const countFormat = new Intl.NumberFormat('en-US');

export function formatCount(value: number | null | undefined): string {
	return value == null ? '—' : countFormat.format(value);
}

/** 0.1234 → "12.3%"; one decimal below 10%, else whole-number precision with one decimal. */
export function formatPercent(value: number | null | undefined, digits = 1): string {
	if (value == null || Number.isNaN(value)) return '—';
	return `${(value * 100).toFixed(digits)}%`;
}

/** A 95% interval "(95% CI 10.2–14.8%)". */
export function formatInterval(lower: number | null | undefined, upper: number | null | undefined, digits = 1): string {
	if (lower == null || upper == null) return '';
	return `95% CI ${(lower * 100).toFixed(digits)}–${(upper * 100).toFixed(digits)}%`;
}

/** "1,234 of 1,800" */
export function formatOf(numerator: number | null | undefined, denominator: number | null | undefined): string {
	return `${formatCount(numerator)} of ${formatCount(denominator)}`;
}

/** 'yyyy-mm-dd' → "1 Nov 2026" without time-zone shifts. */
export function formatDate(iso: string | null | undefined): string {
	if (!iso) return '—';
	const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
	const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
	return `${d} ${months[m - 1]} ${y}`;
}

/** Estimates from fewer than this many people are labelled unstable (DOMAIN.md §3). */
export const UNSTABLE_N = 30;

/** Data-table cell formatters (ChartCard columns take `(value: unknown) => string`). */
export const percentCell = (value: unknown): string => formatPercent(value as number | null);
export const countCell = (value: unknown): string => formatCount(value as number | null);
