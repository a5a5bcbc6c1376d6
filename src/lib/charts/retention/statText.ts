/** How the retention charts write their statistics and time (one wording on every chart). */
import type { LogRankTest } from '../../metrics/retention/logRank';

/** Days per year on the time axes (Julian year: leap years averaged in). */
export const DAYS_PER_YEAR = 365.25;

export const toYears = (days: number) => days / DAYS_PER_YEAR;

/** "p = 0.244", "p = 0.012", "p < 0.001": three decimals, never "p = 0.000". */
export function formatPValue(p: number): string {
	return p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`;
}

/** "Log-rank χ² = 1.36, 1 df, p = 0.244", or why there is no test. */
export function logRankText(test: LogRankTest | null | undefined): string {
	if (!test || test.chiSquare === null || test.df === null || test.pValue === null) return 'Log-rank test: needs two groups with events';
	return `Log-rank χ² = ${test.chiSquare.toFixed(2)}, ${test.df} df, ${formatPValue(test.pValue)}`;
}

/** Tick positions in years: whole years, or half years for follow-up under two years. */
export function yearTicks(maxYears: number, narrow: boolean): number[] {
	const step = maxYears < 2 ? 0.5 : narrow && maxYears > 6 ? 2 : 1;
	const ticks: number[] = [];
	for (let t = 0; t <= maxYears + 1e-9; t += step) ticks.push(Math.round(t * 10) / 10);
	return ticks;
}
