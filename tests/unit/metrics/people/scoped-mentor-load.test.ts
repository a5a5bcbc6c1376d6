/**
 * A coordinator's mentor figures (capacity view, overloaded and inactive mentors, the match
 * score) count every mentee a mentor has, though their payload holds none of the other
 * program's pairings: the load comes from the mentor facts the server derives over the whole
 * dataset (metrics/mentors/mentor-facts.ts).
 *
 * Fixture (as_of 2026-06-30; everyone active, MD, no specialty; default thresholds):
 *   IM (the coordinator's): mentors mA (capacity 2), mB (capacity 3), mC (capacity 2);
 *       trainees i1, i2, i3 (unmatched).
 *   PH: mentor mP (capacity 2); trainees p1, p2, p3, p4.
 *   Pairings, IM's:  a1 mA → i1 (2026-01-10).   a2 mB → i2 (2025-09-01), met 2025-10-01.
 *            PH's:   b1 mA → p1 (2026-02-01), met 2026-06-01.   b2 mA → p2 (2026-03-01).
 *                    b3 mB → p3 (2025-12-01), met 2026-05-20.   b4 mC → p4 (2025-11-01), never met.
 *                    b5 mP → p4 (2026-04-01).
 *                    b6 mB → p1 (2025-08-01, ended early 2026-01-15).
 *
 * Hand-worked, over all rows:
 *   mA: i1 p1 p2 = 3 mentees > capacity 2: over, −1 free; last met 2026-06-01 (29 days).
 *       Overloaded, medium (3 < 2 + 2), since the latest match 2026-03-01: 31+30+31+29 = 121 days.
 *   mB: i2 p3 = 2 of 3: 1 free; last met 2026-05-20 (11 + 30 = 41 days): not inactive.
 *       Record: 1 ended (b6), 1 early → record 0.
 *   mC: p4 = 1 of 2: 1 free; never met since matched 2025-11-01:
 *       29+1 (Dec 1) +31+31+28+31+30+31+29 = 30+31+31+28+31+30+31+29 = 241 days ≥ 2 × 90: inactive, high.
 *   Suggestions for i3 (same program, free place, weights 35/20/10/20/15, no record 0.5):
 *       mC: profession 20 + room ½ × 20 = 10 + no record 0.5 × 15 = 7.5 → 37.5, first;
 *       mB: 20 + ⅓ × 20 = 6.666667 + record 0 → 26.666667. mA has no free place.
 * Counted on the coordinator's rows alone (before the facts): mA 1 of 2 (open) and never met
 * i1 since 2026-01-10 (21+28+31+30+31+30 = 171 days: wrongly inactive), mB 1 mentee quiet
 * since 2025-10-01 (272 days: wrongly inactive), mC no mentee at all (missed); 0 overloaded.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mentorCapacity } from '../../../../src/lib/metrics/mentors/capacity';
import { MENTOR_FACTS } from '../../../../src/lib/metrics/mentors/mentor-facts';
import { materializeDerivedTableSql } from '../../../../src/lib/metrics/interprofessional/contact-facts';
import { inactiveMentors, overloadedMentors } from '../../../../src/lib/metrics/worklist';
import { suggestedMatches } from '../../../../src/lib/metrics/matching/suggested-matches';
import { makeFilter } from '../../../../src/lib/metrics/population-filter';
import { makeMeeting, makeMentor, makePairing, makeProgram, makeTrainee, type Fixture } from '../../../factories';
import { ENGINES, ENGINE_SETUP_TIMEOUT } from '../engines';
import { fullAndScoped, loadPayload, scopedPayload } from '../scoped-payload';
import { personWorklistFlags } from '../../../../src/lib/views/trainee-profile';
import type { WorklistActionRecord } from '../../../../src/lib/worklist/actions';

const trainee = (id: string, programId: string) => makeTrainee({ id, programId, trainingLevel: 'PGY1', startDate: '2025-07-01' });
const pairing = (id: string, mentorId: string, menteeId: string, programId: string, matchedAt: string, ended?: { endedAt: string; endReason: string }) =>
	makePairing({ id, mentorId, menteeId, programId, matchedAt, ...ended });

const fixture: Fixture = {
	asOf: '2026-06-30',
	programs: [makeProgram({ id: 'IM', kind: 'GME' }), makeProgram({ id: 'PH', kind: 'pharmacy' })],
	people: [
		makeMentor({ id: 'mA', programId: 'IM', capacity: 2 }),
		makeMentor({ id: 'mB', programId: 'IM', capacity: 3 }),
		makeMentor({ id: 'mC', programId: 'IM', capacity: 2 }),
		trainee('i1', 'IM'),
		trainee('i2', 'IM'),
		trainee('i3', 'IM'),
		makeMentor({ id: 'mP', programId: 'PH', capacity: 2 }),
		trainee('p1', 'PH'),
		trainee('p2', 'PH'),
		trainee('p3', 'PH'),
		trainee('p4', 'PH')
	],
	pairings: [
		pairing('a1', 'mA', 'i1', 'IM', '2026-01-10'),
		pairing('a2', 'mB', 'i2', 'IM', '2025-09-01'),
		pairing('b1', 'mA', 'p1', 'PH', '2026-02-01'),
		pairing('b2', 'mA', 'p2', 'PH', '2026-03-01'),
		pairing('b3', 'mB', 'p3', 'PH', '2025-12-01'),
		pairing('b4', 'mC', 'p4', 'PH', '2025-11-01'),
		pairing('b5', 'mP', 'p4', 'PH', '2026-04-01'),
		pairing('b6', 'mB', 'p1', 'PH', '2025-08-01', { endedAt: '2026-01-15', endReason: 'ended_early' })
	],
	meetings: [
		makeMeeting({ pairingId: 'a2', date: '2025-10-01' }),
		makeMeeting({ pairingId: 'b1', date: '2026-06-01' }),
		makeMeeting({ pairingId: 'b3', date: '2026-05-20' })
	]
};

const coordinator = { id: 'u-9', email: 'im.coordinator@school.edu', role: 'coordinator' as const, programIds: ['IM'] };
const IM = makeFilter({ programs: ['IM'] });
const pick = <T extends object, K extends keyof T>(rows: T[], keys: K[]) => rows.map((r) => Object.fromEntries(keys.map((k) => [k, r[k]])));

let payload: Uint8Array;
beforeAll(async () => {
	payload = await scopedPayload(fixture, coordinator);
}, ENGINE_SETUP_TIMEOUT);

describe.each(ENGINES)('a coordinator’s mentor load on $name', (engine) => {
	const db = fullAndScoped(engine, fixture, () => payload);

	it('receives the facts of its own mentors only, and none of the other program’s pairings or people', () => {
		expect(db.delivered.pairings.map((p) => p.pairing_id).sort()).toEqual(['a1', 'a2']);
		expect(db.delivered.mentor_facts.map((f) => f.person_id)).toEqual(['mA', 'mB', 'mC']);
		const facts = JSON.stringify(db.delivered.mentor_facts);
		for (const id of ['mP', 'p1', 'p2', 'p3', 'p4', 'b1', 'b4']) expect(facts).not.toContain(`"${id}"`);
	});

	it('counts every mentee in the capacity view: the hand-worked answer, equal to all rows restricted to IM', async () => {
		const mine = await mentorCapacity(db.scoped);
		expect(pick(mine, ['person_id', 'active_mentees', 'free_places', 'load_status', 'last_meeting', 'days_since_meeting'])).toEqual([
			{ person_id: 'mA', active_mentees: 3, free_places: -1, load_status: 'over', last_meeting: '2026-06-01', days_since_meeting: 29 },
			{ person_id: 'mB', active_mentees: 2, free_places: 1, load_status: 'open', last_meeting: '2026-05-20', days_since_meeting: 41 },
			{ person_id: 'mC', active_mentees: 1, free_places: 1, load_status: 'open', last_meeting: null, days_since_meeting: null }
		]);
		expect(mine).toEqual((await mentorCapacity(db.full)).filter((r) => r.program_id === 'IM'));
	});

	it('lists mA as overloaded and mC as inactive, as on all rows restricted to IM', async () => {
		const overloaded = await overloadedMentors(db.scoped);
		expect(pick(overloaded, ['person_id', 'severity', 'since', 'days', 'evidence'])).toEqual([
			{ person_id: 'mA', severity: 'medium', since: '2026-03-01', days: 121, evidence: '3 active mentees, capacity 2 (latest match 2026-03-01)' }
		]);
		expect(overloaded).toEqual(await overloadedMentors(db.full, IM));
		const inactive = await inactiveMentors(db.scoped);
		expect(pick(inactive, ['person_id', 'severity', 'since', 'days', 'evidence'])).toEqual([
			{ person_id: 'mC', severity: 'high', since: '2025-11-01', days: 241, evidence: 'no completed meeting with their one active mentee since matched on 2025-11-01 (241 days)' }
		]);
		expect(inactive).toEqual(await inactiveMentors(db.full, IM));
	});

	it('scores room to take a mentee and past pairings on every pairing', async () => {
		const mine = await suggestedMatches(db.scoped, 'i3');
		expect(pick(mine, ['mentor_id', 'active_mentees', 'free_places', 'ended_pairings', 'ended_early', 'load_points', 'record_points', 'score'])).toEqual([
			{ mentor_id: 'mC', active_mentees: 1, free_places: 1, ended_pairings: 0, ended_early: 0, load_points: 10, record_points: 7.5, score: 37.5 },
			{ mentor_id: 'mB', active_mentees: 2, free_places: 1, ended_pairings: 1, ended_early: 1, load_points: 6.666667, record_points: 0, score: 26.666667 }
		]);
		expect(mine).toEqual(await suggestedMatches(db.full, 'i3'));
	});

	it('gives each mentor’s profile the list’s reasons, marking one resolved as off the list', async () => {
		const resolved: WorklistActionRecord = {
			id: 1, personId: 'mC', programId: 'IM', reason: 'mentor_inactive', action: 'resolved', snoozeUntil: null,
			note: 'on leave until July', userId: 'u-9', userName: 'IM Coordinator', at: Date.UTC(2026, 5, 30)
		};
		const mA = await personWorklistFlags(db.scoped, 'mA', [resolved], '2026-07-01');
		expect(mA.map((f) => [f.reason, f.evidence, f.onList, f.latest])).toEqual([['mentor_overloaded', '3 active mentees, capacity 2 (latest match 2026-03-01)', true, null]]);
		const mC = await personWorklistFlags(db.scoped, 'mC', [resolved], '2026-07-01');
		expect(mC.map((f) => [f.reason, f.severity, f.onList, f.latest?.id])).toEqual([['mentor_inactive', 'high', false, 1]]);
		expect(await personWorklistFlags(db.scoped, 'mB', [resolved], '2026-07-01')).toEqual([]);
	});

	it('would be wrong without the server’s facts: derived from the coordinator’s rows alone, nobody is overloaded and the wrong mentors are inactive', async () => {
		// The same derivation over the delivered rows only: what the browser could count itself.
		const local = await engine.open();
		try {
			await loadPayload(local, payload);
			await local.exec('DROP TABLE mentor_facts');
			await local.exec(materializeDerivedTableSql(MENTOR_FACTS));
			expect(await overloadedMentors(local)).toEqual([]);
			expect((await inactiveMentors(local)).map((f) => [f.person_id, f.days])).toEqual([['mB', 272], ['mA', 171]]);
		} finally {
			local.close();
		}
	});
});
