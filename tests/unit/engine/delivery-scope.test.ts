/**
 * A scoped build keeps only the rows of the programs in scope and blanks dropped columns.
 * Fixture (dataset-fixture.ts): program PA has people a1, a2, m1; PB has b1, m2.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { tableFromIPC } from 'apache-arrow';
import { containerTables, readContainerHeader } from '$lib/engine/dataset-container';
import { buildDatasetPayload } from '$lib/server/delivery/payload';
import { ALL_SCOPE, scopeKey } from '$lib/server/delivery/scope';
import { TABLE_NAMES } from '$lib/schema/tables';
import { DERIVED_TABLE_NAMES } from '$lib/metrics/interprofessional/contact-facts';
import { FIXTURE_VERSION, writeFixtureVersion } from './dataset-fixture';

let dataDir: string;
beforeAll(async () => {
	({ dataDir } = await writeFixtureVersion());
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function decodedTables(scope = ALL_SCOPE) {
	const payload = await buildDatasetPayload(dataDir, FIXTURE_VERSION, scope);
	const parsed = readContainerHeader(payload.bytes)!;
	expect(parsed.header.versionId).toBe(FIXTURE_VERSION);
	const tables = Object.fromEntries(
		containerTables(payload.bytes, parsed).map(({ table, ipc }) => [table.name, tableFromIPC(ipc).toArray().map((r) => r.toJSON())])
	);
	return { payload, tables };
}

const column = (rows: Record<string, unknown>[], name: string) => rows.map((r) => r[name]).sort();

describe('buildDatasetPayload', () => {
	it('sends every table, in TABLE_NAMES order then the contact facts, with all rows for the "all" scope', async () => {
		const { payload, tables } = await decodedTables();
		expect(Object.keys(tables)).toEqual([...TABLE_NAMES, ...DERIVED_TABLE_NAMES]);
		expect(payload.rowCounts).toMatchObject({ people: 5, pairings: 3, meetings: 3, ipe_attendance: 4 });
		expect(tables.people.find((p) => p.person_id === 'a2')).toMatchObject({
			display_name: 'Al Two',
			cohort_year: 2024,
			exit_date: Date.parse('2025-03-15T00:00:00Z'),
			exit_reason_text: 'moved away'
		});
	});

	it('keeps only program PA rows and blanks the dropped columns', async () => {
		const { tables } = await decodedTables({
			programIds: ['PA'],
			dropColumns: ['people.display_name', 'people.email', 'people.exit_reason_text']
		});
		expect(column(tables.programs, 'program_id')).toEqual(['PA']);
		expect(column(tables.people, 'person_id')).toEqual(['a1', 'a2', 'm1']);
		// dropped: the columns are still there (same schema for every role) but all null
		for (const name of ['display_name', 'email', 'exit_reason_text']) {
			expect(column(tables.people, name)).toEqual([null, null, null]);
		}
		expect(column(tables.people, 'status')).toEqual(['active', 'active', 'withdrawn']);
		expect(column(tables.demographics, 'person_id')).toEqual(['a1', 'a2']);
		expect(column(tables.person_race, 'race_ethnicity')).toEqual(['asian', 'white']);
		expect(column(tables.pairings, 'pairing_id')).toEqual(['pa1', 'pa2']);
		expect(column(tables.meetings, 'meeting_id')).toEqual(['ma1', 'ma2']);
		expect(column(tables.survey_responses, 'response_id')).toEqual(['ra1']);
		expect(column(tables.survey_items, 'response_id')).toEqual(['ra1', 'ra1']);
		// act-a: organised by PA; act-x: no program, attended by a2 (PA); act-b: PB only
		expect(column(tables.ipe_activities, 'activity_id')).toEqual(['act-a', 'act-x']);
		// b1 attended act-a but is out of scope
		expect(tables.ipe_attendance.map((r) => `${r.activity_id}/${r.person_id}`).sort()).toEqual(['act-a/a1', 'act-x/a2']);
		// not program data: kept whole
		expect(tables.survey_waves).toHaveLength(1);
		expect(tables.dataset_info).toHaveLength(1);
	});

	it('sends program PA the professions its people met, derived over every program, without anyone outside it', async () => {
		const { tables } = await decodedTables({ programIds: ['PA'], dropColumns: [] });
		// pa1: m1 (MD) mentors a1 (MD); pa2 has no mentor; pb1 is PB's
		expect(tables.pairing_professions).toEqual([{ pairing_id: 'pa1', mentor_profession: 'MD', mentee_profession: 'MD' }]);
		// act-a: a1 (MD) with b1 (RN, out of scope): RN is still present; act-x: a2 alone
		expect(tables.activity_professions.map((r) => `${r.activity_id}/${r.profession}`)).toEqual(['act-a/MD', 'act-a/RN', 'act-x/MD']);
		// the one cross-discipline contact of PA's people: a1 met RN at act-a on 2025-11-01
		expect(tables.profession_contacts).toEqual([
			{ person_id: 'a1', other_profession: 'RN', via: 'activity', span_from: Date.parse('2025-11-01T00:00:00Z'), span_to: Date.parse('2025-11-01T00:00:00Z') }
		]);
		// first matched pairing of the whole version: pb1 on 2025-07-15 (a date, nobody's row)
		expect(tables.event_calendar).toEqual([{ first_event_on: Date.parse('2025-07-15T00:00:00Z') }]);
		// no id of PB's people (b1, m2) or pairing (pb1) or activity (act-b) in any derived table
		const derived = JSON.stringify(DERIVED_TABLE_NAMES.map((name) => tables[name]));
		for (const id of ['"b1"', '"m2"', '"pb1"', '"act-b"']) expect(derived).not.toContain(id);
	});

	it('sends an empty scope no contact facts but the calendar', async () => {
		const { tables } = await decodedTables({ programIds: [], dropColumns: [] });
		for (const name of ['pairing_professions', 'activity_professions', 'profession_contacts']) expect(tables[name]).toEqual([]);
		expect(tables.event_calendar).toHaveLength(1);
	});

	it('refuses a misspelt dropped column rather than sending it', async () => {
		await expect(buildDatasetPayload(dataDir, FIXTURE_VERSION, { programIds: 'all', dropColumns: ['people.mail'] })).rejects.toThrow(
			/unknown column in delivery scope: people.mail/
		);
	});

	it('refuses a version id that could walk the disk', async () => {
		await expect(buildDatasetPayload(dataDir, '../etc', ALL_SCOPE)).rejects.toThrow(/not a dataset version id/);
	});
});

describe('scopeKey', () => {
	it('is "all" for the full dataset and stable under reordering otherwise', () => {
		expect(scopeKey(ALL_SCOPE)).toBe('all');
		const a = scopeKey({ programIds: ['PB', 'PA'], dropColumns: ['people.email'] });
		const b = scopeKey({ programIds: ['PA', 'PB', 'PA'], dropColumns: ['people.email'] });
		expect(a).toBe(b);
		expect(a).not.toBe(scopeKey({ programIds: ['PA'], dropColumns: ['people.email'] }));
		expect(a).not.toBe(scopeKey({ programIds: ['PA', 'PB'], dropColumns: [] }));
	});
});
