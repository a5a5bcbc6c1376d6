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
import type { ReviewerAggregates, ReviewerCell, ReviewerTable } from './types';

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

export type AggregatesOutcome = { ok: true; body: ReviewerAggregates } | { ok: false; status: 400 | 403 | 404 | 409; message: string };

export const NOT_YOUR_PROGRAM = 'Aggregate tables are offered for your own programs only; choose one of them.';
export const NO_PROGRAM_OF_YOURS = 'None of your programs is in the current dataset, so there are no aggregate tables for you.';

/**
 * The tables for `params` (?program=all|<id>) at threshold `minCell`, or why not. `allowed`
 * narrows the choice to some programs (a coordinator's): then "all programs" is refused, a
 * program outside them gets 403 whether or not it exists (its existence is not theirs to
 * learn), the first of theirs is the default, and only theirs are listed as choices.
 */
export function aggregatesFromLinked(data: LinkedAggregates, params: URLSearchParams, allowed: 'all' | readonly string[] = 'all'): AggregatesOutcome {
	let query = params;
	if (allowed !== 'all') {
		const mine = data.programs.map((p) => p.id).filter((id) => allowed.includes(id));
		if (mine.length === 0) return { ok: false, status: 403, message: NO_PROGRAM_OF_YOURS };
		const asked = params.getAll('program');
		if (asked.length === 0) {
			query = new URLSearchParams(params);
			query.set('program', mine[0]);
		} else if (asked.length === 1 && !mine.includes(asked[0])) {
			return { ok: false, status: 403, message: NOT_YOUR_PROGRAM };
		}
	}
	const parsed = parseSelection(query, data.programs.map((p) => p.id));
	if (!parsed.ok) return { ok: false, status: 400, message: parsed.message };
	const tables = [data.headcount, data.coverage, data.burnout, data.urim, data.exits].map((t) => t.suppressed);
	const refusal = differencingGuard(tables, parsed.selection, data.minCell);
	if (refusal) return { ok: false, status: 409, message: refusal };
	const body = reviewerTables(data, parsed.selection);
	if (allowed === 'all') return { ok: true, body };
	return {
		ok: true,
		body: { ...body, offersAll: false, programs: body.programs.filter((p) => allowed.includes(p.id)), tables: body.tables.map(withoutOthersExits) }
	};
}

const isShownZero = (c: ReviewerCell) => c.kind === 'empty' || (c.kind === 'count' && !c.suppressed && c.value === 0);

/**
 * The exits table's columns (levels) and rows (reasons) are those of the whole dataset, so a
 * column of zeros in one program's table would still tell its coordinator that someone in
 * another program left at that level for that reason. Their view drops the reasons and
 * levels that are zero (or absent) for their program. Zeros are never suppressed
 * (privacy/suppression.ts), so nothing hidden is dropped and no total changes.
 */
function withoutOthersExits(table: ReviewerTable): ReviewerTable {
	if (table.id !== 'exits') return table;
	const keep = table.columns.map((_, j) => table.rows.some((r) => !isShownZero(r.cells[j])));
	const rows = table.rows
		.filter((r) => r.cells.some((c) => !isShownZero(c)))
		.map((r) => ({ ...r, cells: r.cells.filter((_, j) => keep[j]) }));
	return { ...table, columns: table.columns.filter((_, j) => keep[j]), rows };
}

export async function reviewerAggregates(
	dataDir: string,
	manifest: DatasetManifest | null,
	minCell: number,
	params: URLSearchParams,
	allowed: 'all' | readonly string[] = 'all'
): Promise<AggregatesOutcome> {
	if (!manifest) return { ok: false, status: 404, message: 'no dataset has been imported yet' };
	return aggregatesFromLinked(await linkedAggregatesFor(dataDir, manifest, minCell), params, allowed);
}
