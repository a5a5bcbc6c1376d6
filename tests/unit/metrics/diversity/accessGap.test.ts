/**
 * Known answer: mentoring access gap by group (fixture.ts).
 *
 * Match rate, active trainees with a pairing in force on 2025-07-01:
 *   URiM yes {T1 PA1, T3 PA3} 2/2 → Wilson(2, 2) = 0.342380228 – 1
 *   URiM no {T2 PA2, T6 PA4, T8 none} 2/3 → Wilson: centre 1.306909803, half 0.833344934,
 *     scale 2.280486274 → 0.207659601 – 0.938508055
 *   URiM not reported {T4 request only, T5 none} 0/2 → Wilson(0, 2) = 0 – 0.657619772
 *   gender nonbinary: nobody → 0/0, rate and interval NULL (still shown)
 * Meetings per pairing-month (all matched pairings of the population, T7's included;
 * exposure matched_at → ended_at or as_of; month = 30.436875 days):
 *   days: PA1 669 (2023-09-01→2025-07-01: 366 + 303), PA2 669, PA3 303, PA4 547 (366 + 181),
 *         PA5 182, PA6 501 (365 + 122 + 14)
 *   completed meetings inside: PA1 3 (the 2024-05-01 one was not completed), PA2 2, PA3 1,
 *         PA4 0, PA5 2, PA6 4
 *   URiM yes (PA1, PA3, PA5): 6 meetings / 1154 days → 6 × 30.436875 / 1154 = 0.158250650
 *   URiM no (PA2, PA4, PA6): 6 / 1717 days → 182.62125 / 1717 = 0.106360658
 *   URiM not reported: no pairing → months 0, rate NULL
 *   woman (PA1, PA3, PA5, PA6): 10 / 1655 → 0.183908610; man (PA2, PA4): 2 / 1216 → 0.050060650
 *   first-gen yes (PA1, PA4): 3 / 1216 → 0.075090975; no (PA2, PA3, PA5, PA6): 9 / 1655 → 0.165517749
 * Date range 2024-01-01 – 2024-12-31 (exposure and meetings clipped to it):
 *   URiM yes: PA1 365 days, 1 meeting (2024-01-10); PA3 121 days (from 2024-09-01), 1;
 *     PA5 182 days, 2 → 4 / 668 days → 121.7475 / 668 = 0.182256737
 *   URiM no: PA2 365 days, 1 (2024-10-15); PA4 365, 0; PA6 14 days (to 2024-01-15), 0
 *     → 1 / 744 → 0.040909778
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentoringAccessGap, type AccessGapRow } from '../../../../src/lib/metrics/diversity/accessGap';
import { makeFilter } from '../../../../src/lib/metrics/population-filter';
import { ENGINES, ENGINE_SETUP_TIMEOUT, withFixture, type TestDatabase } from '../engines';
import { diversityFixture } from './fixture';

const group = (rows: AccessGapRow[], dimension: string, category: string) => {
	const row = rows.find((r) => r.dimension === dimension && r.category === category);
	if (!row) throw new Error(`no row ${dimension}/${category}`);
	return row;
};
const MONTH = 30.436875;

describe.each(ENGINES)('mentoring access gap on $name', (engine) => {
	let db: TestDatabase;
	beforeAll(async () => {
		db = await withFixture(engine, diversityFixture);
	}, ENGINE_SETUP_TIMEOUT);
	afterAll(() => db?.close());

	it('gives the match rate of each group with Wilson intervals, unknowns as their own group', async () => {
		const rows = await mentoringAccessGap(db);
		const yes = group(rows, 'urim', 'yes');
		expect(yes).toMatchObject({ activeTrainees: 2, matched: 2, matchRate: 1 });
		expect(yes.lower).toBeCloseTo(0.342380228, 6);
		expect(yes.upper).toBeCloseTo(1, 6);
		const no = group(rows, 'urim', 'no');
		expect(no).toMatchObject({ activeTrainees: 3, matched: 2 });
		expect(no.matchRate).toBeCloseTo(2 / 3, 6);
		expect(no.lower).toBeCloseTo(0.207659601, 6);
		expect(no.upper).toBeCloseTo(0.938508055, 6);
		const unknown = group(rows, 'urim', 'not_reported');
		expect(unknown).toMatchObject({ activeTrainees: 2, matched: 0, matchRate: 0 });
		expect(unknown.upper).toBeCloseTo(0.657619772, 6);
		expect(group(rows, 'gender', 'nonbinary')).toMatchObject({ activeTrainees: 0, matched: 0, matchRate: null, lower: null, upper: null });
		expect(rows.map((r) => `${r.dimension}:${r.category}`)).toEqual([
			'first_gen:yes', 'first_gen:no', 'first_gen:not_reported',
			'gender:woman', 'gender:man', 'gender:nonbinary', 'gender:not_reported',
			'urim:yes', 'urim:no', 'urim:not_reported'
		]);
	});

	it('gives completed meetings per pairing-month of each group', async () => {
		const rows = await mentoringAccessGap(db);
		const yes = group(rows, 'urim', 'yes');
		expect(yes).toMatchObject({ pairings: 3, meetings: 6 });
		expect(yes.pairingMonths).toBeCloseTo(1154 / MONTH, 6);
		expect(yes.meetingsPerMonth).toBeCloseTo(0.15825065, 6);
		expect(group(rows, 'urim', 'no').meetingsPerMonth).toBeCloseTo(0.106360658, 6);
		expect(group(rows, 'urim', 'not_reported')).toMatchObject({ pairings: 0, pairingMonths: 0, meetings: 0, meetingsPerMonth: null });
		expect(group(rows, 'gender', 'woman').meetingsPerMonth).toBeCloseTo(0.18390861, 6);
		expect(group(rows, 'gender', 'man').meetingsPerMonth).toBeCloseTo(0.05006065, 6);
		expect(group(rows, 'first_gen', 'yes').meetingsPerMonth).toBeCloseTo(0.075090975, 6);
		expect(group(rows, 'first_gen', 'no').meetingsPerMonth).toBeCloseTo(0.165517749, 6);
	});

	it('clips exposure and meetings to the date range', async () => {
		const rows = await mentoringAccessGap(db, makeFilter({ dateFrom: '2024-01-01', dateTo: '2024-12-31' }));
		const yes = group(rows, 'urim', 'yes');
		expect(yes).toMatchObject({ pairings: 3, meetings: 4 });
		expect(yes.pairingMonths).toBeCloseTo(668 / MONTH, 6);
		expect(yes.meetingsPerMonth).toBeCloseTo(0.182256737, 6);
		expect(group(rows, 'urim', 'no')).toMatchObject({ pairings: 3, meetings: 1 });
		expect(group(rows, 'urim', 'no').meetingsPerMonth).toBeCloseTo(0.040909778, 6);
	});
});
