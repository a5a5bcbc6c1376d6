/**
 * The demo-mini exports (tests/fixtures/demo-mini) staged, loaded and scored. Every number
 * below was worked out by hand from the fixture files.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { NodeConnector } from '$lib/engine/node';
import { INSTRUMENTS } from '$lib/instruments/instruments';
import { loadCanonicalTables } from '$lib/server/ingest/load';
import { prepareImport } from '$lib/server/ingest/prepare';
import { DEMO_MINI_SETTINGS, demoMiniFiles } from './demo-mini';

let db: NodeConnector;
let warnings: string[];

beforeAll(async () => {
	const prepared = prepareImport(demoMiniFiles(), DEMO_MINI_SETTINGS);
	expect(prepared.problems.sorted().filter((p) => p.severity === 'error')).toEqual([]);
	warnings = prepared.problems.sorted().map((p) => `${p.file} ${p.row} ${p.column}: ${p.message}`);
	db = await NodeConnector.open();
	await loadCanonicalTables(db, prepared.tables, INSTRUMENTS);
});

afterAll(() => db.close());

const count = async (sql: string) => (await db.query<{ n: number }>(sql))[0]!.n;

describe('demo-mini import', () => {
	test('canonical row counts', async () => {
		const counts: Record<string, number> = {};
		for (const table of ['dataset_info', 'programs', 'people', 'demographics', 'person_race', 'pairings', 'meetings', 'survey_waves', 'survey_responses', 'survey_items', 'ipe_activities', 'ipe_attendance']) {
			counts[table] = await count(`SELECT count(*) AS n FROM "${table}"`);
		}
		expect(counts).toEqual({
			dataset_info: 1,
			programs: 3,
			people: 7, // 5 trainees (one "Both") + 2 mentors
			demographics: 7,
			// T1 Hispanic+White (2), T2 Asian, T3 blank -> not_reported, T4 Black, T5 not_reported,
			// M1 White, M2 AIAN+Other (2) = 9
			person_race: 9,
			pairings: 4,
			meetings: 5,
			survey_waves: 3,
			// Qualtrics: R1 4 instruments; R2 3 (Q1 is -99, so no Mini-Z); R3 2 (partial);
			// R4 4 = 13. REDCap: T3 autumn, T4 autumn, T5 spring = 3 (T3 spring not completed).
			survey_responses: 16,
			// Qualtrics: R1 1+2+5+3=11; R2 0+1+4+3=8; R3 1+2=3; R4 11 = 33. REDCap: 7+7+6 = 20.
			survey_items: 53,
			ipe_activities: 2,
			ipe_attendance: 4
		});
		expect(warnings).toEqual([]);
	});

	test('labels become canonical codes', async () => {
		expect(await db.query(`SELECT person_id, role, status, exit_date::VARCHAR AS exit_date, exit_reason_code FROM people WHERE person_id IN ('T000002', 'T000004', 'T000005') ORDER BY person_id`)).toEqual([
			{ person_id: 'T000002', role: 'trainee', status: 'withdrawn', exit_date: '2026-02-15', exit_reason_code: 'personal' },
			{ person_id: 'T000004', role: 'both', status: 'active', exit_date: null, exit_reason_code: null },
			{ person_id: 'T000005', role: 'trainee', status: 'leave_of_absence', exit_date: null, exit_reason_code: null }
		]);
		expect(await db.query(`SELECT pairing_id, mentor_id, kind, end_reason FROM pairings ORDER BY pairing_id`)).toEqual([
			{ pairing_id: 'P0001', mentor_id: 'M00001', kind: 'one_to_one', end_reason: null },
			{ pairing_id: 'P0002', mentor_id: 'M00001', kind: 'one_to_one', end_reason: 'mentee_left' },
			{ pairing_id: 'P0003', mentor_id: 'T000004', kind: 'near_peer', end_reason: null },
			{ pairing_id: 'P0004', mentor_id: null, kind: 'one_to_one', end_reason: null }
		]);
		// Completed, Cancelled, Completed, No-show, Completed
		expect(await db.query(`SELECT meeting_id, completed, modality, rating FROM meetings ORDER BY meeting_id`)).toEqual([
			{ meeting_id: 'MT0001', completed: true, modality: 'in_person', rating: 5 },
			{ meeting_id: 'MT0002', completed: false, modality: 'virtual', rating: null },
			{ meeting_id: 'MT0003', completed: true, modality: 'phone', rating: 4 },
			{ meeting_id: 'MT0004', completed: false, modality: 'virtual', rating: null },
			{ meeting_id: 'MT0005', completed: true, modality: 'in_person', rating: null }
		]);
		expect(await db.query(`SELECT kind FROM programs ORDER BY program_id`)).toEqual([{ kind: 'GME' }, { kind: 'nursing' }, { kind: 'UME' }]);
	});

	test('URiM from race with the default set; null when nothing reported', async () => {
		// T1 Hispanic -> true; T2 Asian -> false; T3 blank -> null; T4 Black -> true;
		// T5 Prefer not to say -> null; M1 White -> false; M2 AIAN + Other -> true.
		expect(await db.query(`SELECT person_id, urim, gender, first_gen FROM demographics ORDER BY person_id`)).toEqual([
			{ person_id: 'M00001', urim: false, gender: 'woman', first_gen: false },
			{ person_id: 'M00002', urim: true, gender: 'man', first_gen: true },
			{ person_id: 'T000001', urim: true, gender: 'woman', first_gen: true },
			{ person_id: 'T000002', urim: false, gender: 'man', first_gen: false },
			{ person_id: 'T000003', urim: null, gender: 'nonbinary', first_gen: null },
			{ person_id: 'T000004', urim: true, gender: 'man', first_gen: false },
			{ person_id: 'T000005', urim: null, gender: 'woman', first_gen: false }
		]);
		expect(await db.query(`SELECT race_ethnicity FROM person_race WHERE person_id = 'T000001' ORDER BY 1`)).toEqual([
			{ race_ethnicity: 'hispanic_latino_spanish' },
			{ race_ethnicity: 'white' }
		]);
	});

	test('a configurable URiM set changes the derivation', () => {
		// With only "asian" in the set, T2 (Asian) becomes URiM and T1 (Hispanic; White) does not.
		const prepared = prepareImport(demoMiniFiles(), { ...DEMO_MINI_SETTINGS, urimCategories: ['asian'] });
		const urim = Object.fromEntries(prepared.tables.demographics.map((r) => [r.values.person_id, r.values.urim]));
		expect(urim).toMatchObject({ T000001: 'false', T000002: 'true', T000003: null });
	});

	test('scores and flags from the instrument rules', async () => {
		const rows = await db.query<{ response_id: string; score: number | null; flag: boolean | null }>(
			`SELECT response_id, score, flag FROM survey_responses ORDER BY response_id`
		);
		expect(Object.fromEntries(rows.map((r) => [r.response_id, [r.score, r.flag]]))).toEqual({
			// R1: Mini-Z 3 (>=3 burnout); PHQ-2 2+1 = 3 (>=3 positive); WHO-5 5×3 = 15 (not <13); UCLA 2+2+2 = 6 (>=6)
			'R_1aBcDeFgHiJkLmN:mini_z_burnout': [3, true],
			'R_1aBcDeFgHiJkLmN:phq2': [3, true],
			'R_1aBcDeFgHiJkLmN:who5': [15, false],
			'R_1aBcDeFgHiJkLmN:ucla3': [6, true],
			// R2: PHQ-2 0 and -99 -> 1 of 2 answered -> null; WHO-5 one -99 -> 4 of 5 -> null; UCLA 1+1+1 = 3
			'R_2aBcDeFgHiJkLmN:phq2': [null, null],
			'R_2aBcDeFgHiJkLmN:who5': [null, null],
			'R_2aBcDeFgHiJkLmN:ucla3': [3, false],
			// R3 (partial, Finished False): Mini-Z 1; PHQ-2 1+1 = 2
			'R_3aBcDeFgHiJkLmN:mini_z_burnout': [1, false],
			'R_3aBcDeFgHiJkLmN:phq2': [2, false],
			// R4: Mini-Z 5; PHQ-2 3+3 = 6; WHO-5 0+1+0+1+0 = 2 (<13); UCLA 9
			'R_4aBcDeFgHiJkLmN:mini_z_burnout': [5, true],
			'R_4aBcDeFgHiJkLmN:phq2': [6, true],
			'R_4aBcDeFgHiJkLmN:who5': [2, true],
			'R_4aBcDeFgHiJkLmN:ucla3': [9, true],
			// REDCap WBI: T3 1+1+0+1+1+1+0 = 5 (>=5 distress); T4 1; T5 wbi_7 blank -> 6 of 7 -> null
			'T000003|autumn_2025_arm_1:mayo_wbi': [5, true],
			'T000004|autumn_2025_arm_1:mayo_wbi': [1, false],
			'T000005|spring_2026_arm_1:mayo_wbi': [null, null]
		});
	});

	test('-99 and blanks are not items; waves, dates and sources are mapped', async () => {
		expect(await count(`SELECT count(*) AS n FROM survey_items WHERE value = -99`)).toBe(0);
		expect(await db.query(`SELECT item, value FROM survey_items WHERE response_id = 'R_2aBcDeFgHiJkLmN:phq2'`)).toEqual([{ item: 'phq1', value: 0 }]);
		expect(
			await db.query(`SELECT person_id, wave_id, responded_on::VARCHAR AS responded_on, source FROM survey_responses WHERE response_id IN ('R_3aBcDeFgHiJkLmN:phq2', 'T000005|spring_2026_arm_1:mayo_wbi') ORDER BY 1`)
		).toEqual([
			{ person_id: 'T000001', wave_id: '2026-spring', responded_on: '2026-03-11', source: 'qualtrics' },
			{ person_id: 'T000005', wave_id: '2026-spring', responded_on: '2026-03-05', source: 'redcap' }
		]);
		expect(await db.query(`SELECT as_of::VARCHAR AS as_of, institution FROM dataset_info`)).toEqual([
			{ as_of: '2026-11-01', institution: 'Northbridge University Health Sciences' }
		]);
	});
});
