/**
 * Two tables over the same trainees, worked by hand.
 *
 * Composition (groups × trainees, mentors), every total printed:
 *            trainees  mentors | total
 *   URiM        30        5    |  35
 *   not URiM   200       60    | 260
 *   unknown     12       14    |  26
 *   total      242       79    | 321
 * Access (groups × with, without a mentor): its row totals are the composition's trainee cells.
 *            with  without | total
 *   URiM      18     12    |  30
 *   not URiM 150     50    | 200
 *   unknown   12      0    |  12
 *   total    180     62    | 242
 *
 * On its own, the composition hides 5 (small) and closes the cheapest cycle through it:
 * URiM trainees 30, unknown trainees 12, unknown mentors 14 (cost 56, against 75 through the
 * row totals). Access has no small count and hides nothing, so it prints 30 and 12, the very
 * complements; then 35 − 30 = 5. The leak: URiM mentors follow from the two tables together.
 *
 * Jointly, 30 and 12 are forced hidden in access too (rows URiM and unknown, total column),
 * and access closes its own cycles around them; 242 (both tables' trainee total) stays shown
 * in both or hidden in both. The joint attacker then pins nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressLinkedTables, withMarginCells, type LinkedTableInput } from '$lib/privacy/linked-suppression';
import { suppressTable } from '$lib/privacy/suppression';
import { determinedAcrossTables, type TableEntry } from './recoverable';

const composition = [
	[30, 5],
	[200, 60],
	[12, 14]
];
const access = [
	[18, 12],
	[150, 50],
	[12, 0]
];
const linked: LinkedTableInput[] = [
	{
		counts: composition,
		shared: [
			{ key: 'trainees', entries: [['total', 0]] },
			...[0, 1, 2].map((i) => ({ key: `trainees-in-${i}`, entries: [[i, 0]] as const }))
		]
	},
	{
		counts: access,
		shared: [
			{ key: 'trainees', entries: [['total', 'total']] },
			...[0, 1, 2].map((i) => ({ key: `trainees-in-${i}`, entries: [[i, 'total']] as const }))
		]
	}
];
/** The same links, as the attacker writes them: [i, j] in each table with margins (3 = total). */
const same: TableEntry[][] = [
	[{ table: 0, at: [3, 0] }, { table: 1, at: [3, 2] }],
	...[0, 1, 2].map((i) => [{ table: 0, at: [i, 0] as const }, { table: 1, at: [i, 2] as const }])
];
const view = (hidden: boolean[][]) => ({ unknown: hidden, suppressed: hidden });
const hiddenOf = (t: ReturnType<typeof suppressTable>) => withMarginCells(t).map((r) => r.map((c) => c.suppressed));

