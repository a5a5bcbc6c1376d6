/**
 * Known answer: burnout prevalence by wave with Wilson 95% CIs and response rates.
 *
 * Wilson: lower, upper = (p + z²/2n ∓ z√(p(1−p)/n + z²/4n²)) / (1 + z²/n), z = 1.959964,
 * z² = 3.841459.
 *
 * Trainees start 2023-07-01 unless noted. T6 withdrew 2024-06-01; T7 started 2024-09-01;
 * T8 started 2025-04-01; T9 graduated 2025-03-01. M1 is a mentor. Eligible on opens_on:
 * start_date ≤ opens_on and (exit_date NULL or exit_date > opens_on).
 *
 * W0 pilot, opens 2020-01-01: nobody enrolled yet → eligible 0, no responses:
 *   prevalence, CI and response rate all NULL (no division by zero).
 * W1 2024-03-01: eligible T1–T6, T9 = 7. Burnout answers T1 4, T6 5, T9 3 → all flagged.
 *   n = 3, flagged 3, p = 1: lower = n/(n + z²) = 3/6.841459 = 0.438502968, upper = 1.
 *   Response rate 3/7.
 * W2 2024-10-01: eligible T1–T5, T7, T9 = 7 (T6 gone). Answers T1 1, T2 2, T3 2, T7 1, and T4
 *   with no score (too few items) → respondents 5, n 4, flagged 0, p = 0:
 *   lower = 0, upper = z²/(n + z²) = 3.841459/7.841459 = 0.489890836. Response rate 5/7.
 * W3 2025-03-01: eligible T1–T5, T7 = 6 (T9 left on opens_on; T8 not started). Answers T1 4,
 *   T2 3, T3 2, T4 1, T5 twice (1 and 5: counted once, flagged). T8, T9 and M1 also answer
 *   but are not eligible, so they are left out. n = 5, flagged 3 (T1, T2, T5), p = 0.6:
 *   centre = 0.6 + 3.841459/10 = 0.984145882; half = 1.959964 × √(0.24/5 + 3.841459/100)
 *   = 1.959964 × √0.086414588 = 0.576158036; scale = 1 + 3.841459/5 = 1.768291764
 *   lower = 0.408…/1.768… = 0.230724281, upper = 1.560303918/1.768291764 = 0.882379226.
 *   Response rate 5/6. T3's PHQ-2 answer this wave does not count towards burnout.
 * W5 2025-05-01: only PHQ-2 answers (T1 4 → flagged, T2 1) → not a burnout wave; for
 *   PHQ-2 it is the latest: n = 2, flagged 1, p = 0.5, CI 0.094531206–0.905468794.
 * W4 2025-10-01: no answers yet; eligible T1–T5, T7, T8 = 7; response rate 0, prevalence NULL.
 *
 * Latest burnout wave = greatest opens_on among waves with burnout answers = W3.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { burnoutByWave, latestWaveBurnout } from '../../../src/lib/metrics/wellbeing';
import { makeMentor, makeProgram, makeResponse, makeTrainee, makeWave, type Fixture } from '../../factories';
import { ENGINES, ENGINE_SETUP_TIMEOUT, withFixture, type TestDatabase } from './engines';

const burnout = (personId: string, waveId: string, score: number | null) => makeResponse({ personId, waveId, score });
const phq2 = (personId: string, waveId: string, score: number) => makeResponse({ personId, waveId, score, instrument: 'phq2' });

const fixture: Fixture = {
	asOf: '2025-07-01',
	programs: [makeProgram({ id: 'P1' })],
	people: [
		...['T1', 'T2', 'T3', 'T4', 'T5'].map((id) => makeTrainee({ id })),
		makeTrainee({ id: 'T6', status: 'withdrawn', exitDate: '2024-06-01' }),
		makeTrainee({ id: 'T7', startDate: '2024-09-01' }),
		makeTrainee({ id: 'T8', startDate: '2025-04-01' }),
		makeTrainee({ id: 'T9', status: 'graduated', exitDate: '2025-03-01' }),
		makeMentor({ id: 'M1' })
	],
	waves: [
		makeWave({ id: 'W0', label: 'Pilot', opensOn: '2020-01-01' }),
		makeWave({ id: 'W1', label: 'Spring 2024', opensOn: '2024-03-01' }),
		makeWave({ id: 'W2', label: 'Autumn 2024', opensOn: '2024-10-01' }),
		makeWave({ id: 'W3', label: 'Spring 2025', opensOn: '2025-03-01' }),
		makeWave({ id: 'W4', label: 'Autumn 2025', opensOn: '2025-10-01' }),
		makeWave({ id: 'W5', label: 'PHQ check-in', opensOn: '2025-05-01' })
	],
	responses: [
		burnout('T1', 'W1', 4),
		burnout('T6', 'W1', 5),
		burnout('T9', 'W1', 3),
		burnout('T1', 'W2', 1),
		burnout('T2', 'W2', 2),
		burnout('T3', 'W2', 2),
		burnout('T7', 'W2', 1),
		burnout('T4', 'W2', null),
		burnout('T1', 'W3', 4),
		burnout('T2', 'W3', 3),
		burnout('T3', 'W3', 2),
		burnout('T4', 'W3', 1),
		burnout('T5', 'W3', 1),
		burnout('T5', 'W3', 5),
		burnout('T8', 'W3', 5),
		burnout('T9', 'W3', 5),
		burnout('M1', 'W3', 5),
		phq2('T3', 'W3', 6),
		phq2('T1', 'W5', 4),
		phq2('T2', 'W5', 1)
	]
};

describe.each(ENGINES)('burnout prevalence on $name', (engine) => {
	let db: TestDatabase;
	beforeAll(async () => {
		db = await withFixture(engine, fixture);
	}, ENGINE_SETUP_TIMEOUT);
	afterAll(() => db?.close());

	it('reports the latest wave with burnout answers', async () => {
		const latest = await latestWaveBurnout(db);
		expect(latest).toMatchObject({ waveId: 'W3', label: 'Spring 2025', opensOn: '2025-03-01', eligible: 6, respondents: 5, n: 5, flagged: 3 });
		expect(latest?.prevalence).toBeCloseTo(0.6, 6);
		expect(latest?.lower).toBeCloseTo(0.230724281, 6);
		expect(latest?.upper).toBeCloseTo(0.882379226, 6);
		expect(latest?.responseRate).toBeCloseTo(5 / 6, 6);
	});

	it('reports every wave in order, with null rates where there is no denominator', async () => {
		const waves = await burnoutByWave(db);
		expect(waves.map((w) => w.waveId)).toEqual(['W0', 'W1', 'W2', 'W3', 'W5', 'W4']);
		const [w0, w1, w2, , w5, w4] = waves;

		expect(w0).toMatchObject({ eligible: 0, respondents: 0, n: 0, flagged: 0, prevalence: null, lower: null, upper: null, responseRate: null });

		// Wilson at p = 1
		expect(w1).toMatchObject({ eligible: 7, respondents: 3, n: 3, flagged: 3 });
		expect(w1.prevalence).toBe(1);
		expect(w1.lower).toBeCloseTo(0.438502968, 6);
		expect(w1.upper).toBeCloseTo(1, 6);
		expect(w1.responseRate).toBeCloseTo(3 / 7, 6);

		// Wilson at p = 0
		expect(w2).toMatchObject({ eligible: 7, respondents: 5, n: 4, flagged: 0, prevalence: 0 });
		expect(w2.lower).toBeCloseTo(0, 6);
		expect(w2.upper).toBeCloseTo(0.489890836, 6);
		expect(w2.responseRate).toBeCloseTo(5 / 7, 6);

		expect(w5).toMatchObject({ eligible: 7, respondents: 0, n: 0, prevalence: null, responseRate: 0 });
		expect(w4).toMatchObject({ opensOn: '2025-10-01', eligible: 7, respondents: 0, prevalence: null, responseRate: 0 });
	});

	it('takes the instrument as a parameter', async () => {
		const latest = await latestWaveBurnout(db, { instrument: 'phq2' });
		expect(latest).toMatchObject({ waveId: 'W5', n: 2, flagged: 1, prevalence: 0.5 });
		expect(latest?.lower).toBeCloseTo(0.094531206, 6);
		expect(latest?.upper).toBeCloseTo(0.905468794, 6);
	});

	it('returns null when no wave has answers, and rejects unknown instruments', async () => {
		expect(await latestWaveBurnout(db, { instrument: 'who5' })).toBeNull();
		await expect(latestWaveBurnout(db, { instrument: 'nope' })).rejects.toThrow('unknown instrument: nope');
	});
});
