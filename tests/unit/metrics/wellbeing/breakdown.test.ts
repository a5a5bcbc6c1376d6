/**
 * Known answer: prevalence by profession, training level and program for one wave
 * (fixture.ts). Default wave: the latest with answers = W3 (W4 has none).
 *
 * W3 eligible A, B, C, D, E, F, G, I, J, K; answers A 4*, B 2, C 1, D 4*, E 3*, G 1, K 3*.
 *   profession DO: C → 1 eligible, 1 responded, 0 of 1 flagged; Wilson 0/1: 0 – 0.793450686.
 *   profession MD: A, B, G, I, K → 5 eligible, 4 responded (I did not), 2 of 4 flagged (A, K):
 *     p 0.5, Wilson 2/4 0.150038989 – 0.849961011; response rate 4/5.
 *   profession RN: D, E, F, J → 4 eligible, 2 responded, 2 of 2 flagged; response rate 2/4.
 *   level MS1: C, G, I, K → 4, 3 responded, 1 of 3 flagged (K): Wilson 0.061491945–0.792340399.
 *   level MS2: A, B → 2, 2, 1 of 2.   level NR1: D, E, F, J → 4, 2, 2 of 2.
 *   program P1 "Medicine": A, B, C, G, I, K → 6, 5 responded, 2 of 5 flagged (A, K):
 *     p 0.4, centre 0.784145882, half 0.576158036, scale 1.768291764 → 0.117620774–0.769275719.
 *   program P2 "Nursing": 4, 2, 2 of 2.
 * Wave W1 asked for: P1 eligible A, B, C, H, I, K = 6, answers A 2, B 4*, H 4* → 2 of 3;
 *   P2 D, E, F, J = 4, answers D 3*, F 5* → 2 of 2.
 * W1 asked for under a range starting 2025-01-01: W1 is outside it → the latest answered wave
 *   in range, W3.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFilter } from '../../../../src/lib/metrics/population-filter';
import { prevalenceBreakdown, type GroupPrevalence } from '../../../../src/lib/metrics/wellbeing/breakdown';
import { ENGINES, ENGINE_SETUP_TIMEOUT, withFixture, type TestDatabase } from '../engines';
import { WELLBEING_FIXTURE } from './fixture';

const find = (rows: GroupPrevalence[], dimension: string, group: string) => rows.find((r) => r.dimension === dimension && r.group === group);

describe.each(ENGINES)('prevalence breakdown on $name', (engine) => {
	let db: TestDatabase;
	beforeAll(async () => {
		db = await withFixture(engine, WELLBEING_FIXTURE);
	}, ENGINE_SETUP_TIMEOUT);
	afterAll(() => db?.close());

	it('breaks the latest answered wave down by profession, level and program', async () => {
		const rows = await prevalenceBreakdown(db, makeFilter(), { instrument: 'mini_z_burnout' });
		expect(rows.map((r) => `${r.dimension}:${r.group}`)).toEqual([
			'level:MS1', 'level:MS2', 'level:NR1',
			'profession:DO', 'profession:MD', 'profession:RN',
			'program:P1', 'program:P2'
		]);
		expect(new Set(rows.map((r) => r.waveId))).toEqual(new Set(['W3']));

		expect(find(rows, 'profession', 'DO')).toMatchObject({ eligible: 1, respondents: 1, n: 1, flagged: 0, prevalence: 0, lower: 0 });
		expect(find(rows, 'profession', 'DO')?.upper).toBeCloseTo(0.793450686, 6);
		const md = find(rows, 'profession', 'MD');
		expect(md).toMatchObject({ eligible: 5, respondents: 4, n: 4, flagged: 2, prevalence: 0.5 });
		expect(md?.lower).toBeCloseTo(0.150038989, 6);
		expect(md?.upper).toBeCloseTo(0.849961011, 6);
		expect(md?.responseRate).toBeCloseTo(0.8, 6);
		expect(find(rows, 'profession', 'RN')).toMatchObject({ eligible: 4, respondents: 2, n: 2, flagged: 2, prevalence: 1, responseRate: 0.5 });

		const ms1 = find(rows, 'level', 'MS1');
		expect(ms1).toMatchObject({ eligible: 4, respondents: 3, n: 3, flagged: 1 });
		expect(ms1?.lower).toBeCloseTo(0.061491945, 6);
		expect(ms1?.upper).toBeCloseTo(0.792340399, 6);
		expect(find(rows, 'level', 'MS2')).toMatchObject({ eligible: 2, respondents: 2, flagged: 1 });

		const p1 = find(rows, 'program', 'P1');
		expect(p1).toMatchObject({ groupLabel: 'Medicine', eligible: 6, respondents: 5, n: 5, flagged: 2 });
		expect(p1?.prevalence).toBeCloseTo(0.4, 6);
		expect(p1?.lower).toBeCloseTo(0.117620774, 6);
		expect(p1?.upper).toBeCloseTo(0.769275719, 6);
		expect(find(rows, 'program', 'P2')).toMatchObject({ groupLabel: 'Nursing', eligible: 4, n: 2, flagged: 2 });
	});

	it('breaks down the wave asked for', async () => {
		const rows = await prevalenceBreakdown(db, makeFilter(), { instrument: 'mini_z_burnout', waveId: 'W1' });
		expect(find(rows, 'program', 'P1')).toMatchObject({ waveId: 'W1', eligible: 6, respondents: 3, n: 3, flagged: 2 });
		expect(find(rows, 'program', 'P2')).toMatchObject({ waveId: 'W1', eligible: 4, respondents: 2, n: 2, flagged: 2 });
	});

	it('falls back to the latest answered wave in range when the wave asked for is outside it', async () => {
		const rows = await prevalenceBreakdown(db, makeFilter({ dateFrom: '2025-01-01' }), { instrument: 'mini_z_burnout', waveId: 'W1' });
		expect(new Set(rows.map((r) => r.waveId))).toEqual(new Set(['W3']));
		expect(find(rows, 'program', 'P1')).toMatchObject({ eligible: 6, n: 5, flagged: 2 });
	});

	it('follows the filter', async () => {
		const rows = await prevalenceBreakdown(db, makeFilter({ professions: ['RN'] }), { instrument: 'mini_z_burnout' });
		expect(rows.map((r) => `${r.dimension}:${r.group}:${r.eligible}:${r.n}:${r.flagged}`)).toEqual(['level:NR1:4:2:2', 'profession:RN:4:2:2', 'program:P2:4:2:2']);
	});
});
