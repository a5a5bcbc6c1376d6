/**
 * A coordinator's interprofessional figures equal the full data's restricted to their
 * program, though their payload holds none of the other programs' people: the professions
 * met come from the contact facts the server derives (contact-facts.ts).
 *
 * Fixture (as_of 2026-06-30; every person active, trainees enrolled from 2025-07-01):
 *   GIM (the coordinator's): r1 r2 r3 MD trainees, r4 MD senior resident (role both),
 *        gm MD faculty mentor.
 *   PHA: pm PharmD faculty mentor, p1 PharmD trainee.   NRS: n1 RN trainee.
 *   Pairings  g1 pm → r1 (GIM, matched 2025-09-01): cross-discipline, but pm is PHA's.
 *             g2 gm → r2 (GIM, 2025-09-01): MD with MD.
 *             x1 r4 → p1 (PHA, 2025-10-01): r4 mentors pharmacy; the pairing is PHA's.
 *   Activities a1 (NRS, 2026-02-10): r3 with n1 (RN).   a2 (GIM, 2026-03-01): r2 alone.
 *
 * Hand-worked, GIM, all records to as_of: trainees r1 r2 r3 r4 = 4.
 *   r1 met PharmD (g1, pairing); r3 met RN (a1, activity); r4 met PharmD (x1, pairing);
 *   r2 met nobody of another profession. reached 3/4 = 0.75, by pairing 2, by activity 1,
 *   professions met {RN, PharmD} = 2 (canonical order). Overview reach: the same 3 of 4 active trainees.
 *   Terms: first event 2025-09-01 → Fall 2025 (Aug–Dec): r1 (from 09-01), r4 (from 10-01)
 *   → 2/4; Spring 2026: g1 and x1 still in force, a1 in February → 3/4.
 *   Pairing matrix: mentees r1 r2 → (PharmD, MD) 1, (MD, MD) 1; 2 pairings, 1 cross.
 *   Activity matrix: a1 {MD, RN}, a2 {MD} → MD·MD 2, MD·RN 1, RN·MD 1, RN·RN 1; 2 activities,
 *   1 interprofessional, attendees r2 r3.
 * Before the contact facts, the coordinator's payload gave 0/4: pm and n1 were missing, and
 * x1 was PHA's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { activityMatrix, crossDisciplineReach, pairingMatrix, programReach, reachByTerm } from '../../../../src/lib/metrics/interprofessional';
import { EMPTY_FILTER, makeFilter } from '../../../../src/lib/metrics/population-filter';
import { makeActivity, makeAttendance, makeMentor, makePairing, makeProgram, makeTrainee, type Fixture } from '../../../factories';
import { ENGINES, ENGINE_SETUP_TIMEOUT } from '../engines';
import { fullAndScoped, scopedPayload } from '../scoped-payload';

const trainee = (id: string, programId: string, profession: 'MD' | 'PharmD' | 'RN', role: 'trainee' | 'both' = 'trainee') =>
	makeTrainee({ id, programId, profession, role, trainingLevel: role === 'both' ? 'PGY3' : 'PGY1', startDate: '2025-07-01' });

const fixture: Fixture = {
	asOf: '2026-06-30',
	programs: [makeProgram({ id: 'GIM', kind: 'GME' }), makeProgram({ id: 'PHA', kind: 'pharmacy' }), makeProgram({ id: 'NRS', kind: 'nursing' })],
	people: [
		trainee('r1', 'GIM', 'MD'),
		trainee('r2', 'GIM', 'MD'),
		trainee('r3', 'GIM', 'MD'),
		trainee('r4', 'GIM', 'MD', 'both'),
		makeMentor({ id: 'gm', programId: 'GIM', profession: 'MD' }),
		makeMentor({ id: 'pm', programId: 'PHA', profession: 'PharmD' }),
		trainee('p1', 'PHA', 'PharmD'),
		trainee('n1', 'NRS', 'RN')
	],
	pairings: [
		makePairing({ id: 'g1', mentorId: 'pm', menteeId: 'r1', programId: 'GIM', matchedAt: '2025-09-01' }),
		makePairing({ id: 'g2', mentorId: 'gm', menteeId: 'r2', programId: 'GIM', matchedAt: '2025-09-01' }),
		makePairing({ id: 'x1', mentorId: 'r4', menteeId: 'p1', programId: 'PHA', matchedAt: '2025-10-01' })
	],
	activities: [makeActivity({ id: 'a1', date: '2026-02-10', programId: 'NRS' }), makeActivity({ id: 'a2', date: '2026-03-01', programId: 'GIM' })],
	attendance: [...makeAttendance('a1', ['r3', 'n1']), ...makeAttendance('a2', ['r2'])]
};

let payload: Uint8Array;

beforeAll(async () => {
	// The coordinator's payload, built by the real endpoint code from the fixture as a stored version.
	const coordinator = { id: 'u-7', email: 'coordinator@school.edu', role: 'coordinator' as const, programIds: ['GIM'] };
	payload = await scopedPayload(fixture, coordinator);
}, ENGINE_SETUP_TIMEOUT);

describe.each(ENGINES)('a coordinator’s interprofessional figures on $name', (engine) => {
	const db = fullAndScoped(engine, fixture, () => payload);

	it('receives none of the other programs’ people, and no contact of theirs', () => {
		expect(db.delivered.people.map((p) => p.person_id).sort()).toEqual(['gm', 'r1', 'r2', 'r3', 'r4']);
		expect(db.delivered.ipe_attendance.map((a) => a.person_id).sort()).toEqual(['r2', 'r3']);
		expect(db.delivered.pairings.map((p) => p.pairing_id).sort()).toEqual(['g1', 'g2']);
		expect(db.delivered.profession_contacts.map((c) => c.person_id).sort()).toEqual(['r1', 'r3', 'r4']);
		const everything = JSON.stringify(db.delivered);
		for (const id of ['"p1"', '"n1"', '"x1"']) expect(everything).not.toContain(id);
	});

	it('gives GIM the hand-worked reach, equal to the full data restricted to GIM', async () => {
		const mine = await programReach(db.scoped, EMPTY_FILTER);
		const gim = mine.programs.find((p) => p.programId === 'GIM');
		expect(gim).toMatchObject({ trainees: 4, reached: 3, byPairing: 2, byActivity: 1, otherProfessions: 2, professionsMet: ['RN', 'PharmD'], share: 0.75 });
		const admin = await programReach(db.full, makeFilter({ programs: ['GIM'] }));
		expect(mine).toEqual(admin);
	});

	it('gives the Overview reach of GIM’s active trainees: 3 of 4', async () => {
		expect(await crossDisciplineReach(db.scoped)).toMatchObject({ activeTrainees: 4, reached: 3, viaPairing: 2, viaActivity: 1, rate: 0.75 });
	});

	it('gives the same reach by term as the full data restricted to GIM', async () => {
		const mine = await reachByTerm(db.scoped, EMPTY_FILTER);
		const all = (term: string) => mine.find((r) => r.termId === term && r.profession === null);
		expect(all('2025-fall')).toMatchObject({ trainees: 4, reached: 2 });
		expect(all('2026-spring')).toMatchObject({ trainees: 4, reached: 3, byPairing: 2, byActivity: 1 });
		expect(mine).toEqual(await reachByTerm(db.full, makeFilter({ programs: ['GIM'] })));
	});

	it('gives the same pairing and activity matrices as the full data restricted to GIM', async () => {
		const pairings = await pairingMatrix(db.scoped, EMPTY_FILTER);
		expect(pairings).toMatchObject({ pairings: 2, crossDiscipline: 1, mentees: 2 });
		expect(pairings.cells).toContainEqual({ rowProfession: 'PharmD', columnProfession: 'MD', count: 1 });
		expect(pairings).toEqual(await pairingMatrix(db.full, makeFilter({ programs: ['GIM'] })));
		const activities = await activityMatrix(db.scoped, EMPTY_FILTER);
		expect(activities).toMatchObject({ activities: 2, interprofessional: 1, attendees: 2 });
		expect(activities.cells).toContainEqual({ rowProfession: 'MD', columnProfession: 'RN', count: 1 });
		expect(activities).toEqual(await activityMatrix(db.full, makeFilter({ programs: ['GIM'] })));
	});
});
