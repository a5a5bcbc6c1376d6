/**
 * Differencing: two published counts over overlapping selections (say "program X" and
 * "program X, cohort 2024") reveal the people in one and not the other by subtraction,
 * even when each table was suppressed correctly on its own (DOMAIN.md §5: "two
 * overlapping filters"). Table suppression cannot see this; the reviewer query API must
 * ask before answering a second selection that overlaps an earlier one.
 */
import { isSmallCount } from './suppression';

export interface SelectionOverlap {
	/** People in the first selection. */
	first: number;
	/** People in the second selection. */
	second: number;
	/** People in both. */
	both: number;
}

/**
 * Why answering both selections would reveal a small group, or null when it would not:
 * the people only in one selection must number 0 or at least minCell, on each side.
 */
export function differencingRefusal(overlap: SelectionOverlap, minCell: number): string | null {
	const { first, second, both } = overlap;
	if (both < 0 || both > first || both > second) {
		throw new Error(`inconsistent overlap: ${both} in both of ${first} and ${second}`);
	}
	const onlyFirst = first - both;
	const onlySecond = second - both;
	if (isSmallCount(onlyFirst, minCell) || isSmallCount(onlySecond, minCell)) {
		return `these selections differ by fewer than ${minCell} people, so comparing them would reveal a suppressed group`;
	}
	return null;
}
