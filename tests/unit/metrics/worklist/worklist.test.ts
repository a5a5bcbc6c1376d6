/**
 * Known answers for every worklist rule on the fixture in ./fixture.ts (arithmetic there).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	disengagedPairings,
	distressFlags,
	overloadedMentors,
	surveyNonresponse,
	thresholdsWith,
	thresholdTable,
	unmatchedTrainees,
	worklistFlags
} from '../../../../src/lib/metrics/worklist';
import { makeFilter } from '../../../../src/lib/metrics/population-filter';
import { ENGINES, ENGINE_SETUP_TIMEOUT, withFixture, type TestDatabase } from '../engines';
import { worklistFixture } from './fixture';

describe.each(ENGINES)('worklist rules on $name', (engine) => {
	let db: TestDatabase;
	beforeAll(async () => {
		db = await withFixture(engine, worklistFixture);
	}, ENGINE_SETUP_TIMEOUT);
	afterAll(() => db?.close());

	it('lists unmatched trainees after 30 days, high from 90, from joining or the last pairing end', async () => {
		expect(await unmatchedTrainees(db)).toEqual([
			{ person_id: 'U2', program_id: 'P2', reason: 'unmatched', severity: 'high', since: '2026-01-01', days: 304, evidence: 'no mentor since joining on 2026-01-01 (304 days)' },
			{ person_id: 'U4', program_id: 'P2', reason: 'unmatched', severity: 'medium', since: '2026-09-15', days: 47, evidence: 'matched 2025-09-01, pairing ended early 2026-09-15 with no new mentor (47 days); mentor requested 2026-09-20' }
		]);
	});

	it('with no waiting threshold, includes the trainee who joined yesterday and the pairing that ended today', async () => {
		const rows = await unmatchedTrainees(db, undefined, thresholdTable(thresholdsWith({ unmatchedDays: 0 })));
		expect(rows.map((r) => [r.person_id, r.days])).toEqual([['U2', 304], ['U4', 47], ['S6', 22], ['U1', 1], ['U3', 0]]);
		expect(rows.find((r) => r.person_id === 'U3')?.evidence).toBe('matched 2024-09-01, pairing concluded 2026-11-01 with no new mentor (0 days)');
	});

	it('lists silent pairings after 60 days and runs of 3 cancellations, ignoring meetings after as_of', async () => {
		expect(await disengagedPairings(db)).toEqual([
			{ person_id: 'D2', program_id: 'P2', reason: 'disengaged', severity: 'high', since: '2026-01-15', days: 290, evidence: 'no meeting logged since matched on 2026-01-15 (290 days)' },
			{ person_id: 'D1', program_id: 'P2', reason: 'disengaged', severity: 'medium', since: '2026-08-14', days: 79, evidence: 'no meeting logged since 2026-08-14 (79 days)' },
			{ person_id: 'D3', program_id: 'P2', reason: 'disengaged', severity: 'high', since: '2026-09-10', days: 52, evidence: '3 cancelled or missed meetings in a row, the last on 2026-10-20' }
		]);
		// In P2, a 30-day silence threshold adds A1 (31 days, never met) and D4 (31 days) and
		// words D3 both ways (P1's pairings, matched 2026-10-01, would also reach 31 days).
		const tighter = await disengagedPairings(db, makeFilter({ programs: ['P2'] }), thresholdTable(thresholdsWith({ noMeetingDays: 30 })));
		expect(tighter.map((r) => r.person_id).sort()).toEqual(['A1', 'D1', 'D2', 'D3', 'D4']);
		expect(tighter.find((r) => r.person_id === 'D3')?.evidence).toBe('no meeting logged since 2026-09-10 (52 days); 3 cancelled or missed meetings in a row, the last on 2026-10-20');
		expect(await disengagedPairings(db, makeFilter({ programs: ['P1'] }))).toEqual([]);
	});

	it('lists eligible non-respondents of the latest opened wave in programs that took part', async () => {
		expect(await surveyNonresponse(db)).toEqual([
			{ person_id: 'S5', program_id: 'P1', reason: 'survey_nonresponse', severity: 'low', since: '2026-10-05', days: 27, evidence: 'no response to the Autumn 2026 survey (open 2026-10-05 to 2026-10-30)' }
		]);
	});

	it('flags well-being by instrument flag or meaningful worsening, across a skipped wave', async () => {
		expect(await distressFlags(db)).toEqual([
			{ person_id: 'S1', program_id: 'P1', reason: 'distress', severity: 'high', since: '2026-10-05', days: 27, evidence: 'Mayo WBI 5/7 in the Autumn 2026 wave (high distress), up from 2 in Spring 2026' },
			{ person_id: 'S2', program_id: 'P1', reason: 'distress', severity: 'medium', since: '2026-10-05', days: 27, evidence: 'WHO-5 15/25 in the Autumn 2026 wave, down from 18 in Spring 2026' },
			{ person_id: 'S3', program_id: 'P1', reason: 'distress', severity: 'high', since: '2026-10-05', days: 27, evidence: 'PHQ-2 3/6 in the Autumn 2026 wave (positive depression screen)' },
			{ person_id: 'S4', program_id: 'P1', reason: 'distress', severity: 'medium', since: '2026-10-05', days: 27, evidence: 'Mayo WBI 3/7 in the Autumn 2026 wave, up from 1 in Autumn 2025' }
		]);
	});

	it('lists mentors with more active mentees than capacity, not counting a pairing that ends today', async () => {
		expect(await overloadedMentors(db)).toEqual([
			{ person_id: 'M-2', program_id: 'P2', reason: 'mentor_overloaded', severity: 'medium', since: '2026-10-20', days: 12, evidence: '2 active mentees, capacity 1 (latest match 2026-10-20)' }
		]);
		expect(await overloadedMentors(db, makeFilter({ programs: ['P1'] }))).toEqual([]);
	});

	it('sorts the whole list by severity, then age', async () => {
		const rows = await worklistFlags(db);
		// high: U2 304, D2 290, D3 52, S1 27, S3 27; medium: D1 79, U4 47, S2 27, S4 27, M-2 12; low: S5 27
		expect(rows.map((r) => `${r.person_id}:${r.reason}`)).toEqual([
			'U2:unmatched', 'D2:disengaged', 'D3:disengaged', 'S1:distress', 'S3:distress',
			'D1:disengaged', 'U4:unmatched', 'S2:distress', 'S4:distress', 'M-2:mentor_overloaded',
			'S5:survey_nonresponse'
		]);
	});
});
