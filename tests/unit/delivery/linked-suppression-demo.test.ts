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
			expect(after.pinned).toEqual([]);
		} finally {
			db.close();
		}
	}, 120_000);
});
