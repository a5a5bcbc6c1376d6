/**
 * Where a dataset lives under dataDir:
 *   <dataDir>/current.json                      { "versionId": ... } — the current pointer
 *   <dataDir>/versions/<versionId>/manifest.json
 *   <dataDir>/versions/<versionId>/<table>.parquet
 *   <dataDir>/versions/.tmp-*                   an import in progress (or killed mid-way)
 * Version ids and table names are checked, so a request parameter cannot walk the disk.
 */
import { join } from 'node:path';
import { TABLE_NAMES, type TableName } from '$lib/schema/tables';

export const VERSIONS = 'versions';
export const TMP_PREFIX = '.tmp-';
export const CURRENT_POINTER = 'current.json';
export const MANIFEST = 'manifest.json';
export const WARNINGS = 'warnings.json';

/** v<yyyymmdd>T<hhmmss>Z-<8 hex of the content hash>, plus -<n> when two imports share both. */
const VERSION_ID = /^v\d{8}T\d{6}Z-[0-9a-f]{8}(-\d+)?$/;

export function isVersionId(value: string): boolean {
	return VERSION_ID.test(value);
}

function checkedVersion(versionId: string): string {
	if (!isVersionId(versionId)) throw new Error(`not a dataset version id: ${versionId}`);
	return versionId;
}

export function versionsDir(dataDir: string): string {
	return join(dataDir, VERSIONS);
}

export function versionDir(dataDir: string, versionId: string): string {
	return join(dataDir, VERSIONS, checkedVersion(versionId));
}

export function manifestPath(dataDir: string, versionId: string): string {
	return join(versionDir(dataDir, versionId), MANIFEST);
}

export function parquetFileName(table: TableName): string {
	if (!(TABLE_NAMES as readonly string[]).includes(table)) throw new Error(`unknown table: ${table}`);
	return `${table}.parquet`;
}

export function parquetPath(dataDir: string, versionId: string, table: TableName): string {
	return join(versionDir(dataDir, versionId), parquetFileName(table));
}

export function currentPointerPath(dataDir: string): string {
	return join(dataDir, CURRENT_POINTER);
}

/** Version ids sort by creation time: the compact UTC timestamp comes first. */
export function makeVersionId(createdAt: Date, contentHash: string): string {
	const stamp = createdAt.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
	return `v${stamp}-${contentHash.slice(0, 8)}`;
}
