/**
 * The dataset_versions table: one row per complete version directory, and the one current
 * version. Switching is a single transaction, with its audit entry, so a reader sees the
 * old version or the new one, and the audit log never disagrees with the pointer.
 */
import { audit, type AuditEntry } from '$lib/server/auth/audit';
import type { Db } from '$lib/server/db/open';
import type { TableName } from '$lib/schema/tables';
import type { DatasetManifest } from './manifest';

export interface VersionRow {
	versionId: string;
	createdAt: number;
	createdBy: string;
	rowCounts: Record<TableName, number>;
	contentHash: string;
	isCurrent: boolean;
	status: 'ok' | 'broken';
}

interface RawRow {
	version_id: string;
	created_at: number;
	created_by: string;
	row_counts: string;
	content_hash: string;
	is_current: number;
	status: 'ok' | 'broken';
}

const toRow = (r: RawRow): VersionRow => ({
	versionId: r.version_id,
	createdAt: r.created_at,
	createdBy: r.created_by,
	rowCounts: JSON.parse(r.row_counts) as Record<TableName, number>,
	contentHash: r.content_hash,
	isCurrent: r.is_current === 1,
	status: r.status
});

/** Newest first (version ids sort by creation time). */
export function versionRows(db: Db): VersionRow[] {
	return (db.prepare('SELECT * FROM dataset_versions ORDER BY created_at DESC, version_id DESC').all() as RawRow[]).map(toRow);
}

export function currentVersionRow(db: Db): VersionRow | null {
	const row = db.prepare('SELECT * FROM dataset_versions WHERE is_current = 1').get() as RawRow | undefined;
	return row ? toRow(row) : null;
}

function makeCurrent(db: Db, versionId: string): void {
	db.prepare('UPDATE dataset_versions SET is_current = 0 WHERE is_current = 1').run();
	db.prepare('UPDATE dataset_versions SET is_current = 1 WHERE version_id = ?').run(versionId);
}

/** Record a version whose directory is complete and make it current, in one transaction. */
export function registerVersion(db: Db, manifest: DatasetManifest, entry?: AuditEntry): void {
	db.transaction(() => {
		db.prepare(
			'INSERT INTO dataset_versions (version_id, created_at, created_by, row_counts, content_hash, is_current, status) VALUES (?, ?, ?, ?, ?, 0, ?)'
		).run(manifest.versionId, Date.parse(manifest.createdAt), manifest.createdBy, JSON.stringify(manifest.rowCounts), manifest.contentHash, 'ok');
		makeCurrent(db, manifest.versionId);
		if (entry) audit(db, entry);
	})();
}

/** Point at an earlier (or later) version. Refuses unknown and broken versions. */
export function switchCurrent(db: Db, versionId: string, entry?: AuditEntry): void {
	db.transaction(() => {
		const row = db.prepare('SELECT status FROM dataset_versions WHERE version_id = ?').get(versionId) as { status: string } | undefined;
		if (!row) throw new Error(`unknown dataset version: ${versionId}`);
		if (row.status !== 'ok') throw new Error(`dataset version ${versionId} is broken (its files are missing)`);
		makeCurrent(db, versionId);
		if (entry) audit(db, entry);
	})();
}

export function markBroken(db: Db, versionId: string): void {
	db.prepare("UPDATE dataset_versions SET status = 'broken', is_current = 0 WHERE version_id = ?").run(versionId);
}
