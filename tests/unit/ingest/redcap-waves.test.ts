/**
 * A REDCap export imported on its own (ingest/redcap-waves.ts): its events find their
 * survey waves in an earlier REDCap import, by name among the current waves, or become new
 * waves dated by the survey timestamps. Fixture: tests/fixtures/demo-mini, whose REDCap
 * export has 4 rows: T000003 autumn_2025_arm_1 (2025-10-10 09:30), T000003 spring_2026_arm_1
 * ([not completed]), T000004 autumn_2025_arm_1 (2025-10-12 14:05), T000005 spring_2026_arm_1
 * (2026-03-05 08:00). Three rows have answers: 3 responses, 7 + 7 + 6 = 20 items.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildPreview } from '$lib/server/ingest/preview';
import { resolveRedcapWaves } from '$lib/server/ingest/redcap-waves';
import { Columns } from '$lib/server/ingest/shapes';
import { readSourceFile } from '$lib/server/ingest/source-file';
import { prepareImport } from '$lib/server/ingest/prepare';
import type { StagedTables } from '$lib/server/ingest/staged';
import { DEMO_MINI_SETTINGS, demoMiniFiles } from './demo-mini';

const only = (...names: string[]) => demoMiniFiles().filter((f) => names.includes(f.name));
const errorsOf = (prepared: ReturnType<typeof prepareImport>) => prepared.problems.sorted().filter((p) => p.severity === 'error');

function currentWithout(...left: string[]): StagedTables {
	const prepared = prepareImport(demoMiniFiles().filter((f) => !left.includes(f.name)), DEMO_MINI_SETTINGS);
	expect(errorsOf(prepared)).toEqual([]);
	return prepared.tables;
}

const waveOf = (prepared: ReturnType<typeof prepareImport>) =>
	prepared.tables.survey_responses.filter((r) => r.values.source === 'redcap').map((r) => `${r.values.person_id} ${r.values.wave_id}`);

describe('REDCap export without survey_waves.csv', () => {
	test('events keep the waves an earlier REDCap import gave them', () => {
		const prepared = prepareImport(only('wellbeing_redcap.csv'), DEMO_MINI_SETTINGS, { current: currentWithout() });
		expect(errorsOf(prepared)).toEqual([]);
		expect(prepared.redcapWaves).toEqual([
			{ event: 'autumn_2025_arm_1', waveId: '2025-autumn', source: 'earlier' },
			{ event: 'spring_2026_arm_1', waveId: '2026-spring', source: 'earlier' }
		]);
		expect(waveOf(prepared)).toEqual(['T000003 2025-autumn', 'T000004 2025-autumn', 'T000005 2026-spring']);
		// Waves are carried as they were: 3, none added.
		expect(prepared.tables.survey_waves).toHaveLength(3);
	});

	test('without an earlier REDCap import, events match current waves by name', () => {
		// autumn_2025_arm_1 -> words "2025 autumn" = wave id 2025-autumn; likewise spring.
		const prepared = prepareImport(only('wellbeing_redcap.csv'), DEMO_MINI_SETTINGS, { current: currentWithout('wellbeing_redcap.csv') });
		expect(errorsOf(prepared)).toEqual([]);
		expect(prepared.redcapWaves?.map((c) => `${c.event} ${c.waveId} ${c.source}`)).toEqual(['autumn_2025_arm_1 2025-autumn name', 'spring_2026_arm_1 2026-spring name']);
		expect(waveOf(prepared)).toEqual(['T000003 2025-autumn', 'T000004 2025-autumn', 'T000005 2026-spring']);
	});

	test('with no waves anywhere, waves are made from the events and dated by the timestamps', () => {
		// First import: programs, roster and the REDCap export only. autumn: first 2025-10-10,
		// last 2025-10-12; spring: only T000005's 2026-03-05 (T000003's row is not completed).
		const prepared = prepareImport(only('programs.csv', 'roster.csv', 'wellbeing_redcap.csv', 'wellbeing_redcap_dictionary.csv'), DEMO_MINI_SETTINGS);
		expect(errorsOf(prepared)).toEqual([]);
		expect(prepared.redcapWaves).toEqual([
			{ event: 'autumn_2025_arm_1', waveId: 'autumn-2025', source: 'derived', opensOn: '2025-10-10', closesOn: '2025-10-12' },
			{ event: 'spring_2026_arm_1', waveId: 'spring-2026', source: 'derived', opensOn: '2026-03-05', closesOn: '2026-03-05' }
		]);
		expect(prepared.tables.survey_waves.map((w) => w.values)).toEqual([
			{ wave_id: 'autumn-2025', label: 'Autumn 2025', opens_on: '2025-10-10', closes_on: '2025-10-12' },
			{ wave_id: 'spring-2026', label: 'Spring 2026', opens_on: '2026-03-05', closes_on: '2026-03-05' }
		]);
		expect(prepared.tables.survey_responses).toHaveLength(3);
		expect(prepared.tables.survey_items).toHaveLength(20);
		const notes = buildPreview(prepared, null).files.find((f) => f.name === 'wellbeing_redcap.csv')!.notes;
		expect(notes.join(' ')).toContain("New survey waves made from the REDCap events, opening on each event's first survey timestamp and closing on its last: autumn-2025 (2025-10-10 to 2025-10-12), spring-2026 (2026-03-05 to 2026-03-05)");
	});

	test('a new event is added as a wave beside the current ones', () => {
		const autumn2026 = (text: string) => `${text}T000004,autumn_2026_arm_1,,2026-10-08 10:00,0,0,0,0,0,0,0,0,0,0,0,0,1,2\n`;
		const redcap = demoMiniFiles({ 'wellbeing_redcap.csv': autumn2026 }).filter((f) => f.name === 'wellbeing_redcap.csv');
		const current = currentWithout();
		// demo-mini has a wave 2026-autumn already: matched by name, nothing derived.
		const matched = prepareImport(redcap, DEMO_MINI_SETTINGS, { current });
		expect(matched.redcapWaves?.at(-1)).toEqual({ event: 'autumn_2026_arm_1', waveId: '2026-autumn', source: 'name' });
		// Without that wave it is made from the one timestamp, 2026-10-08, and added: 2 + 1 waves.
		current.survey_waves = current.survey_waves.filter((w) => w.values.wave_id !== '2026-autumn');
		const derived = prepareImport(redcap, DEMO_MINI_SETTINGS, { current });
		expect(errorsOf(derived)).toEqual([]);
		expect(derived.tables.survey_waves.map((w) => `${w.values.wave_id} ${w.values.opens_on} ${w.values.closes_on}`)).toEqual(['2025-autumn 2025-10-06 2025-10-31', '2026-spring 2026-03-02 2026-03-27', 'autumn-2026 2026-10-08 2026-10-08']);
	});

	test('survey_waves.csv in the upload is the calendar: an event it lacks is an error', () => {
		const waves = demoMiniFiles({ 'survey_waves.csv': (t) => t.replace(/^2026-spring.*\n/m, '') }).filter((f) => ['survey_waves.csv', 'wellbeing_redcap.csv'].includes(f.name));
		const prepared = prepareImport(waves, DEMO_MINI_SETTINGS, { current: currentWithout() });
		// Row 5 is T000005's spring response.
		expect(errorsOf(prepared).map((p) => `${p.file} ${p.row} ${p.column} ${p.value}: ${p.message}`)).toContain(
			'wellbeing_redcap.csv 5 redcap_event_name spring_2026_arm_1: no survey wave for this REDCap Event; add it to survey_waves.csv (REDCap Event column)'
		);
	});
});

describe('REDCap events of a real export', () => {
	test('WARRIOR test project: baseline dated by its consent timestamps, the follow-up undatable', () => {
		// 10 rows: baseline_arm_1 x8, followup_month_3_arm_1 x2. The only timestamps
		// (informed_consent_and_addendum_timestamp) are 2018-05-08 21:15:12 (806-1) and
		// 2018-05-08 21:02:39 (806-2), both baseline; the follow-up rows have none.
		const path = 'tests/fixtures/real-exports/redcap-REDCapRITS/WARRIORtestForSoftwa_DATA_2018-06-21_1431.csv';
		const file = readSourceFile('warrior.csv', readFileSync(path));
		const waves = resolveRedcapWaves(new Columns(file), null, null);
		expect(waves.choices).toEqual([
			{ event: 'baseline_arm_1', waveId: 'baseline', source: 'derived', opensOn: '2018-05-08', closesOn: '2018-05-08' },
			{ event: 'followup_month_3_arm_1', waveId: null, source: 'none' }
		]);
		expect(waves.derived.map((w) => w.values)).toEqual([{ wave_id: 'baseline', label: 'Baseline', opens_on: '2018-05-08', closes_on: '2018-05-08' }]);
	});
});
