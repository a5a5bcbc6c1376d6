/**
 * A coordinator's import through the store: PA's coordinator uploads a new roster, pairings,
 * meetings and REDCap export; the new version holds PB's rows exactly as before (every
 * column, compared as text, in the same order) and PA's rows from the upload.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { TABLES, type TableName } from '$lib/schema/tables';
import { openDatasetConnector } from '$lib/server/store/dataset-connector';
import { importDataset, type ImportResult } from '$lib/server/store/import-dataset';
import { recentAudit } from '$lib/server/auth/audit';
import { closeStoreDatabase, storeDatabase } from '$lib/server/store/store-db';
import { visibleVersions } from '$lib/server/store/version-visibility';
import { getCurrentManifest, versionHistory } from '$lib/server/store/versions';
import { MEETINGS, PAIRINGS, REDCAP, ROSTER, TWO_PROGRAM_SETTINGS, WAVES, meetingsFile, pairingsFile, redcapFile, rosterFile, twoProgramFiles, wavesFile } from '../ingest/two-programs';

let dataDir: string;
beforeEach(() => {
	dataDir = mkdtempSync(join(tmpdir(), 'preceptor-coordinator-'));
});
afterEach(() => {
	closeStoreDatabase(dataDir);
	rmSync(dataDir, { recursive: true, force: true });
});

const versionOf = (result: ImportResult) => {
	if ('problems' in result) throw new Error(`import failed: ${JSON.stringify(result.problems.slice(0, 3))}`);
	return result.manifest;
};

/** PB's rows of each table, by the ownership rule, every column as text. */
const PB_ROWS: Record<Exclude<TableName, 'dataset_info' | 'survey_waves'>, string> = {
	programs: `program_id = 'PB'`,
	people: `program_id = 'PB'`,
	demographics: `person_id IN (SELECT person_id FROM people WHERE program_id = 'PB')`,
	person_race: `person_id IN (SELECT person_id FROM people WHERE program_id = 'PB')`,
	pairings: `program_id = 'PB'`,
	meetings: `pairing_id IN (SELECT pairing_id FROM pairings WHERE program_id = 'PB')`,
	survey_responses: `person_id IN (SELECT person_id FROM people WHERE program_id = 'PB')`,
	survey_items: `response_id IN (SELECT response_id FROM survey_responses WHERE person_id IN (SELECT person_id FROM people WHERE program_id = 'PB'))`,
	ipe_activities: `program_id = 'PB'`,
	ipe_attendance: `activity_id IN (SELECT activity_id FROM ipe_activities WHERE program_id = 'PB')`
};

async function rowsOfPB(versionId: string): Promise<Record<string, string[]>> {
	const db = await openDatasetConnector(dataDir, { versionId });
	try {
		const out: Record<string, string[]> = {};
		for (const [table, where] of Object.entries(PB_ROWS)) {
			const columns = TABLES.find((t) => t.name === table)!.columns.map((c) => `CAST("${c.name}" AS VARCHAR) AS "${c.name}"`);
			const rows = await db.query(`SELECT ${columns.join(', ')} FROM "${table}" WHERE ${where}`);
			out[table] = rows.map((row) => JSON.stringify(row));
		}
		return out;
	} finally {
		db.close();
	}
}

