/**
 * current.json: a read-only mirror of the SQLite current-version pointer, rewritten
 * atomically after every switch, for tools that read the data directory without the
 * database (the end-to-end tests open the current version's Parquet files straight from
 * disk). The app itself reads the pointer from SQLite only; a killed process may leave the
 * mirror one switch behind, and the next start-up (cleanupIncompleteImports) rewrites it.
 */
import { rm } from 'node:fs/promises';
import { replaceFileAtomic } from './durable-fs';
import { currentPointerPath } from './paths';

export async function writePointerMirror(dataDir: string, versionId: string | null): Promise<void> {
	if (versionId === null) await rm(currentPointerPath(dataDir), { force: true });
	else await replaceFileAtomic(currentPointerPath(dataDir), JSON.stringify({ versionId }));
}
