/**
 * The reviewer's linked tables attacked together, on the fixture and on the demo data: one
 * linear system over headcount, coverage, burnout, URiM and exits (tests/unit/privacy/
 * recoverable.ts), each program's active-trainee total one unknown shared by the headcount
 * and coverage tables and equal to the sum of the program's three URiM trainee cells.
 * A reviewer sees every entry of each table (all programs: every row and the totals row)
 * except the totals the pages leave out (burnout's and URiM's per-program totals).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Connector } from '$lib/engine/connector';
import { NodeConnector } from '$lib/engine/node';
import { withMarginCells } from '$lib/privacy/linked-suppression';
import { linkedCounts, suppressLinked, type LinkedTable } from '$lib/server/aggregates/linked-tables';
import { openDatasetConnector } from '$lib/server/store/dataset-connector';
import { ensureDemoDataset } from '$lib/server/store/demo-dataset';
import { loadFixture } from '../../factories';
import { determinedAcrossTables, type TableEntry } from '../privacy/recoverable';
import { reviewerFixture } from './aggregates-fixture';

const MIN_CELL = 11;
const HEADCOUNT = 0;
const COVERAGE = 1;
const BURNOUT = 2;
const URIM = 3;

/** Hidden entries that the five tables together pin down. */
async function leaks(db: Connector, alone: boolean): Promise<{ pinned: TableEntry[]; hidden: number }> {
	const { programs, tables } = await linkedCounts(db);
	const linked: LinkedTable[] = suppressLinked(tables, MIN_CELL, alone);
	const present = linked.map((t, k) => ({ t, k })).filter(({ t }) => t.suppressed);
	const index = new Map(present.map(({ k }, n) => [k, n]));
	const views = present.map(({ t, k }) => {
		const suppressed = withMarginCells(t.suppressed!).map((r) => r.map((c) => c.suppressed));
		const rows = suppressed.length - 1;
		const cols = suppressed[0].length - 1;
		// Burnout and URiM print no per-program or grand total.
		const unprinted = (i: number, j: number) => (k === BURNOUT || k === URIM) && j === cols;
		return { unknown: suppressed.map((r, i) => r.map((s, j) => s || unprinted(i, j))), suppressed, rows, cols };
	});
	const h = index.get(HEADCOUNT);
	const c = index.get(COVERAGE);
	const u = index.get(URIM);
	const same: TableEntry[][] = [];
	const sums: { value: TableEntry; parts: TableEntry[] }[] = [];
	if (h !== undefined && c !== undefined) {
		const n = programs.length;
		for (let i = 0; i <= n; i++) same.push([{ table: h, at: [i, views[h].cols] }, { table: c, at: [i, views[c].cols] }]);
		if (u !== undefined)
			for (let i = 0; i <= n; i++) sums.push({ value: { table: h, at: [i, views[h].cols] }, parts: [0, 1, 2].map((j) => ({ table: u, at: [i, j] as const })) });
	}
	const pinned = determinedAcrossTables(views, same, sums);
	return { pinned, hidden: views.reduce((s, v) => s + v.suppressed.flat().filter(Boolean).length, 0) };
}

describe('the reviewer’s linked tables, attacked together', () => {
	it('pin no hidden count on the fixture', async () => {
		const db = await NodeConnector.open();
		try {
			await loadFixture(db, reviewerFixture());
			// URiM counts (trainees yes, no, unknown; mentors yes, no, unknown):
			//   P1 8 20 4 1 1 0; P2 0 0 18 0 0 1; P3 0 0 4 0 0 0.
			// Suppressed alone, the URiM table hides P1's 8 and 4 (small), P1's mentor 1s, the 18
			// and 4 of unknowns and the totals they need. The headcount prints P1's 32 trainees:
			// 8 + 20 + 4 = 32 gives 8 + 4 = 12, and with the all-programs line (8 + 0 + 0, the
			// mentors' 2) the system pins P1's 8 and 4 and the all-programs URiM trainees.
			const alone = await leaks(db, true);
			expect(alone.pinned).toEqual([
				{ table: URIM, at: [0, 0] },
				{ table: URIM, at: [0, 2] },
				{ table: URIM, at: [3, 0] }
			]);
			expect((await leaks(db, false)).pinned).toEqual([]);
		} finally {
			db.close();
		}
	});

	const DEMO_DIR = resolve('data/demo');
	let dataDir = '';
	afterAll(() => {
		if (dataDir) rmSync(dataDir, { recursive: true, force: true });
	});
	it.skipIf(!existsSync(join(DEMO_DIR, 'roster.csv')))('pin no hidden count on the demo data (suppressed one by one, they did)', async () => {
		dataDir = mkdtempSync(join(tmpdir(), 'preceptor-linked-'));
		const manifest = await ensureDemoDataset({ dataDir, demoDir: DEMO_DIR });
		const db = await openDatasetConnector(dataDir, manifest);
		try {
			const before = await leaks(db, true);
			const after = await leaks(db, false);
			console.log(`reviewer linked tables on the demo data: one by one ${before.hidden} hidden, ${before.pinned.length} pinned (${JSON.stringify(before.pinned)}); together ${after.hidden} hidden, ${after.pinned.length} pinned`);
			expect(before.pinned.length).toBeGreaterThan(0);
			expect(after.pinned).toEqual([]);
		} finally {
			db.close();
		}
	}, 120_000);
});
