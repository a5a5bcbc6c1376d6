/**
 * Versions in SQLite: registration and rollback (audited), start-up reconciliation, history
 * with row-count differences, partial uploads carried over from the current version, saved
 * mappings reused, and a second import refused while one runs.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { recentAudit } from '$lib/server/auth/audit';
import { ImportBusy, importDataset, importDatasetNow, type ImportResult } from '$lib/server/store/import-dataset';
import { importMutex } from '$lib/server/store/import-mutex';
import type { DatasetManifest } from '$lib/server/store/manifest';
import { storeDatabase, closeStoreDatabase } from '$lib/server/store/store-db';
import { cleanupIncompleteImports, getCurrentManifest, rollbackTo, versionHistory } from '$lib/server/store/versions';
import { DEMO_MINI_SETTINGS, demoMiniFiles } from '../ingest/demo-mini';

let dataDir: string;
beforeEach(() => {
	dataDir = mkdtempSync(join(tmpdir(), 'preceptor-versions-'));
});
afterEach(() => {
	closeStoreDatabase(dataDir);
	rmSync(dataDir, { recursive: true, force: true });
});

const at = (iso: string) => () => new Date(iso);
function ok(result: ImportResult): DatasetManifest {
	if ('problems' in result) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
	return result.manifest;
}
const mini = (clock: string, edits = {}, extra: Partial<Parameters<typeof importDataset>[0]> = {}) =>
	importDataset({ files: demoMiniFiles(edits), dataDir, createdBy: 'user:7', clock: at(clock), config: DEMO_MINI_SETTINGS, ...extra });
const only = (names: string[], edits: Record<string, (t: string) => string> = {}) => demoMiniFiles(edits).filter((f) => names.includes(f.name));

describe('current version pointer in SQLite', () => {
	test('import registers and audits; rollback switches and audits', async () => {
		const a = ok(await mini('2026-11-02T09:00:00.000Z'));
		// One more meeting: meetings 5 -> 6.
		const b = ok(await mini('2026-11-03T09:00:00.000Z', { 'meetings.csv': (t: string) => `${t}MT0006,P0001,2025-12-01,Completed,30,Virtual,4\n` }));
		expect((await getCurrentManifest(dataDir))!.versionId).toBe(b.versionId);

		await rollbackTo(dataDir, a.versionId, { userId: 'user:1', ip: '127.0.0.1' });
		expect((await getCurrentManifest(dataDir))!.versionId).toBe(a.versionId);
		const history = await versionHistory(dataDir);
		expect(history.map((h) => [h.versionId, h.isCurrent])).toEqual([
			[b.versionId, false],
			[a.versionId, true]
		]);
		expect(history[0]!.delta).toMatchObject({ meetings: 1, people: 0 });
		expect(history.map((h) => h.sameContent)).toEqual([false, false]);
		expect(history[1]!.delta).toBeNull();

		const audit = recentAudit(storeDatabase(dataDir)).map((e) => [e.action, e.userId, e.detail?.to ?? e.detail?.versionId]);
		expect(audit).toEqual([
			['dataset_rollback', 'user:1', a.versionId],
			['dataset_imported', 'user:7', b.versionId],
			['dataset_imported', 'user:7', a.versionId]
		]);
		await expect(rollbackTo(dataDir, 'v20990101T000000Z-00000000', { userId: 'user:1' })).rejects.toThrow(/unknown dataset version/);
	});

	test('reconcile: an unregistered directory is removed; a missing one is marked broken', async () => {
		const a = ok(await mini('2026-11-02T09:00:00.000Z'));
		const b = ok(await mini('2026-11-03T09:00:00.000Z', { 'meetings.csv': (t: string) => t.replace(',45,', ',50,') }));
		// A kill after the rename but before the pointer transaction leaves this:
		const leftover = join(dataDir, 'versions', 'v20261104T090000Z-deadbeef');
		mkdirSync(leftover);
		writeFileSync(join(leftover, 'manifest.json'), '{}');
		// And someone deleted the current version's files by hand:
		rmSync(join(dataDir, 'versions', b.versionId), { recursive: true });

		const changes = await cleanupIncompleteImports(dataDir);
		expect(changes).toEqual([join('versions', 'v20261104T090000Z-deadbeef'), `broken: ${b.versionId}`]);
		expect(readdirSync(join(dataDir, 'versions'))).toEqual([a.versionId]);
		// The newest intact version takes over.
		expect((await getCurrentManifest(dataDir))!.versionId).toBe(a.versionId);
		expect((await versionHistory(dataDir)).map((h) => h.status)).toEqual(['broken', 'ok']);
		await expect(rollbackTo(dataDir, b.versionId, { userId: 'user:1' })).rejects.toThrow(/broken/);
	});
});

describe('partial uploads', () => {
	test('a survey-only upload replaces its source and carries every other table', async () => {
		const full = ok(await mini('2026-11-02T09:00:00.000Z'));
		// Only the Qualtrics export, with R4's Mini-Z answer blanked: 13 -> 12 Qualtrics
		// responses (R4 keeps PHQ-2, WHO-5, UCLA-3); REDCap's 3 carried: 16 -> 15 in all.
		const files = only(['wellbeing_qualtrics.csv'], {
			'wellbeing_qualtrics.csv': (t) => t.replace(/(R_4aBcDeFgHiJkLmN,[^\n]*?,EN,)5,/, '$1,')
		});
		const partial = ok(await importDataset({ files, dataDir, createdBy: 'user:7', clock: at('2026-11-03T09:00:00.000Z'), config: DEMO_MINI_SETTINGS }));
		expect(partial.rowCounts).toEqual({ ...full.rowCounts, survey_responses: 15, survey_items: 52 });
		expect(partial.sources.map((s) => s.file)).toEqual(['wellbeing_qualtrics.csv']);
	});

	test('the first import still needs programs and a roster', async () => {
		const result = await importDataset({ files: only(['meetings.csv']), dataDir, createdBy: 'user:7', config: DEMO_MINI_SETTINGS });
		expect('problems' in result && result.problems.map((p) => p.message)).toEqual(
			expect.arrayContaining(['no programs export in the upload (needed for the first import)', 'no roster export in the upload (needed for the first import)'])
		);
	});
});

describe('saved mappings', () => {
	test('a confirmed mapping is reused for the next export from the same source', async () => {
		ok(await mini('2026-11-02T09:00:00.000Z'));
		const renamed = (t: string) => t.replace('Meeting ID,Pairing ID,Date,Status', 'Meeting,Pair,When,Outcome');
		const first = await importDataset({ files: only(['meetings.csv'], { 'meetings.csv': renamed }), dataDir, createdBy: 'user:7', config: DEMO_MINI_SETTINGS });
		// No header matches by name, so the file is not even recognised: the user must choose.
		expect('problems' in first && first.problems.map((p) => [p.file, p.message])).toEqual([['meetings.csv', expect.stringMatching(/not an export this importer knows .*choose its table/)]]);

		const columns = { 'Meeting ID': 'Meeting', 'Pairing ID': 'Pair', Date: 'When', Status: 'Outcome', 'Duration (min)': 'Duration (min)', Format: 'Format', 'Mentee Rating': 'Mentee Rating' };
		ok(await importDataset({ files: only(['meetings.csv'], { 'meetings.csv': renamed }), dataDir, createdBy: 'user:7', config: DEMO_MINI_SETTINGS, choices: { 'meetings.csv': { shape: 'meetings', columns } } }));
		// Next month's export from the same source: no choices sent, the saved mapping applies.
		const next = ok(await importDataset({ files: only(['meetings.csv'], { 'meetings.csv': (t) => renamed(t).replace(',45,', ',55,') }), dataDir, createdBy: 'user:7', config: DEMO_MINI_SETTINGS }));
		expect(next.rowCounts.meetings).toBe(5);
	});
});

describe('serialized imports', () => {
	test('a second import while one runs is refused at once (HTTP 409), not interleaved', async () => {
		let release!: () => void;
		const held = importMutex.run(() => new Promise<void>((r) => (release = r)));
		await expect(importDatasetNow({ files: demoMiniFiles(), dataDir, createdBy: 'user:7', config: DEMO_MINI_SETTINGS })).rejects.toBeInstanceOf(ImportBusy);
		release();
		await held;
		expect('manifest' in (await importDatasetNow({ files: demoMiniFiles(), dataDir, createdBy: 'user:7', config: DEMO_MINI_SETTINGS }))).toBe(true);
	});
});
