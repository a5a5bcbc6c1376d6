/**
 * Saved column mappings: the shape and mapping a user confirmed for a source, found again
 * for the next export from the same source by its signature (format + header list), so a
 * program's monthly export is mapped once.
 */
import { createHash } from 'node:crypto';
import type { Db } from '$lib/server/db/open';
import { isShapeId, type FilePlan, type SavedMapping } from '../ingest/plan';
import type { SourceFile } from '../ingest/source-file';

/** Order and case of headers do not make another source; their names do. */
export function sourceSignature(file: Pick<SourceFile, 'format' | 'columns'>): string {
	const headers = file.columns.map((c) => c.trim().toLowerCase()).filter((c) => c !== '').sort();
	return createHash('sha256').update(JSON.stringify([file.format, headers])).digest('hex');
}

export function savedMappingFor(db: Db, file: SourceFile): SavedMapping | undefined {
	const row = db.prepare('SELECT shape, mapping FROM import_mappings WHERE signature = ?').get(sourceSignature(file)) as { shape: string; mapping: string } | undefined;
	if (!row || !isShapeId(row.shape)) return undefined;
	return { shape: row.shape, columns: JSON.parse(row.mapping) as Record<string, string | null> };
}

/** Remember every mapping the user chose in an import that succeeded. */
export function saveMappings(db: Db, plans: readonly FilePlan[], by: string, now = Date.now()): void {
	const upsert = db.prepare(
		`INSERT INTO import_mappings (signature, format, shape, mapping, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (signature) DO UPDATE SET shape = excluded.shape, mapping = excluded.mapping, updated_at = excluded.updated_at, updated_by = excluded.updated_by`
	);
	db.transaction(() => {
		for (const plan of plans) {
			if (plan.settledBy !== 'user' || !plan.proposal) continue;
			upsert.run(sourceSignature(plan.file), plan.file.format, plan.proposal.shape, JSON.stringify(plan.mapping), now, by);
		}
	})();
}
