/**
 * Known answers for the trainee profile's summary and timeline on ./fixture.ts (as_of 2026-11-01).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personSummary } from '../../../../src/lib/metrics/profile/person';
import { personTimeline } from '../../../../src/lib/metrics/profile/timeline';
import { dataAsOf, loadProgramNames } from '../../../../src/lib/views/dataset-labels';
import { ENGINES, ENGINE_SETUP_TIMEOUT, withFixture, type TestDatabase } from '../engines';
import { peopleFixture } from './fixture';

describe.each(ENGINES)('trainee profile on $name', (engine) => {
	let db: TestDatabase;
	beforeAll(async () => {
		db = await withFixture(engine, peopleFixture);
	}, ENGINE_SETUP_TIMEOUT);
	afterAll(() => db?.close());

	it('names the data date and each program, in name order', async () => {
		expect(await dataAsOf(db)).toBe('2026-11-01');
		expect([...(await loadProgramNames(db))]).toEqual([
			['P1', 'Medical School'],
			['P2', 'Nurse Residency']
		]);
	});

	it('says whether a trainee is unmatched on as_of, and who mentors them', async () => {
		const u = await personSummary(db, 'U');
		expect(u).toMatchObject({ display_name: 'Uma Reyes', program_name: 'Medical School', start_date: '2025-08-01', as_of: '2026-11-01', unmatched: true, current_mentor_id: null });
		expect(await personSummary(db, 'T1')).toMatchObject({ unmatched: false, current_mentor_id: 'M-A' });
		// T6's pairing ends on as_of: no longer in force.
		expect(await personSummary(db, 'T6')).toMatchObject({ unmatched: true, current_mentor_id: null });
		// A withdrawn trainee is not waiting for anyone; a mentor is not a trainee.
		expect(await personSummary(db, 'T8')).toMatchObject({ unmatched: false });
		expect(await personSummary(db, 'M-A')).toMatchObject({ unmatched: false });
		expect(await personSummary(db, 'nobody')).toBeNull();
	});

	it('lists enrollment, pairings, meetings, answers with flags and a missed wave, newest first', async () => {
		const events = (await personTimeline(db, 'U')).map((e) => [e.date, e.kind, e.tone, e.summary]);
		expect(events).toEqual([
			// Autumn 2026: no responded_on date, so the wave's opening day; Mayo WBI 5 ≥ 5 is flagged,
			// so the wave's event is; PHQ-2 had too few items for a score.
			['2026-10-05', 'survey', 'flag', 'Autumn 2026 survey: Mayo WBI 5/7, flagged (high distress); PHQ-2 too few items answered to score'],
			['2026-06-10', 'requested', 'neutral', 'Asked for a mentor (awaiting a match)'],
			['2026-06-01', 'pairing_ended', 'warning', 'Pairing with Hana Ito ended (ended early)'],
			// Spring 2026: enrolled on 2026-03-02, P1 took part (T1 answered), U did not.
			['2026-03-02', 'survey_missed', 'warning', 'No response to the Spring 2026 survey'],
			['2026-03-01', 'meeting', 'warning', 'Meeting with Hana Ito cancelled or missed, phone'],
			['2026-02-01', 'meeting', 'ok', 'Met Hana Ito, virtual, 30 min'],
			// requested_at equals matched_at for this pairing: one event, the match.
			['2026-01-01', 'matched', 'ok', 'Matched with mentor Hana Ito (MD, one to one)'],
			['2025-10-10', 'survey', 'neutral', 'Autumn 2025 survey: Mayo WBI 2/7'],
			['2025-08-01', 'enrolled', 'neutral', 'Joined the program as MS1 (cohort 2025)']
		]);
	});

	it('shows a mentor’s mentees by id when unnamed, and marks meetings after as_of as scheduled', async () => {
		const events = await personTimeline(db, 'M-A');
		expect(events.slice(0, 3).map((e) => [e.date, e.summary, e.upcoming])).toEqual([
			['2026-11-05', 'Meeting scheduled with T1, in person', true],
			['2026-10-20', 'Meeting with T1 cancelled or missed, in person', false],
			['2026-10-01', 'Met T1, in person, 45 min', false]
		]);
		expect(events.filter((e) => e.kind === 'matched').map((e) => e.summary)).toEqual(['Started mentoring T2 (MD, one to one)', 'Started mentoring T1 (MD, one to one)']);
		// Mentors are not surveyed: no missed waves.
		expect(events.some((e) => e.kind === 'survey_missed')).toBe(false);
	});

	it('words an exit and a pairing ended by the mentee leaving', async () => {
		const events = await personTimeline(db, 'X4');
		expect(events.filter((e) => e.kind === 'left' || e.kind === 'pairing_ended').map((e) => [e.date, e.summary])).toEqual([
			['2025-06-01', 'Left the program: withdrawn (personal)'],
			['2025-06-01', 'Pairing with M-E ended (mentee left)']
		]);
	});
});
