/**
 * Known answer: retention by group on the reviewer fixture (tests/unit/delivery/aggregates-fixture.ts),
 * as_of 2024-06-30, trainees only (mentors PM1, PM2, QM1 are not in the population):
 *   URiM yes: P1-MD-1..8, all active                                  → enrolled 8
 *   URiM no: P1-MD-9..20 (12) and P1-RN-1..8 (8), all active          → enrolled 20
 *   not reported (no demographics row): P1-RN-9..12 (4), P2's 15 MD + 3 RN (18) and P3's 4 MD
 *     active → enrolled 26; P1-X-1, P1-X-2 withdrawn and P2-X-1 dismissed → attrition 3;
 *     P1-X-3 graduated → completed 1.                                   58 trainees in all.
 * With the date range ending 2024-03-01 the dismissal (2024-04-01) and the graduation
 * (2024-05-15) fall after the end of follow-up: not reported → attrition 2, completed 0,
 * enrolled 28.
 * Gender: nobody has one recorded, so everyone is "not reported" (58) and the other
 * categories are listed with 0.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retentionByGroup, type GroupRetentionRow } from '../../../../src/lib/metrics/diversity/retentionByGroup';
import { makeFilter } from '../../../../src/lib/metrics/population-filter';
import { ENGINES, ENGINE_SETUP_TIMEOUT, withFixture, type TestDatabase } from '../engines';
import { reviewerFixture } from '../../delivery/aggregates-fixture';

const counts = (rows: GroupRetentionRow[], dimension: string, category: string) =>
	rows.filter((r) => r.dimension === dimension && r.category === category).map((r) => [r.outcome, r.count]);

describe.each(ENGINES)('retention by group on $name', (engine) => {
	let db: TestDatabase;
	beforeAll(async () => {
		db = await withFixture(engine, reviewerFixture());
	}, ENGINE_SETUP_TIMEOUT);
	afterAll(() => db?.close());

	it('splits every trainee of each URiM group by attrition, completion and still enrolled', async () => {
		const rows = await retentionByGroup(db);
		expect(counts(rows, 'urim', 'yes')).toEqual([['attrition', 0], ['completed', 0], ['enrolled', 8]]);
		expect(counts(rows, 'urim', 'no')).toEqual([['attrition', 0], ['completed', 0], ['enrolled', 20]]);
		expect(counts(rows, 'urim', 'not_reported')).toEqual([['attrition', 3], ['completed', 1], ['enrolled', 26]]);
		const urimTotal = rows.filter((r) => r.dimension === 'urim').reduce((s, r) => s + r.count, 0);
		expect(urimTotal).toBe(58);
	});

	it('lists every category, with zeros, and unknown gender as "not reported"', async () => {
		const rows = await retentionByGroup(db);
		expect(counts(rows, 'gender', 'woman')).toEqual([['attrition', 0], ['completed', 0], ['enrolled', 0]]);
		expect(counts(rows, 'gender', 'not_reported')).toEqual([['attrition', 3], ['completed', 1], ['enrolled', 54]]);
	});

	it('counts only exits up to the end of the date range', async () => {
		const rows = await retentionByGroup(db, makeFilter({ dateTo: '2024-03-01' }));
		expect(counts(rows, 'urim', 'not_reported')).toEqual([['attrition', 2], ['completed', 0], ['enrolled', 28]]);
	});
});
