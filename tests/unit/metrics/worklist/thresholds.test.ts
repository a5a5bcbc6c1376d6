/**
 * Known answers for per-program thresholds, declining meeting frequency, inactive mentors
 * and the date edges, on the fixture in ./thresholds-fixture.ts (arithmetic there).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	DEFAULT_THRESHOLD_TABLE,
	decliningFrequency,
	disengagedPairings,
	distressFlags,
	inactiveMentors,
	surveyNonresponse,
	thresholdTable,
	unmatchedTrainees,
	worklistFlags,
	DEFAULT_THRESHOLDS
} from '../../../../src/lib/metrics/worklist';
import { ENGINES, ENGINE_SETUP_TIMEOUT, withFixture, type TestDatabase } from '../engines';
import { Q2_THRESHOLDS, thresholdsFixture } from './thresholds-fixture';

const PER_PROGRAM = thresholdTable(DEFAULT_THRESHOLDS, { Q2: Q2_THRESHOLDS });
const brief = (rows: { person_id: string; severity: string; days: number }[]) => rows.map((r) => `${r.person_id} ${r.severity} ${r.days}`);

describe.each(ENGINES)('per-program worklist thresholds on $name', (engine) => {
	let db: TestDatabase;
	beforeAll(async () => {
		db = await withFixture(engine, thresholdsFixture);
	}, ENGINE_SETUP_TIMEOUT);
	afterAll(() => db?.close());

	it('lists a fading pairing: fewer than half the meetings of the 90 days before, with a base of 4', async () => {
		expect(await decliningFrequency(db)).toEqual([
			{
				person_id: 'F1',
				program_id: 'Q1',
				reason: 'declining_frequency',
				severity: 'medium',
				since: '2026-10-20',
				days: 12,
				evidence: '1 meeting in the last 90 days, down from 4 in the 90 before (last on 2026-10-20)'
			}
		]);
	});

	it('lets Q2 list a drop below 75%, and leaves Q1 at its defaults', async () => {
		const rows = await decliningFrequency(db, undefined, PER_PROGRAM);
		expect(rows.map((r) => [r.person_id, r.evidence])).toEqual([
			['F1', '1 meeting in the last 90 days, down from 4 in the 90 before (last on 2026-10-20)'],
			['K2', '2 meetings in the last 90 days, down from 4 in the 90 before (last on 2026-10-20)']
		]);
	});

	it('lists a silent pairing once, as disengaged, not also as declining; a pairing ending on as_of is not in force', async () => {
		// F4 silent 104 days, under 2 × 60 = 120: medium. H2 295 ≥ 120: high.
		expect(brief(await disengagedPairings(db))).toEqual(['H2 high 295', 'F4 medium 104', 'G1 medium 90', 'J1 medium 61', 'K1 medium 61']);
		// Q2 lists silence after 30 days: K1 at 61 is now high (≥ 60); H1 (31 days, Q1) still not.
		expect(brief(await disengagedPairings(db, undefined, PER_PROGRAM))).toEqual(['H2 high 295', 'F4 medium 104', 'G1 medium 90', 'J1 medium 61', 'K1 high 61']);
	});

	it('lists a mentor quiet with every mentee, counted from the earliest current match at the latest', async () => {
		expect(await inactiveMentors(db)).toEqual([
			{
				person_id: 'N-3',
				program_id: 'Q1',
				reason: 'mentor_inactive',
				severity: 'high',
				since: '2026-01-10',
				days: 295,
				evidence: 'no completed meeting with any of their 2 active mentees since the first was matched on 2026-01-10 (295 days)'
			},
			{
				person_id: 'N-2',
				program_id: 'Q1',
				reason: 'mentor_inactive',
				severity: 'medium',
				since: '2026-08-03',
				days: 90,
				evidence: 'no completed meeting with their one active mentee since 2026-08-03 (90 days)'
			}
		]);
		const q2 = (await inactiveMentors(db, undefined, PER_PROGRAM)).find((r) => r.person_id === 'N-5');
		expect(q2).toMatchObject({ severity: 'high', days: 61, evidence: 'no completed meeting with their one active mentee since matched on 2026-09-01 (61 days)' });
	});

	it('keeps a trainee who just joined inside the grace period, and counts the boundary day', async () => {
		// V3 waited exactly 30 days: listed. V4 (29), V1 (20) and W1 (pairing ended today: 0) are not.
		expect(await unmatchedTrainees(db)).toEqual([
			{ person_id: 'V3', program_id: 'Q1', reason: 'unmatched', severity: 'medium', since: '2026-10-02', days: 30, evidence: 'no mentor since joining on 2026-10-02 (30 days)' }
		]);
		// Q2 lists after 10 days: V2 (20). Q1's V1 (20 days) still waits inside its 30.
		expect(brief(await unmatchedTrainees(db, undefined, PER_PROGRAM))).toEqual(['V3 medium 30', 'V2 medium 20']);
	});

	it('counts the flags and worsenings each program chose', async () => {
		// Defaults: Mini-Z flags do not count (Z1, Z2 out), WBI worsening does (Z3, Z4 in);
		// WHO-5 10/25 is flagged but its flag does not count and there is no earlier answer (Z6 out).
		expect((await distressFlags(db)).map((r) => [r.person_id, r.severity, r.evidence])).toEqual([
			['Z3', 'medium', 'Mayo WBI 3/7 in the Autumn 2026 wave, up from 1 in Spring 2026'],
			['Z4', 'medium', 'Mayo WBI 3/7 in the Autumn 2026 wave, up from 1 in Spring 2026']
		]);
		// Q2 counts the Mini-Z flag and no worsening: Z1 in (high), Z3 out; Q1 unchanged.
		expect((await distressFlags(db, undefined, PER_PROGRAM)).map((r) => [r.person_id, r.severity, r.evidence])).toEqual([
			['Z1', 'high', 'Mini-Z burnout item 4/5 in the Autumn 2026 wave (burnout)'],
			['Z4', 'medium', 'Mayo WBI 3/7 in the Autumn 2026 wave, up from 1 in Spring 2026']
		]);
	});

	it('treats a missed latest wave as non-response, and an earlier answer alone as no well-being item', async () => {
		// Eligible: enrolled by 2026-10-05 (V3 joined 10-02 and V4 10-03 are; V1 and V2, 10-12, are not).
		// Answered the latest wave: Z1, Z2, Z3, Z4, Z6. Everyone else eligible is listed, Z5 included,
		// whose only answer is from Autumn 2025 (and who is not a well-being item: no latest answer).
		const rows = await surveyNonresponse(db);
		expect(rows.map((r) => r.person_id)).toEqual(['F1', 'F2', 'F3', 'F4', 'G1', 'H1', 'H2', 'HX', 'J1', 'K1', 'K2', 'V3', 'V4', 'W1', 'Z5']);
		expect(rows.find((r) => r.person_id === 'Z5')?.evidence).toBe('no response to the Autumn 2026 survey (open 2026-10-05 to 2026-10-30)');
		expect((await distressFlags(db)).some((r) => r.person_id === 'Z5')).toBe(false);
	});

	it('gives the same list whatever the session time zone: dates are DATEs, not instants', async () => {
		const reference = await worklistFlags(db, undefined, PER_PROGRAM);
		expect(reference.length).toBeGreaterThan(10);
		const before = process.env.TZ;
		const hasIcu = engine.name === 'node-api';
		try {
			// Line Islands (UTC+14) and American Samoa (UTC−11), for the process and the
			// DuckDB session: 25 hours apart, so any date that passed through an instant
			// (a timestamp cast, a JavaScript Date) would move by a day in one of them.
			for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
				process.env.TZ = zone;
				// duckdb-wasm has no ICU: its session has no time zone to set (always UTC).
				if (hasIcu) await db.query(`SET TimeZone = '${zone}'`);
				expect(await worklistFlags(db, undefined, PER_PROGRAM)).toEqual(reference);
			}
		} finally {
			if (hasIcu) await db.query(`SET TimeZone = 'UTC'`);
			if (before === undefined) delete process.env.TZ;
			else process.env.TZ = before;
		}
	});

	it('defaults to the documented thresholds', () => {
		expect(DEFAULT_THRESHOLD_TABLE.defaults).toEqual({
			unmatchedDays: 30,
			unmatchedHighDays: 90,
			noMeetingDays: 60,
			cancelledInARow: 3,
			decliningWindowDays: 90,
			decliningMinBase: 4,
			decliningPercent: 50,
			mentorInactiveDays: 90,
			wellbeingFlags: ['phq2', 'mayo_wbi'],
			wellbeingWorsening: ['who5', 'mayo_wbi']
		});
	});
});