describe('coordinator import', () => {
	test("replaces PA's rows and leaves PB's rows identical", async () => {
		const before = versionOf(await importDataset({ files: twoProgramFiles(), dataDir, createdBy: 'admin-1', config: TWO_PROGRAM_SETTINGS }));
		const pbBefore = await rowsOfPB(before.versionId);
		// PB has 2 people, 2 pairings (PRB1, PRX), 2 meetings, 1 response with 7 items, 1 activity with 1 attendee.
		expect(Object.fromEntries(Object.entries(pbBefore).map(([t, rows]) => [t, rows.length]))).toEqual({
			programs: 1, people: 2, demographics: 2, person_race: 2, pairings: 2, meetings: 2, survey_responses: 1, survey_items: 7, ipe_activities: 1, ipe_attendance: 1
		});

		const a1 = ROSTER.A1.replace('PGY1', 'PGY2');
		const a3 = 'A3,Al Three,al@test.example,Trainee,MD,PA,PGY1,2026,2026-07-01,Active,,,,Surgery,,Man,White,No,No';
		const after = versionOf(
			await importDataset({
				files: [
					rosterFile([a1, ROSTER.A2, a3]),
					pairingsFile([PAIRINGS.PRA1, 'PRA3,A2,A3,PA,1:1,2026-06-01,2026-06-05,,,Active']),
					meetingsFile([MEETINGS.MA1, 'MA3,PRA3,2026-06-20,Completed,30,Virtual,4']),
					redcapFile([REDCAP.A1.replace('1,0,0,0,0,0,0', '1,1,0,0,0,0,0'), 'A3,spring_2026_arm_1,2026-03-09 08:00,0,0,0,0,0,0,0,2']),
					wavesFile([WAVES.spring])
				],
				dataDir,
				createdBy: 'coordinator-pa',
				config: TWO_PROGRAM_SETTINGS,
				programScope: ['PA']
			})
		);
		expect(after.programs).toEqual(['PA']);
		expect((await getCurrentManifest(dataDir))?.versionId).toBe(after.versionId);
		expect(await rowsOfPB(after.versionId)).toEqual(pbBefore);
		// PA: 3 people (A1, A2, A3), pairings PRA1 + PRA3, meetings MA1 + MA3, responses A1 + A3.
		// Totals: people 2 + 3 = 5; pairings 2 + 2 = 4; meetings 2 + 2 = 4; responses 1 + 2 = 3;
		// items 7 x 3 = 21; activities and attendance carried: 2 and 3.
		expect(after.rowCounts).toMatchObject({ programs: 2, people: 5, pairings: 4, meetings: 4, survey_responses: 3, survey_items: 21, ipe_activities: 2, ipe_attendance: 3, survey_waves: 1 });
		const [entry] = recentAudit(storeDatabase(dataDir));
		expect([entry?.action, entry?.userId, entry?.detail?.versionId, entry?.detail?.programs]).toEqual(['dataset_imported', 'coordinator-pa', after.versionId, ['PA']]);

		// The versions list: the coordinator sees their own files and programs, no counts; the
		// admin's version shows neither files nor who beyond "someone else".
		const history = await versionHistory(dataDir);
		const seen = visibleVersions(history, { id: 'coordinator-pa', role: 'coordinator' }, storeDatabase(dataDir));
		expect(seen).toEqual([
			{ versionId: after.versionId, createdAt: after.createdAt, isCurrent: true, status: 'ok', asOf: '2026-06-30', importedBy: 'you', files: ['roster.csv', 'pairings.csv', 'meetings.csv', 'wellbeing_redcap.csv', 'survey_waves.csv'], programs: ['PA'] },
			{ versionId: before.versionId, createdAt: before.createdAt, isCurrent: false, status: 'ok', asOf: '2026-06-30', importedBy: 'someone else' }
		]);
		const adminView = visibleVersions(history, { id: 'admin-1', role: 'admin' }, storeDatabase(dataDir));
		expect(adminView[0]).toMatchObject({ importedBy: 'coordinator-pa', programs: ['PA'], delta: { people: 1, pairings: 1, meetings: 1, survey_responses: 1 } });

		const db = await openDatasetConnector(dataDir, after);
		try {
			expect(await db.query(`SELECT person_id, training_level FROM people WHERE program_id = 'PA' ORDER BY person_id`)).toEqual([
				{ person_id: 'A1', training_level: 'PGY2' },
				{ person_id: 'A2', training_level: 'faculty' },
				{ person_id: 'A3', training_level: 'PGY1' }
			]);
		} finally {
			db.close();
		}
	});

	test('a row of another program blocks the import and nothing is written', async () => {
		const before = versionOf(await importDataset({ files: twoProgramFiles(), dataDir, createdBy: 'admin-1', config: TWO_PROGRAM_SETTINGS }));
		const result = await importDataset({ files: [rosterFile([ROSTER.A1, ROSTER.A2, ROSTER.B1.replace('Bea One', 'Bea Renamed')])], dataDir, createdBy: 'coordinator-pa', config: TWO_PROGRAM_SETTINGS, programScope: ['PA'] });
		expect('problems' in result && result.problems.map((p) => `${p.file} ${p.row} ${p.column} ${p.value}`)).toEqual(['roster.csv 4 Program ID PB']);
		expect((await getCurrentManifest(dataDir))?.versionId).toBe(before.versionId);
	});

	test('a coordinator re-importing their rows unchanged makes a version with the same content', async () => {
		versionOf(await importDataset({ files: twoProgramFiles(), dataDir, createdBy: 'admin-1', config: TWO_PROGRAM_SETTINGS }));
		const files = [rosterFile([ROSTER.A1, ROSTER.A2]), pairingsFile([PAIRINGS.PRA1]), meetingsFile([MEETINGS.MA1])];
		versionOf(await importDataset({ files, dataDir, createdBy: 'coordinator-pa', config: TWO_PROGRAM_SETTINGS, programScope: ['PA'] }));
		const history = await versionHistory(dataDir);
		expect(history.map((h) => h.sameContent)).toEqual([true, false]);
	});
});
