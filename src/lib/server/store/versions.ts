/**
 * Reading the store: the current version (pointer in SQLite, version-registry.ts), all
 * versions with their differences, and start-up reconciliation after a killed import.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { TABLE_NAMES, type TableName } from '$lib/schema/tables';
import type { DatasetManifest } from './manifest';
import { CURRENT_POINTER, MANIFEST, TMP_PREFIX, currentPointerPath, isVersionId, manifestPath, versionsDir } from './paths';
import { storeDatabase } from './store-db';
import { writePointerMirror } from './pointer-mirror';
import { currentVersionRow, markBroken, registerVersion, switchCurrent, versionRows, type VersionRow } from './version-registry';

async function readJson<T>(path: string): Promise<T | null> {
	try {
		return JSON.parse(await readFile(path, 'utf8')) as T;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
		throw error;
	}
}

export async function getCurrentVersionId(dataDir: string): Promise<string | null> {
	return currentVersionRow(storeDatabase(dataDir))?.versionId ?? null;
}

export async function readManifest(dataDir: string, versionId: string): Promise<DatasetManifest | null> {
	return readJson<DatasetManifest>(manifestPath(dataDir, versionId));
}

/** The current version; null before the first import. */
export async function getCurrentManifest(dataDir: string): Promise<DatasetManifest | null> {
	const versionId = await getCurrentVersionId(dataDir);
	if (!versionId) return null;
	const manifest = await readManifest(dataDir, versionId);
	if (!manifest) throw new Error(`the current dataset version ${versionId} has no ${MANIFEST}`);
	return manifest;
}

async function entries(dir: string): Promise<string[]> {
	try {
		return await readdir(dir);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw error;
	}
}

/** Complete versions, newest first. */
export async function listVersions(dataDir: string): Promise<DatasetManifest[]> {
	const rows = versionRows(storeDatabase(dataDir)).filter((r) => r.status === 'ok');
	const manifests = await Promise.all(rows.map((r) => readManifest(dataDir, r.versionId)));
	return manifests.filter((m): m is DatasetManifest => m !== null);
}

export interface VersionHistoryEntry {
	versionId: string;
	createdAt: string;
	createdBy: string;
	isCurrent: boolean;
	status: 'ok' | 'broken';
	rowCounts: Record<TableName, number>;
	/** Row-count change per table against the version imported before it; null for the first. */
	delta: Record<TableName, number> | null;
	asOf: string | null;
	sources: DatasetManifest['sources'];
	warningCount: number;
	/** A coordinator's upload: the programs it replaced. */
	programs?: string[];
	/** True when its Parquet content is byte-identical to the version before (a re-import of the same data). */
	sameContent: boolean;
}

/** Every registered version, newest first, with row-count differences from the one before. */
export async function versionHistory(dataDir: string): Promise<VersionHistoryEntry[]> {
	const rows = versionRows(storeDatabase(dataDir));
	return Promise.all(
		rows.map(async (row: VersionRow, i) => {
			const previous = rows[i + 1];
			const manifest = row.status === 'ok' ? await readManifest(dataDir, row.versionId) : null;
			const delta = previous ? (Object.fromEntries(TABLE_NAMES.map((t) => [t, (row.rowCounts[t] ?? 0) - (previous.rowCounts[t] ?? 0)])) as Record<TableName, number>) : null;
			return {
				versionId: row.versionId,
				createdAt: new Date(row.createdAt).toISOString(),
				createdBy: row.createdBy,
				isCurrent: row.isCurrent,
				status: row.status,
				rowCounts: row.rowCounts,
				delta,
				asOf: manifest?.asOf ?? null,
				sources: manifest?.sources ?? [],
				warningCount: manifest?.warningCount ?? 0,
				sameContent: !!previous && previous.contentHash === row.contentHash,
				...(manifest?.programs ? { programs: manifest.programs } : {})
			};
		})
	);
}

/** Admin rollback (or roll forward): make `versionId` current, audited in the same transaction. */
export async function rollbackTo(dataDir: string, versionId: string, by: { userId: string; ip?: string | null }): Promise<void> {
	if (!isVersionId(versionId)) throw new Error(`not a dataset version id: ${versionId}`);
	const db = storeDatabase(dataDir);
	const from = currentVersionRow(db)?.versionId ?? null;
	switchCurrent(db, versionId, { userId: by.userId, action: 'dataset_rollback', detail: { from, to: versionId }, ip: by.ip ?? null });
	await writePointerMirror(dataDir, versionId);
}

/**
 * Before the pointer moved into SQLite it was current.json; adopt such a store once (all
 * version directories with a manifest, current.json's version current). From then on
 * current.json is only a mirror (pointer-mirror.ts).
 */
async function adoptLegacyPointer(dataDir: string): Promise<boolean> {
	const db = storeDatabase(dataDir);
	const pointer = await readJson<{ versionId: string }>(currentPointerPath(dataDir));
	if (!pointer || versionRows(db).length > 0 || !isVersionId(pointer.versionId)) return false;
	const ids = (await entries(versionsDir(dataDir))).filter(isVersionId).sort();
	for (const id of ids) {
		const manifest = await readManifest(dataDir, id);
		if (manifest) registerVersion(db, manifest);
	}
	if (ids.includes(pointer.versionId)) switchCurrent(db, pointer.versionId);
	return true;
}

/**
 * Start-up clean-up, safe before any import runs; returns what it changed:
 * - `versions/.tmp-*`: an import killed while writing -> removed;
 * - a version directory without a row: killed after the rename but before the pointer
 *   transaction committed -> a leftover, removed (it was never current);
 * - a row without its directory -> marked broken; if it was current, the newest intact
 *   version becomes current.
 */
export async function cleanupIncompleteImports(dataDir: string): Promise<string[]> {
	const removed: string[] = [];
	const dir = versionsDir(dataDir);
	const names = await entries(dir);
	for (const name of names) {
		if (!name.startsWith(TMP_PREFIX)) continue;
		await rm(join(dir, name), { recursive: true, force: true });
		removed.push(join('versions', name));
	}
	if ((await entries(dataDir)).includes(`${CURRENT_POINTER}.tmp`)) {
		await rm(`${currentPointerPath(dataDir)}.tmp`, { force: true });
		removed.push(`${CURRENT_POINTER}.tmp`);
	}
	// A data directory that does not exist yet has nothing to reconcile (and gets no database).
	if ((await entries(dataDir)).length === 0) return removed;
	await adoptLegacyPointer(dataDir);

	const db = storeDatabase(dataDir);
	const rows = versionRows(db);
	const registered = new Set(rows.map((r) => r.versionId));
	for (const name of names.filter(isVersionId)) {
		if (registered.has(name)) continue;
		await rm(join(dir, name), { recursive: true, force: true });
		removed.push(join('versions', name));
	}
	const present = new Set((await entries(dir)).filter(isVersionId));
	for (const row of rows) {
		if (row.status === 'ok' && !present.has(row.versionId)) {
			markBroken(db, row.versionId);
			removed.push(`broken: ${row.versionId}`);
		}
	}
	if (!currentVersionRow(db)) {
		const newest = versionRows(db).find((r) => r.status === 'ok');
		if (newest && rows.some((r) => r.isCurrent)) switchCurrent(db, newest.versionId, { userId: null, action: 'dataset_current_recovered', detail: { to: newest.versionId } });
	}
	// The mirror may be one switch behind after a kill; SQLite is the truth.
	const current = currentVersionRow(db)?.versionId ?? null;
	if (current || (await entries(dataDir)).includes(CURRENT_POINTER)) await writePointerMirror(dataDir, current);
	return removed;
}
