/**
 * What the versions list shows to whom. Admins see everything: who imported each version
 * (by name), when, its files, row counts and the differences from the version before.
 *
 * Coordinators see it for information only (they cannot roll back), and only what does not
 * describe other programs (decision):
 * - shown: version id, date, current or not, data as-of date (every role receives that),
 *   and whether they imported it themselves ("you", else "someone else");
 * - for their own imports only: the files they uploaded and the programs it covered;
 * - never: row counts or differences (they count every program's rows, so subtracting a
 *   coordinator's own counts would reveal other programs' sizes), other people's names,
 *   other uploads' file names.
 */
import type { VisibleVersion } from '$lib/components/import/preview-types';
import type { Db } from '$lib/server/db/open';
import type { VersionHistoryEntry } from './versions';

export interface Viewer {
	id: string;
	role: string;
}

function names(db: Db): Map<string, string> {
	const rows = db.prepare('SELECT id, display_name, email FROM users').all() as { id: string; display_name: string; email: string }[];
	return new Map(rows.map((r) => [r.id, r.display_name || r.email]));
}

export function visibleVersions(history: readonly VersionHistoryEntry[], viewer: Viewer, db: Db): VisibleVersion[] {
	const admin = viewer.role === 'admin';
	const known = admin ? names(db) : new Map<string, string>();
	return history.map((v) => {
		const base = { versionId: v.versionId, createdAt: v.createdAt, isCurrent: v.isCurrent, status: v.status, asOf: v.asOf };
		const system = v.createdBy.startsWith('system:');
		if (admin) {
			const importedBy = system ? 'demo data (system)' : (known.get(v.createdBy) ?? v.createdBy);
			return { ...base, importedBy, rowCounts: v.rowCounts, delta: v.delta, sameContent: v.sameContent, files: v.sources.map((s) => s.file), ...(v.programs ? { programs: v.programs } : {}) };
		}
		if (v.createdBy === viewer.id) return { ...base, importedBy: 'you', files: v.sources.map((s) => s.file), ...(v.programs ? { programs: v.programs } : {}) };
		return { ...base, importedBy: system ? 'demo data (system)' : 'someone else' };
	});
}
