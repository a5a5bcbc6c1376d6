/**
 * "n=12, unstable": every group's n on the well-being charts, marked when the estimate rests
 * on fewer than UNSTABLE_N people (DOMAIN.md §3: warn below 30).
 */
import { UNSTABLE_N } from '../../format/numbers';
import { nLabel } from '../format';

export function nWithWarning(n: number): string {
	return n > 0 && n < UNSTABLE_N ? `${nLabel(n)}, unstable` : nLabel(n);
}
