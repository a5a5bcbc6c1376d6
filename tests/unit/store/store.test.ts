/**
 * The versioned Parquet store: version directory + manifest + current pointer, a failed
 * import leaving the current version alone, clean-up after a killed import, a stable
 * content hash, and the connector over a version.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { TABLE_NAMES } from '$lib/schema/tables';
import { openDatasetConnector } from '$lib/server/store/dataset-connector';
import { ensureDemoDataset } from '$lib/server/store/demo-dataset';
import { importDataset, type ImportResult } from '$lib/server/store/import-dataset';
import { Mutex } from '$lib/server/store/import-mutex';
import type { DatasetManifest } from '$lib/server/store/manifest';
import { parquetPath, versionDir } from '$lib/server/store/paths';
import { closeStoreDatabase } from '$lib/server/store/store-db';
import { cleanupIncompleteImports, getCurrentManifest, listVersions } from '$lib/server/store/versions';
import { DEMO_MINI_DIR, DEMO_MINI_SETTINGS, demoMiniFiles } from '../ingest/demo-mini';

let dataDir: string;
beforeEach(() => {
	dataDir = mkdtempSync(join(tmpdir(), 'preceptor-store-'));
});
afterEach(() => {
	closeStoreDatabase(dataDir);
	rmSync(dataDir, { recursive: true, force: true });
});

const at = (iso: string) => () => new Date(iso);

function manifestOf(result: ImportResult): DatasetManifest {
	if ('problems' in result) throw new Error(`import failed: ${JSON.stringify(result.problems.slice(0, 3))}`);
	return result.manifest;
}

async function importMini(clock: string, edits = {}): Promise<ImportResult> {
	return importDataset({ files: demoMiniFiles(edits), dataDir, createdBy: 'user:7', clock: at(clock), config: DEMO_MINI_SETTINGS });
}

/** SHA-256 over the version's Parquet files in TABLE_NAMES order, computed here independently. */
function hashOnDisk(versionId: string): string {
	const hash = createHash('sha256');
	for (const table of TABLE_NAMES) hash.update(readFileSync(parquetPath(dataDir, versionId, table)));
	return hash.digest('hex');
}

describe('importDataset', () => {
	test('writes the version directory, manifest and current pointer', async () => {
		const manifest = manifestOf(await importMini('2026-11-02T09:00:00.000Z'));
		expect(manifest.versionId).toBe(`v20261102T090000Z-${manifest.contentHash.slice(0, 8)}`);
		expect(manifest).toMatchObject({ createdAt: '2026-11-02T09:00:00.000Z', createdBy: 'user:7', asOf: '2026-11-01', warningCount: 0 });
		expect(manifest.rowCounts).toMatchObject({ people: 7, survey_responses: 16, survey_items: 53, meetings: 5 });
		expect(manifest.sources.find((s) => s.file === 'wellbeing_qualtrics.csv')).toEqual({ file: 'wellbeing_qualtrics.csv', format: 'qualtrics', rows: 4, shape: 'wellbeing_qualtrics' });

		const dir = versionDir(dataDir, manifest.versionId);
		expect(readdirSync(dir).sort()).toEqual([...TABLE_NAMES.map((t) => `${t}.parquet`), 'manifest.json', 'warnings.json'].sort());
		expect(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))).toEqual(manifest);
		// The pointer lives in SQLite; current.json is its mirror for tools without the database.
		expect(JSON.parse(readFileSync(join(dataDir, 'current.json'), 'utf8'))).toEqual({ versionId: manifest.versionId });
		expect(manifest.contentHash).toBe(hashOnDisk(manifest.versionId));
		expect(await getCurrentManifest(dataDir)).toEqual(manifest);
		// nothing temporary left behind
		expect(readdirSync(join(dataDir, 'versions'))).toEqual([manifest.versionId]);
		expect(existsSync(join(dataDir, 'current.json.tmp'))).toBe(false);
	});

	test('same data -> same content hash, even with rows in another order', async () => {
		const first = manifestOf(await importMini('2026-11-02T09:00:00.000Z'));
		const again = manifestOf(await importMini('2026-11-03T09:00:00.000Z'));
		const reversed = manifestOf(
			await importMini('2026-11-04T09:00:00.000Z', {
				'meetings.csv': (t: string) => {
					const [header, ...rows] = t.trimEnd().split('\n');
					return [header, ...rows.reverse()].join('\n') + '\n';
				}
			})
		);
		expect(again.contentHash).toBe(first.contentHash);
		expect(reversed.contentHash).toBe(first.contentHash);
		expect(again.versionId).not.toBe(first.versionId);
		// A changed cell changes the hash.
		const changed = manifestOf(await importMini('2026-11-05T09:00:00.000Z', { 'meetings.csv': (t: string) => t.replace('MT0001,P0001,2025-09-05,Completed,45', 'MT0001,P0001,2025-09-05,Completed,50') }));
		expect(changed.contentHash).not.toBe(first.contentHash);

		const versions = await listVersions(dataDir);
		expect(versions.map((v) => v.versionId)).toEqual([changed.versionId, reversed.versionId, again.versionId, first.versionId]);
		expect((await getCurrentManifest(dataDir))!.versionId).toBe(changed.versionId);
	});

	test('a second import in the same second gets a distinct version id', async () => {
		const a = manifestOf(await importMini('2026-11-02T09:00:00.000Z'));
		const b = manifestOf(await importMini('2026-11-02T09:00:00.000Z'));
		expect(b.versionId).toBe(`${a.versionId}-2`);
	});

	test('a failed validation writes nothing and leaves the current version unchanged', async () => {
		const good = manifestOf(await importMini('2026-11-02T09:00:00.000Z'));
		const bad = await importMini('2026-11-03T09:00:00.000Z', { 'meetings.csv': (t: string) => `${t}MT0006,P0999,2025-13-01,Completed,30,Virtual,3\n` });
		expect('problems' in bad).toBe(true);
		if (!('problems' in bad)) return;
		// row 7: the bad month and the unknown pairing, each named by file, row, column and value
		expect(bad.problems.map((p) => [p.file, p.row, p.column, p.value])).toEqual([
			['meetings.csv', 7, 'Date', '2025-13-01'],
			['meetings.csv', 7, 'Pairing ID', 'P0999']
		]);
		expect(bad.errorCount).toBe(2);
		expect((await getCurrentManifest(dataDir))!.versionId).toBe(good.versionId);
		expect(readdirSync(join(dataDir, 'versions'))).toEqual([good.versionId]);
	});

	test('no current version before the first import', async () => {
		expect(await getCurrentManifest(dataDir)).toBeNull();
		expect(await listVersions(dataDir)).toEqual([]);
	});
});

