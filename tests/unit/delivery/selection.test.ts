/** The differencing guard on hand-made suppressed tables (minCell 11). */
import { describe, expect, it } from 'vitest';
import { differencingGuard } from '$lib/server/aggregates/selection';
import type { SuppressedCell, SuppressedTable } from '$lib/privacy/suppression';

const shown = (value: number): SuppressedCell => ({ value, suppressed: false });
const hidden: SuppressedCell = { value: null, suppressed: true };
const table = (rowTotals: SuppressedCell[], grand: SuppressedCell): SuppressedTable => ({
	cells: rowTotals.map(() => []),
	rowTotals,
	columnTotals: [],
	grandTotal: grand
});

describe('differencingGuard', () => {
	it('refuses a program whose shown total is 1–10 below the shown all-programs total', () => {
		// all 40, program 35: 5 people outside the program would be revealed by subtraction.
		expect(differencingGuard([table([shown(35), shown(5)], shown(40))], { program: 'P1', index: 0 }, 11)).toMatch(/fewer than 11/);
	});

	it('allows a difference of 0 or at least 11, and pairs where either total is hidden', () => {
		expect(differencingGuard([table([shown(40)], shown(40))], { program: 'P1', index: 0 }, 11)).toBeNull();
		expect(differencingGuard([table([shown(29), shown(11)], shown(40))], { program: 'P1', index: 0 }, 11)).toBeNull();
		expect(differencingGuard([table([shown(35), hidden], hidden)], { program: 'P1', index: 0 }, 11)).toBeNull();
	});

	it('has nothing to compare for all programs', () => {
		expect(differencingGuard([table([shown(35), shown(5)], shown(40))], { program: 'all' }, 11)).toBeNull();
	});
});
