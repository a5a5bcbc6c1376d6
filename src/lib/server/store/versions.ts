/**
 * Reading the store: the current version, all versions, and clean-up after a killed import.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { DatasetManifest } from './manifest';
import { CURRENT_POINTER, MANIFEST, TMP_PREFIX, currentPointerPath, isVersionId, manifestPath, versionsDir } from './paths';

interface CurrentPointer {
	versionId: string;
}

async function readJson<T>(path: string): Promise<T | null> {
	try {
		return JSON.parse(await readFile(path, 'utf8')) as T;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
		throw error;
	}
}

export async function getCurrentVersionId(dataDir: string): Promise<string | null> {
	const pointer = await readJson<CurrentPointer>(currentPointerPath(dataDir));
	if (!pointer) return null;
	if (!isVersionId(pointer.versionId)) throw new Error(`${CURRENT_POINTER} names no valid version: ${pointer.versionId}`);
	return pointer.versionId;
}

export async function readManifest(dataDir: string, versionId: string): Promise<DatasetManifest | null> {
	return readJson<DatasetManifest>(manifestPath(dataDir, versionId));
}

/** The version the current pointer names; null before the first import. */
export async function getCurrentManifest(dataDir: string): Promise<DatasetManifest | null> {
	const versionId = await getCurrentVersionId(dataDir);
	if (!versionId) return null;
	const manifest = await readManifest(dataDir, versionId);
	if (!manifest) throw new Error(`${CURRENT_POINTER} names ${versionId}, which has no ${MANIFEST}`);
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
	const ids = (await entries(versionsDir(dataDir))).filter(isVersionId).sort().reverse();
	const manifests = await Promise.all(ids.map((id) => readManifest(dataDir, id)));
	return manifests.filter((m): m is DatasetManifest => m !== null);
}

/**
 * Remove what a killed import left behind: `versions/.tmp-*` directories and a half-written
 * current pointer. Safe at start-up, before any import runs. Returns what was removed.
 */
export async function cleanupIncompleteImports(dataDir: string): Promise<string[]> {
	const removed: string[] = [];
	for (const name of await entries(versionsDir(dataDir))) {
		if (!name.startsWith(TMP_PREFIX)) continue;
		await rm(join(versionsDir(dataDir), name), { recursive: true, force: true });
		removed.push(join('versions', name));
	}
	const pointerTmp = `${currentPointerPath(dataDir)}.tmp`;
	if ((await entries(dataDir)).includes(`${CURRENT_POINTER}.tmp`)) {
		await rm(pointerTmp, { force: true });
		removed.push(`${CURRENT_POINTER}.tmp`);
	}
	return removed;
}
