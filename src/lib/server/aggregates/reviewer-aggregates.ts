/**
 * The reviewer's aggregate tables for the current dataset version: the linked tables are
 * built once per (version, threshold), from one DuckDB connection over that version's
 * Parquet files, and every request only slices them. Versions are immutable, so an entry
 * never goes stale; only the latest few are kept.
 */
import type { DatasetManifest } from '$lib/server/store/manifest';
import { openDatasetConnector } from '$lib/server/store/dataset-connector';
import { buildLinkedAggregates, type LinkedAggregates } from './linked-tables';
import { reviewerTables } from './reviewer-tables';
import { differencingGuard, parseSelection } from './selection';
import type { ReviewerAggregates } from './types';

const KEEP = 4;
const built = new Map<string, Promise<LinkedAggregates>>();

export function linkedAggregatesFor(dataDir: string, manifest: Pick<DatasetManifest, 'versionId'>, minCell: number): Promise<LinkedAggregates> {
	const key = `${manifest.versionId}/${minCell}`;
	let pending = built.get(key);
	if (!pending) {
		pending = (async () => {
			const db = await openDatasetConnector(dataDir, manifest);
			try {
				return await buildLinkedAggregates(db, manifest.versionId, minCell);
			} finally {
				db.close();
			}
		})();
		built.set(key, pending);
		// A failed build is not cached: the next request tries again.
		pending.catch(() => built.get(key) === pending && built.delete(key));
		for (const old of built.keys()) if (built.size > KEEP) built.delete(old);
	}
	return pending;
}

export type AggregatesOutcome = { ok: true; body: ReviewerAggregates } | { ok: false; status: 400 | 404 | 409; message: string };

/** The tables for `params` (?program=all|<id>) at threshold `minCell`, or why not. */
export function aggregatesFromLinked(data: LinkedAggregates, params: URLSearchParams): AggregatesOutcome {
	const parsed = parseSelection(params, data.programs.map((p) => p.id));
	if (!parsed.ok) return { ok: false, status: 400, message: parsed.message };
	const tables = [data.headcount, data.coverage, data.burnout, data.urim, data.exits].map((t) => t.suppressed);
	const refusal = differencingGuard(tables, parsed.selection, data.minCell);
	if (refusal) return { ok: false, status: 409, message: refusal };
	return { ok: true, body: reviewerTables(data, parsed.selection) };
}

export async function reviewerAggregates(
	dataDir: string,
	manifest: DatasetManifest | null,
	minCell: number,
	params: URLSearchParams
): Promise<AggregatesOutcome> {
	if (!manifest) return { ok: false, status: 404, message: 'no dataset has been imported yet' };
	return aggregatesFromLinked(await linkedAggregatesFor(dataDir, manifest, minCell), params);
}
