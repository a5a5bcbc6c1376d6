/**
 * From counts to a shown report table: suppression at 11 with complements, totals shown as
 * the margins say, and derived values shown only when every count they rest on is shown.
 *
 * Counts (rows A, B, C × columns x, y), margins 'both':
 *   A: 30, 25 (55)    B: 40, 4 (44)    C: 12, 15 (27)    totals 82, 44 (126)
 * 4 (B y) is small. Its row and its column each need a second hidden entry, and together
 * they must close a cycle: B x (40) with C x and C y (12 + 15) costs 67, with A x and A y
 * (30 + 25) 95, through the totals more. So B x, C x and C y are hidden with B y.
 * A's share (rests on x and the row total) is shown: 30/55 = 54.5%; B's and C's are not.
 * With keep rows [2] (C), the complements come from A instead (A x, A y, B x), and C's
 * share 12/27 = 44.4% is shown.
 */
import { describe, expect, it } from 'vitest';
import { cellText } from '$lib/reports/cell-text';
import { suppressCountTable, suppressCountTables, type CountTable } from '$lib/server/reports/count-table';

const counts = [
	[30, 25],
	[40, 4],
	[12, 15]
];
const table: CountTable = {
	rowHeader: 'Group',
	rows: ['A', 'B', 'C'],
	countColumns: ['x', 'y'],
	counts,
	margins: 'both',
	derived: [{ label: 'Share x (%)', kind: 'share', values: counts.map(([x, y]) => ({ value: x / (x + y), rests: [0, 'total'] })) }]
};
const text = (t: ReturnType<typeof suppressCountTable>) => t.rows.map((r) => [r.label, ...r.cells.map((c) => cellText(c))].join(' '));

describe('suppressCountTable', () => {
	it('hides the small count and its complements, and the shares that rest on them', () => {
		expect(text(suppressCountTable(table, 11))).toEqual(['A 30 25 55 54.5', 'B suppressed suppressed 44 ', 'C suppressed suppressed 27 ', 'Total 82 44 126 ']);
	});

	it('takes complements away from the rows the table is read for, when asked', () => {
		expect(text(suppressCountTable({ ...table, keep: { rows: [2] } }, 11))).toEqual(['A suppressed suppressed 55 ', 'B suppressed suppressed 44 ', 'C 12 15 27 44.4', 'Total 82 44 126 ']);
	});

	it('shows totals only where the margins say they add up, and nothing hidden with minCell 1', () => {
		const shown = suppressCountTable({ ...table, margins: 'none', derived: [] }, 1);
		expect(shown.columns).toEqual(['x', 'y']);
		expect(text(shown)).toEqual(['A 30 25', 'B 40 4', 'C 12 15']);
	});
});

describe('suppressCountTables', () => {
	// The two tables of tests/unit/privacy/linked-suppression.test.ts as a report holds them.
	// Composition: URiM 30, 5 (35); not URiM 200, 60 (260); unknown 12, 14 (26). It hides 5 and
	// closes its cycle through URiM trainees 30, unknown trainees 12 and unknown mentors 14.
	// Access: URiM 18, 12 (30); not URiM 150, 50 (200); unknown 12, 0 (12), no small count.
	// Its row totals are the composition's trainee cells (same keys). On its own access prints
	// 30 and 12, and 35 − 30 gives back the 5; suppressed together, both totals hide in access.
	const composition: CountTable = {
		rowHeader: 'URiM',
		rows: ['URiM', 'Not URiM', 'Unknown'],
		countColumns: ['Trainees', 'Mentors'],
		counts: [
			[30, 5],
			[200, 60],
			[12, 14]
		],
		margins: 'both',
		derived: [],
		shared: [{ key: 'trainees', entries: [['total', 0]] }, ...[0, 1, 2].map((i) => ({ key: `trainees-in-${i}`, entries: [[i, 0]] as const }))]
	};
	const access: CountTable = {
		rowHeader: 'URiM',
		rows: ['URiM', 'Not URiM', 'Unknown'],
		countColumns: ['With a mentor', 'Without a mentor'],
		counts: [
			[18, 12],
			[150, 50],
			[12, 0]
		],
		margins: 'both',
		derived: [],
		shared: [{ key: 'trainees', entries: [['total', 'total']] }, ...[0, 1, 2].map((i) => ({ key: `trainees-in-${i}`, entries: [[i, 'total']] as const }))]
	};
	const totals = (t: ReturnType<typeof suppressCountTable>) => t.rows.map((r) => cellText(r.cells[2]));

	it('hides a number in every table that holds it, where one table alone would print it', () => {
		expect(totals(suppressCountTable(access, 11))).toEqual(['30', '200', '12', '242']);
		const [shownComposition, shownAccess] = suppressCountTables([composition, access], 11);
		expect(text(shownComposition).slice(0, 3)).toEqual(['URiM suppressed suppressed 35', 'Not URiM 200 60 260', 'Unknown suppressed suppressed 26']);
		expect(totals(shownAccess).filter((_, i) => i !== 1 && i !== 3)).toEqual(['suppressed', 'suppressed']);
	});
});
