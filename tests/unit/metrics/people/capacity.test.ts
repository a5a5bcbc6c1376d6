/**
 * Known answers for mentor capacity on the fixture in ./fixture.ts (as_of 2026-11-01).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentorCapacity } from '../../../../src/lib/metrics/mentors/capacity';
import { ENGINES, ENGINE_SETUP_TIMEOUT, withFixture, type TestDatabase } from '../engines';
import { peopleFixture } from './fixture';

const row = (person_id: string, rest: Record<string, unknown>) => ({ person_id, ...rest });

describe.each(ENGINES)('mentor capacity on $name', (engine) => {
	let db: TestDatabase;
	beforeAll(async () => {
		db = await withFixture(engine, peopleFixture);
	}, ENGINE_SETUP_TIMEOUT);
	afterAll(() => db?.close());

	it('counts active mentees against capacity: full, over, unknown, and a pairing ending on as_of no longer counts', async () => {
		const rows = await mentorCapacity(db);
		const pick = rows.map((r) => row(r.person_id, { capacity: r.capacity, active_mentees: r.active_mentees, free_places: r.free_places, load_status: r.load_status }));
		expect(pick).toEqual([
			// M-A: T1 and T2 in force, capacity 2 → 2 − 2 = 0 free: full.
			row('M-A', { capacity: 2, active_mentees: 2, free_places: 0, load_status: 'full' }),
			// M-B: T3 and T4 against capacity 1 → −1: over.
			row('M-B', { capacity: 1, active_mentees: 2, free_places: -1, load_status: 'over' }),
			// M-C: one mentee, capacity never recorded → no free-place figure.
			row('M-C', { capacity: null, active_mentees: 1, free_places: null, load_status: 'unknown' }),
			// M-D: T6's pairing ends 2026-11-01 = as_of, so it is over: 0 mentees, 3 free.
			row('M-D', { capacity: 3, active_mentees: 0, free_places: 3, load_status: 'open' }),
			// M-E: T7 counts; T8 is withdrawn though the pairing has no end date → 1 of 2.
			row('M-E', { capacity: 2, active_mentees: 1, free_places: 1, load_status: 'open' }),
			// M-F (P2), M-H (U's pairing ended 2026-06-01), M-I, M-J: nobody in force. M-G is withdrawn: absent.
			row('M-F', { capacity: 2, active_mentees: 0, free_places: 2, load_status: 'open' }),
			row('M-H', { capacity: 1, active_mentees: 0, free_places: 1, load_status: 'open' }),
			row('M-I', { capacity: 1, active_mentees: 0, free_places: 1, load_status: 'open' }),
			row('M-J', { capacity: 1, active_mentees: 0, free_places: 1, load_status: 'open' })
		]);
	});

	it('dates the last completed meeting on or before as_of, across current and past pairings', async () => {
		const rows = new Map((await mentorCapacity(db)).map((r) => [r.person_id, [r.last_meeting, r.days_since_meeting]]));
		// M-A: completed 2026-10-01; 10-20 was cancelled; 11-05 is after as_of → 2026-10-01, 30 + 1 = 31 days.
		expect(rows.get('M-A')).toEqual(['2026-10-01', 31]);
		// M-D: 2026-10-30 in the pairing that ended on as_of → 2 days.
		expect(rows.get('M-D')).toEqual(['2026-10-30', 2]);
		// M-E: only X2's 2025-03-01 meeting → 365 (to 2026-03-01) + 31+30+31+30+31+31+30+31 = 610 days.
		expect(rows.get('M-E')).toEqual(['2025-03-01', 610]);
		expect(rows.get('M-B')).toEqual([null, null]);
	});

	it('carries profession, specialty and program as recorded', async () => {
		const d = (await mentorCapacity(db)).find((r) => r.person_id === 'M-D')!;
		expect([d.program_id, d.profession, d.specialty]).toEqual(['P1', 'DO', 'pediatrics ']);
		const h = (await mentorCapacity(db)).find((r) => r.person_id === 'M-H')!;
		expect(h.display_name).toBe('Hana Ito');
	});
});