describe('cleanupIncompleteImports', () => {
	test('removes .tmp-* directories and a half-written pointer, keeps versions', async () => {
		const good = manifestOf(await importMini('2026-11-02T09:00:00.000Z'));
		const killed = join(dataDir, 'versions', '.tmp-killed');
		mkdirSync(killed);
		writeFileSync(join(killed, 'people.parquet'), 'half a file');
		writeFileSync(join(dataDir, 'current.json.tmp'), '{"versionId":');

		expect((await cleanupIncompleteImports(dataDir)).sort()).toEqual(['current.json.tmp', join('versions', '.tmp-killed')]);
		expect(readdirSync(join(dataDir, 'versions'))).toEqual([good.versionId]);
		expect((await getCurrentManifest(dataDir))!.versionId).toBe(good.versionId);
	});

	test('is harmless on an empty data directory', async () => {
		expect(await cleanupIncompleteImports(join(dataDir, 'missing'))).toEqual([]);
	});
});

describe('openDatasetConnector', () => {
	test('serves every canonical table from the Parquet files', async () => {
		const manifest = manifestOf(await importMini('2026-11-02T09:00:00.000Z'));
		for (const mode of ['table', 'view'] as const) {
			const db = await openDatasetConnector(dataDir, manifest, { mode });
			try {
				for (const table of TABLE_NAMES) {
					const [row] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM "${table}"`);
					expect(row!.n).toBe(manifest.rowCounts[table]);
				}
				// PHQ-2 2+1 = 3 -> positive screen, read back from Parquet
				expect(await db.query(`SELECT score, flag FROM survey_responses WHERE response_id = 'R_1aBcDeFgHiJkLmN:phq2'`)).toEqual([{ score: 3, flag: true }]);
			} finally {
				db.close();
			}
		}
	});

	test('refuses a version id that is not one', () => {
		expect(() => parquetPath(dataDir, '../../etc', 'people')).toThrow(/not a dataset version id/);
	});
});

describe('ensureDemoDataset', () => {
	test('imports the demo directory once, then returns the current version', async () => {
		const first = await ensureDemoDataset({ dataDir, demoDir: DEMO_MINI_DIR, clock: at('2026-11-02T09:00:00.000Z') });
		expect(first).toMatchObject({ createdBy: 'system:demo', asOf: '2026-11-01', institution: 'Northbridge University Health Sciences' });
		const second = await ensureDemoDataset({ dataDir, demoDir: DEMO_MINI_DIR, clock: at('2026-11-03T09:00:00.000Z') });
		expect(second.versionId).toBe(first.versionId);
		expect(await listVersions(dataDir)).toHaveLength(1);
	});
});

describe('Mutex', () => {
	test('runs tasks one at a time, in order, even when one fails', async () => {
		const mutex = new Mutex();
		const log: string[] = [];
		const task = (name: string, ms: number, fail = false) => async () => {
			log.push(`start ${name}`);
			await new Promise((r) => setTimeout(r, ms));
			log.push(`end ${name}`);
			if (fail) throw new Error(name);
			return name;
		};
		const results = await Promise.allSettled([mutex.run(task('a', 30, true)), mutex.run(task('b', 5)), mutex.run(task('c', 1))]);
		expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
		expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
	});
});
