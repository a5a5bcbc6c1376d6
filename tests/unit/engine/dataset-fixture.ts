/**
 * A tiny hand-made dataset version written as Parquet, the way the store lays it out
 * (<dataDir>/versions/<versionId>/<table>.parquet). Two programs: PA (people a1, a2, m1)
 * and PB (people b1, m2), so scoped builds have rows to keep and rows to drop.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeConnector } from '$lib/engine/node';
import { TABLES, createTableSql, type TableName } from '$lib/schema/tables';
import type { DatasetManifest } from '$lib/server/store/manifest';

export const FIXTURE_VERSION = 'v20261125T163000Z-3f9a1c2b';

const ROWS: Record<TableName, string[]> = {
	dataset_info: [`(DATE '2026-06-30', 'Test University')`],
	programs: [`('PA', 'Program A', 'UME', DATE '2020-07-01')`, `('PB', 'Program B', 'GME', NULL)`],
	people: [
		`('a1', 'Ann One', 'a1@x.edu', 'trainee', 'MD', 'PA', 'MS1', 2025, DATE '2025-08-01', 'active', NULL, NULL, NULL, 'surgery', NULL, NULL)`,
		`('a2', 'Al Two', 'a2@x.edu', 'trainee', 'MD', 'PA', 'MS2', 2024, DATE '2024-08-01', 'withdrawn', DATE '2025-03-15', 'personal', 'moved away', NULL, NULL, NULL)`,
		`('m1', 'Meg Mentor', 'm1@x.edu', 'mentor', 'MD', 'PA', 'faculty', NULL, DATE '2019-01-01', 'active', NULL, NULL, NULL, 'surgery', 3, NULL)`,
		`('b1', 'Bo One', 'b1@x.edu', 'trainee', 'RN', 'PB', 'NR1', 2025, DATE '2025-07-01', 'active', NULL, NULL, NULL, NULL, NULL, NULL)`,
		`('m2', 'Mo Mentor', 'm2@x.edu', 'mentor', 'NP', 'PB', 'faculty', NULL, DATE '2018-01-01', 'active', NULL, NULL, NULL, NULL, 2, NULL)`
	],
	demographics: [`('a1', 'woman', true, false, NULL)`, `('a2', 'man', false, true, true)`, `('b1', 'nonbinary', NULL, NULL, false)`],
	person_race: [`('a1', 'asian')`, `('a1', 'white')`, `('b1', 'black_african_american')`],
	pairings: [
		`('pa1', 'm1', 'a1', 'PA', 'one_to_one', DATE '2025-08-10', DATE '2025-08-20', NULL, NULL)`,
		`('pa2', NULL, 'a2', 'PA', 'one_to_one', DATE '2024-09-01', NULL, NULL, NULL)`,
		`('pb1', 'm2', 'b1', 'PB', 'group', NULL, DATE '2025-07-15', DATE '2025-12-01', 'concluded')`
	],
	meetings: [
		`('ma1', 'pa1', DATE '2025-09-01', true, 30, 'in_person', 5)`,
		`('ma2', 'pa1', DATE '2025-10-01', false, NULL, NULL, NULL)`,
		`('mb1', 'pb1', DATE '2025-08-01', true, 45, 'virtual', 4)`
	],
	survey_waves: [`('2025-autumn', 'Autumn 2025', DATE '2025-10-01', DATE '2025-10-31')`],
	survey_responses: [
		`('ra1', 'a1', 'phq2', '2025-autumn', DATE '2025-10-05', 'qualtrics', 2.0, false)`,
		`('rb1', 'b1', 'phq2', '2025-autumn', DATE '2025-10-06', 'redcap', 4.0, true)`
	],
	survey_items: [`('ra1', 'phq2_1', 1.0)`, `('ra1', 'phq2_2', 1.0)`, `('rb1', 'phq2_1', 2.0)`, `('rb1', 'phq2_2', 2.0)`],
	ipe_activities: [
		`('act-a', DATE '2025-11-01', 'simulation', 'Sim A', 'PA')`,
		`('act-b', DATE '2025-11-02', 'workshop', 'Workshop B', 'PB')`,
		`('act-x', DATE '2025-11-03', 'case conference', NULL, NULL)`
	],
	ipe_attendance: [`('act-a', 'a1')`, `('act-a', 'b1')`, `('act-b', 'b1')`, `('act-x', 'a2')`]
};

/** Write the fixture under a fresh temporary data directory; returns it and its manifest. */
export async function writeFixtureVersion(): Promise<{ dataDir: string; manifest: DatasetManifest }> {
	const dataDir = mkdtempSync(join(tmpdir(), 'preceptor-delivery-'));
	const dir = join(dataDir, 'versions', FIXTURE_VERSION);
	mkdirSync(dir, { recursive: true });
	const db = await NodeConnector.open();
	try {
		for (const spec of TABLES) {
			await db.exec(createTableSql(spec));
			await db.exec(`INSERT INTO "${spec.name}" VALUES ${ROWS[spec.name].join(', ')}`);
			await db.exec(`COPY "${spec.name}" TO '${join(dir, `${spec.name}.parquet`)}' (FORMAT parquet)`);
		}
	} finally {
		db.close();
	}
	const rowCounts = Object.fromEntries(TABLES.map((t) => [t.name, ROWS[t.name].length])) as Record<TableName, number>;
	const manifest: DatasetManifest = {
		versionId: FIXTURE_VERSION,
		createdAt: '2026-11-25T16:30:00Z',
		createdBy: 'system:test',
		sources: [],
		rowCounts,
		contentHash: '3f9a1c2b',
		asOf: '2026-06-30'
	};
	return { dataDir, manifest };
}
