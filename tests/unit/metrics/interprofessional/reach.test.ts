/**
 * Known answers for cross-discipline reach by term and by program on fixture.ts.
 *
 * Terms run from the term of the first event (PB matched 2024-09-01 → Fall 2024) to the
 * term holding as_of (Fall 2025, window 2025-08-01 – 2025-10-15, partial).
 *   Fall 2024    enrolled A B C D F (E starts 2025-06-15). PF (from 2024-10-01) → F.
 *                reached 1 of 5; MD 1/3 (A B F), RN 0/1, PharmD 0/1.
 *   Spring 2025  enrolled A B C D F (F left 2025-03-01, inside the term). PA → A, PF → F
 *                (pairing 2); X1 on 2025-05-31 → A C D (activity 3). reached A C D F = 4/5;
 *                MD 2/3, RN 1/1, PharmD 1/1.
 *   Summer 2025  enrolled A B C D E (F gone). PA ended 2025-05-31, the day before; X2 on
 *                2025-06-01 had MD only → 0/5: the term boundary falls between X1 and X2.
 *   Fall 2025    enrolled A B C D E; X3 → E (reached only by an activity, with a mentor);
 *                X4 after as_of → 1/5; RN 1/2.
 * Wilson 95% (z² = 3.841459):
 *   4/5: centre 0.8 + 3.841459/10 = 1.184146, half 1.959964·√(0.16/5 + 3.841459/100) = 0.520091,
 *        scale 1 + 3.841459/5 = 1.768292 → 0.375535 – 0.963776
 *   1/5: centre 0.2 + 0.384146 = 0.584146, half 1.959964·√(0.032 + 0.038415) = 0.520091
 *        → 0.036224 – 0.624465
 *   0/5: lower 0; upper 2·0.384146/1.768292 = 0.434482
 * Date range 2025-05-15 – 2025-06-10: population = enrolled in it = A B C D (E starts after,
 *   F left before). Spring window 05-15 – 05-31 (partial): PA (ends 05-31) → A, X1 → A C D
 *   → 3/4 (Wilson 0.300642 – 0.954413); Summer window 06-01 – 06-10: 0/4.
 *
 * Programs, all records up to as_of: P1 A B F → A (PA: RN; X1: RN, PharmD), F (PF: RN)
 *   = 2/3, met {RN, PharmD} = 2; P2 C E → C (X1: MD, PharmD), E (X3: PharmD) = 2/2, met
 *   {MD, PharmD}; P3 D (X1: MD, RN) = 1/1, met {MD, RN}. Order: share, then breadth, then
 *   id → P2, P3, P1. Everyone: 5/6, met {MD, RN, PharmD} = 3; Wilson(5, 6) 0.436497 – 0.969947.
 *   Date range 2025-06-01 – 2025-10-15: A B C D E enrolled; only X3 → E: P2 1/2 {PharmD},
 *   P1 0/2, P3 0/1; everyone 1/5.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { programReach, reachByTerm } from '../../../../src/lib/metrics/interprofessional';
import { makeFilter } from '../../../../src/lib/metrics/population-filter';
import { ENGINES, ENGINE_SETUP_TIMEOUT, withFixture, type TestDatabase } from '../engines';
import { fixture } from './fixture';

describe.each(ENGINES)('cross-discipline reach by term and program on $name', (engine) => {
	let db: TestDatabase;
	beforeAll(async () => {
		db = await withFixture(engine, fixture);
	}, ENGINE_SETUP_TIMEOUT);
	afterAll(() => db?.close());

	it('gives every term from the first event to as_of, all professions together', async () => {
		const rows = (await reachByTerm(db, makeFilter())).filter((r) => r.profession === null);
		expect(rows.map((r) => [r.termId, r.label, r.windowStart, r.windowEnd, r.partial, r.trainees, r.reached, r.byPairing, r.byActivity])).toEqual([
			['2024-fall', 'Fall 2024', '2024-08-01', '2024-12-31', false, 5, 1, 1, 0],
			['2025-spring', 'Spring 2025', '2025-01-01', '2025-05-31', false, 5, 4, 2, 3],
			['2025-summer', 'Summer 2025', '2025-06-01', '2025-07-31', false, 5, 0, 0, 0],
			['2025-fall', 'Fall 2025', '2025-08-01', '2025-10-15', true, 5, 1, 0, 1]
		]);
		const spring = rows[1];
		expect(spring.share).toBeCloseTo(0.8, 6);
		expect(spring.lower).toBeCloseTo(0.375534630, 6);
		expect(spring.upper).toBeCloseTo(0.963775891, 6);
		expect(rows[0].lower).toBeCloseTo(0.036224109, 6);
		expect(rows[0].upper).toBeCloseTo(0.624465370, 6);
		expect(rows[2].share).toBe(0);
		expect(rows[2].lower).toBeCloseTo(0, 9);
		expect(rows[2].upper).toBeCloseTo(0.434482465, 6);
	});

	it('splits each term by the trainee’s profession', async () => {
		const rows = await reachByTerm(db, makeFilter());
		const pick = (termId: string) =>
			Object.fromEntries(rows.filter((r) => r.termId === termId && r.profession !== null).map((r) => [r.profession, `${r.reached}/${r.trainees}`]));
		expect(pick('2024-fall')).toEqual({ MD: '1/3', RN: '0/1', PharmD: '0/1' });
		expect(pick('2025-spring')).toEqual({ MD: '2/3', RN: '1/1', PharmD: '1/1' });
		expect(pick('2025-summer')).toEqual({ MD: '0/2', RN: '0/2', PharmD: '0/1' });
		expect(pick('2025-fall')).toEqual({ MD: '0/2', RN: '1/2', PharmD: '0/1' });
	});

	it('clips terms to the date range and counts only trainees enrolled in it', async () => {
		const rows = (await reachByTerm(db, makeFilter({ dateFrom: '2025-05-15', dateTo: '2025-06-10' }))).filter((r) => r.profession === null);
		expect(rows.map((r) => [r.termId, r.windowStart, r.windowEnd, r.partial, r.trainees, r.reached])).toEqual([
			['2025-spring', '2025-05-15', '2025-05-31', true, 4, 3],
			['2025-summer', '2025-06-01', '2025-06-10', true, 4, 0]
		]);
		expect(rows[0].lower).toBeCloseTo(0.300641843, 6);
		expect(rows[0].upper).toBeCloseTo(0.954412739, 6);
	});

	it('ranks programs by share reached, then by how many other professions they met', async () => {
		const { programs, overall } = await programReach(db, makeFilter());
		expect(programs.map((p) => [p.programId, p.programName, p.reached, p.trainees, p.otherProfessions, p.professionsMet])).toEqual([
			['P2', 'Nursing', 2, 2, 2, ['MD', 'PharmD']],
			['P3', 'Pharmacy', 1, 1, 2, ['MD', 'RN']],
			['P1', 'Medicine', 2, 3, 2, ['RN', 'PharmD']]
		]);
		expect(programs[2].byPairing).toBe(2);
		expect(programs[2].byActivity).toBe(1);
		expect(overall).toMatchObject({ programId: null, trainees: 6, reached: 5, otherProfessions: 3, professionsMet: ['MD', 'RN', 'PharmD'] });
		expect(overall.lower).toBeCloseTo(0.436497178, 6);
		expect(overall.upper).toBeCloseTo(0.969946630, 6);
	});

	it('counts program reach inside the date range only', async () => {
		const { programs, overall } = await programReach(db, makeFilter({ dateFrom: '2025-06-01', dateTo: '2025-10-15' }));
		expect(programs.map((p) => [p.programId, p.reached, p.trainees, p.professionsMet])).toEqual([
			['P2', 1, 2, ['PharmD']],
			['P1', 0, 2, []],
			['P3', 0, 1, []]
		]);
		expect(overall).toMatchObject({ trainees: 5, reached: 1 });
	});
});