describe('suppression linked across tables', () => {
	it('per-table suppression leaks the small mentor count through the shared trainee counts', () => {
		const alone = [suppressTable(composition, { minCell: 11 }), suppressTable(access, { minCell: 11 })].map(hiddenOf);
		expect(alone[0]).toEqual([
			[true, true, false],
			[false, false, false],
			[true, true, false],
			[false, false, false]
		]);
		expect(alone[1].flat().some(Boolean)).toBe(false);
		// Each table on its own is safe…
		expect(determinedAcrossTables([view(alone[0])])).toEqual([]);
		// …but together, the printed 30 and 12 give back every hidden entry of the composition.
		const leaks = determinedAcrossTables(alone.map(view), same);
		expect(leaks).toContainEqual({ table: 0, at: [0, 1] });
		expect(leaks).toHaveLength(4);
	});

	it('joint suppression hides each shared number in both tables and pins nothing', () => {
		const joint = suppressLinkedTables(linked, { minCell: 11 }).map(hiddenOf);
		expect(joint[0]).toEqual([
			[true, true, false],
			[false, false, false],
			[true, true, false],
			[false, false, false]
		]);
		// 30 and 12 hidden as row totals of access; their rows close through URiM with 18 and 12
		// (the cheapest: 18 + 12 = 30 against 150 + 50 through not URiM), the unknown row's 12.
		expect(joint[1][0][2]).toBe(true);
		expect(joint[1][2][2]).toBe(true);
		expect(joint[1][2][1]).toBe(false); // a zero is never hidden
		for (const group of same) {
			const [a, b] = group.map((e) => joint[e.table][e.at[0]][e.at[1]]);
			expect(a, `shared ${JSON.stringify(group)}`).toBe(b);
		}
		expect(determinedAcrossTables(joint.map(view), same)).toEqual([]);
	});

	it('names a shared entry outside its table, and an empty table', () => {
		expect(() => suppressLinkedTables([{ counts: composition, shared: [{ key: 'x', entries: [[5, 0]] }] }], { minCell: 11 })).toThrow('shared value "x" names an entry outside linked table 1: [5, 0]');
		expect(() => suppressLinkedTables([{ counts: composition }, { counts: [] }], { minCell: 11 })).toThrow('linked table 2: a table needs at least one row');
	});

	it('is plain per-table suppression when nothing is shared', () => {
		const tables = [composition, access];
		const joint = suppressLinkedTables(tables.map((counts) => ({ counts })), { minCell: 11 });
		expect(joint).toEqual(tables.map((counts) => suppressTable(counts, { minCell: 11 })));
	});

	it('closes a leak through a number one table holds as a sum of its cells', () => {
		// Headcount by program × profession; URiM by program × (trainees URiM, not URiM, unknown;
		// mentors). A program's trainees are its headcount total and the sum of its three trainee
		// cells: 70 = 4 + 50 + 16 and 115 = 30 + 70 + 15.
		// Alone, URiM hides 4 (small) and the cheapest rectangle through it: mentors 12 and 14,
		// program 2's URiM 30 (cost 56, against 61 through the unknown column). Every hidden
		// cycle then runs through the mentor column, so it changes the trainee sum: with the
		// headcount's printed 70, 4 = 70 − 50 − 16, and 30 = 115 − 70 − 15.
		const headcount = [
			[40, 30],
			[60, 55]
		];
		const urim = [
			[4, 50, 16, 12],
			[30, 70, 15, 14]
		];
		const tables: LinkedTableInput[] = [
			{ counts: headcount, shared: [0, 1].map((i) => ({ key: `program-${i}`, entries: [[i, 'total']] as const })) },
			{ counts: urim, shared: [0, 1].map((i) => ({ key: `program-${i}`, entries: [[i, 0], [i, 1], [i, 2]] as const })) }
		];
		const sums = [0, 1].map((i) => ({ value: { table: 0, at: [i, 2] as const }, parts: [0, 1, 2].map((j) => ({ table: 1, at: [i, j] as const })) }));
		const alone = [suppressTable(headcount, { minCell: 11 }), suppressTable(urim, { minCell: 11 })].map(hiddenOf);
		expect(alone[1].map((r) => r.slice(0, 4))).toEqual([
			[true, false, false, true],
			[true, false, false, true],
			[false, false, false, false]
		]);
		expect(determinedAcrossTables([view(alone[1])])).toEqual([]);
		expect(determinedAcrossTables(alone.map(view), [], sums)).toEqual(expect.arrayContaining([{ table: 1, at: [0, 0] }, { table: 1, at: [1, 0] }]));
		// Jointly, each trainee sum is a line with one hidden part (4; 30), so its cheapest shown
		// part hides too (unknown 16; 15), and URiM re-closes its cycles around them: 4, 16, 30
		// and 15 form a rectangle that keeps both sums, the mentor cells hide no longer.
		const joint = suppressLinkedTables(tables, { minCell: 11 }).map(hiddenOf);
		expect(joint[1].map((r) => r.slice(0, 4))).toEqual([
			[true, false, true, false],
			[true, false, true, false],
			[false, false, false, false]
		]);
		expect(joint[0].flat().some(Boolean)).toBe(false);
		expect(determinedAcrossTables(joint.map(view), [], sums)).toEqual([]);
	});

	it('pins nothing on random pairs of tables where one breaks down the other’s first column', () => {
		// A: rows × columns; B: the same rows × 2, each row splitting A's first-column cell
		// (composition and access). Shared: those cells as B's row totals, A's first column
		// total as B's grand total.
		const count = fc.oneof(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 12 }));
		const pair = fc
			.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 4 }))
			.chain(([rows, cols]) =>
				fc.tuple(
					fc.array(fc.array(count, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
					fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: rows, maxLength: rows })
				)
			);
		fc.assert(
			fc.property(pair, ([a, split]) => {
				const b = a.map((r, i) => [Math.round(r[0] * split[i]), r[0] - Math.round(r[0] * split[i])]);
				const rows = a.length;
				const cols = a[0].length;
				const tables: LinkedTableInput[] = [
					{ counts: a, shared: [{ key: 'all', entries: [['total', 0]] }, ...a.map((_, i) => ({ key: `row-${i}`, entries: [[i, 0]] as const }))] },
					{ counts: b, shared: [{ key: 'all', entries: [['total', 'total']] }, ...a.map((_, i) => ({ key: `row-${i}`, entries: [[i, 'total']] as const }))] }
				];
				const links: TableEntry[][] = [
					[{ table: 0, at: [rows, 0] }, { table: 1, at: [rows, 2] }],
					...a.map((_, i) => [{ table: 0, at: [i, 0] as const }, { table: 1, at: [i, 2] as const }])
				];
				const joint = suppressLinkedTables(tables, { minCell: 11 });
				for (const t of joint) for (const c of withMarginCells(t).flat()) if (!c.suppressed) expect((c.value as number) === 0 || (c.value as number) >= 11).toBe(true);
				const hidden = joint.map(hiddenOf);
				expect(hidden[0].length).toBe(rows + 1);
				expect(hidden[0][0].length).toBe(cols + 1);
				expect(determinedAcrossTables(hidden.map(view), links)).toEqual([]);
			}),
			{ numRuns: 300, seed: 6 }
		);
	});

	it('pins nothing on random reviewer-shaped tables: two tables share each row total, a third holds it as a sum', () => {
		// A: programs × professions. B: programs × (with, without a mentor), each row splitting
		// A's row total. C: programs × (three trainee groups, two mentor groups), the trainee
		// groups splitting A's row total again.
		const count = fc.oneof(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 12 }));
		const shape = fc.integer({ min: 1, max: 5 }).chain((rows) =>
			fc.tuple(
				fc.array(fc.array(count, { minLength: 2, maxLength: 2 }), { minLength: rows, maxLength: rows }),
				fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: rows, maxLength: rows }),
				fc.array(fc.array(count, { minLength: 2, maxLength: 2 }), { minLength: rows, maxLength: rows })
			)
		);
		fc.assert(
			fc.property(shape, ([a, splits, mentors]) => {
				const totals = a.map((r) => r[0] + r[1]);
				const b = totals.map((t, i) => [Math.round(t * splits[i][0]), t - Math.round(t * splits[i][0])]);
				const c = totals.map((t, i) => {
					const first = Math.round(t * splits[i][1]);
					const second = Math.round((t - first) * splits[i][2]);
					return [first, second, t - first - second, ...mentors[i]];
				});
				const rows = a.length;
				const rowKeys = a.map((_, i) => `program-${i}`);
				const tables: LinkedTableInput[] = [
					{ counts: a, shared: [...rowKeys.map((key, i) => ({ key, entries: [[i, 'total']] as const })), { key: 'all', entries: [['total', 'total']] }] },
					{ counts: b, shared: [...rowKeys.map((key, i) => ({ key, entries: [[i, 'total']] as const })), { key: 'all', entries: [['total', 'total']] }] },
					{
						counts: c,
						printed: { rowTotals: false, columnTotals: true, grandTotal: false },
						shared: [...rowKeys.map((key, i) => ({ key, entries: [0, 1, 2].map((j) => [i, j] as const) })), { key: 'all', entries: [0, 1, 2].map((j) => ['total', j] as const) }]
					}
				];
				const same: TableEntry[][] = Array.from({ length: rows + 1 }, (_, i) => [
					{ table: 0, at: [i, 2] as const },
					{ table: 1, at: [i, 2] as const }
				]);
				const sums = Array.from({ length: rows + 1 }, (_, i) => ({ value: { table: 0, at: [i, 2] as const }, parts: [0, 1, 2].map((j) => ({ table: 2, at: [i, j] as const })) }));
				const joint = suppressLinkedTables(tables, { minCell: 11 });
				for (const t of joint) for (const x of withMarginCells(t).flat()) if (!x.suppressed) expect((x.value as number) === 0 || (x.value as number) >= 11).toBe(true);
				const hidden = joint.map(hiddenOf);
				const views = hidden.map((h, k) => ({ unknown: h.map((r, i) => r.map((x, j) => x || (k === 2 && j === 5))), suppressed: h }));
				expect(determinedAcrossTables(views, same, sums)).toEqual([]);
			}),
			{ numRuns: 300, seed: 7 }
		);
	});
});
