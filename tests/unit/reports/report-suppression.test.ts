/**
 * Suppression in every template on the demo data: no shown count is between 1 and the
 * threshold − 1, and no hidden count can be worked out from the row and column equations with
 * the totals a reader sees (tests/unit/privacy/recoverable.ts, an attacker's view written
 * independently of the suppression code), over all tables of a report at once: a number that
 * several tables hold (same key in their counts' `shared`; checked to be one number here) is one
 * unknown of one linear system. Run over several parameter sets a user can choose, and against
 * the old per-table suppression of the same counts, to measure what linking changed.
 * That shares hide with the counts they rest on is checked in count-table.test.ts.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeConnector } from '$lib/engine/node';
import type { Report, ReportTable } from '$lib/reports/types';
import { generateReportWithCounts, type ReportCounts } from '$lib/server/reports/generate-report';
import { suppressCountTable, TOTAL_LABEL, type CountTable } from '$lib/server/reports/count-table';
import { REPORT_TEMPLATES } from '$lib/server/reports/templates';
import { openDatasetConnector } from '$lib/server/store/dataset-connector';
import { ensureDemoDataset } from '$lib/server/store/demo-dataset';
import type { DatasetManifest } from '$lib/server/store/manifest';
import { determinedAcrossTables, determinedEntries, type TableEntry } from '../privacy/recoverable';

const DEMO_DIR = resolve('data/demo');
const MIN_CELL = 11;

/**
 * What a reader sees of the count block, with margins: `unknown` marks hidden counts and
 * totals the table does not show; `suppressed` marks only the hidden ones. A total that is
 * not shown but follows from shown cells is no leak (anyone can add shown counts); a
 * suppressed count that follows is.
 */
function readerView(table: ReportTable): { unknown: boolean[][]; suppressed: boolean[][] } {
	const countColumns = table.columns.findIndex((c, j) => table.rows.some((r) => r.cells[j]?.kind !== 'count'));
	const countWidth = countColumns < 0 ? table.columns.length : countColumns;
	const hasTotalColumn = table.columns[countWidth - 1] === TOTAL_LABEL;
	const cells = hasTotalColumn ? countWidth - 1 : countWidth;
	const body = table.rows.filter((r) => !r.total);
	const totalRow = table.rows.find((r) => r.total);
	const hidden = (cell: { kind: string; suppressed?: boolean } | undefined) => !cell || (cell.kind === 'count' && Boolean(cell.suppressed));
	const line = (r: (typeof table.rows)[number] | undefined) => [
		...Array.from({ length: cells }, (_, j) => (r ? hidden(r.cells[j]) : true)),
		hasTotalColumn && r ? hidden(r.cells[cells]) : true
	];
	const marked = (r: (typeof table.rows)[number] | undefined) => [
		...Array.from({ length: cells }, (_, j) => Boolean(r && hidden(r.cells[j]))),
		Boolean(hasTotalColumn && r && hidden(r.cells[cells]))
	];
	return { unknown: [...body.map(line), line(totalRow)], suppressed: [...body.map(marked), marked(totalRow)] };
}

/** The report's distinct tables with their counts: the population table, then each section's (charts share their table's). */
function reportTables(report: Report, counts: ReportCounts): { shown: ReportTable; counts: CountTable }[] {
	const out = [{ shown: report.population.counts, counts: counts.population }];
	for (const s of report.sections) if (!out.some((t) => t.shown === s.table)) out.push({ shown: s.table, counts: counts.sections.get(s.id)! });
	return out.filter((t) => t.shown.rows.length > 0);
}

/** Entries with one key, as [table, i, j] of each table with margins; checked to hold one number. */
function sameNumbers(where: string, tables: readonly CountTable[]): TableEntry[][] {
	const groups = new Map<string, { entry: TableEntry; value: number }[]>();
	tables.forEach((t, k) => {
		const rows = t.counts.length;
		const cols = t.countColumns.length;
		const value = (i: number, j: number) =>
			i < rows && j < cols ? t.counts[i][j] : i < rows ? t.counts[i].reduce((a, b) => a + b, 0) : j < cols ? t.counts.reduce((a, r) => a + r[j], 0) : t.counts.flat().reduce((a, b) => a + b, 0);
		for (const { key, entries } of t.shared ?? []) {
			if (entries.length !== 1) continue;
			const [r, c] = entries[0];
			const at = [r === 'total' ? rows : r, c === 'total' ? cols : c] as const;
			groups.set(key, [...(groups.get(key) ?? []), { entry: { table: k, at }, value: value(at[0], at[1]) }]);
		}
	});
	for (const [key, list] of groups) expect(new Set(list.map((x) => x.value)).size, `${where}: "${key}" names different numbers ${list.map((x) => x.value)}`).toBe(1);
	return [...groups.values()].filter((l) => l.length > 1).map((l) => l.map((x) => x.entry));
}

/** Hidden counts that all tables of the report together pin down. */
function jointLeaks(where: string, tables: readonly { shown: ReportTable; counts: CountTable }[]): TableEntry[] {
	return determinedAcrossTables(
		tables.map((t) => readerView(t.shown)),
		sameNumbers(where, tables.map((t) => t.counts))
	);
}

const hiddenIn = (t: ReportTable) => t.rows.flatMap((r) => r.cells).filter((c) => c.kind === 'count' && c.suppressed).length;

function checkTable(where: string, table: ReportTable): void {
	for (const row of table.rows)
		row.cells.forEach((cell, j) => {
			if (cell.kind === 'count' && !cell.suppressed) {
				const v = cell.value as number;
				expect(v >= 1 && v < MIN_CELL, `${where}: ${row.label} / ${table.columns[j]} shows ${v}`).toBe(false);
			}
		});
	if (table.rows.length === 0) return;
	const { unknown, suppressed } = readerView(table);
	const leaks = determinedEntries(unknown).filter(([i, j]) => suppressed[i][j]);
	expect(leaks, `${where}: a hidden count follows from the totals`).toEqual([]);
}

describe.skipIf(!existsSync(join(DEMO_DIR, 'roster.csv')))('suppression in every report template on the demo data', () => {
	let dataDir: string;
	let manifest: DatasetManifest;
	let db: NodeConnector;
	beforeAll(async () => {
		dataDir = mkdtempSync(join(tmpdir(), 'preceptor-reports-'));
		manifest = await ensureDemoDataset({ dataDir, demoDir: DEMO_DIR });
		db = await openDatasetConnector(dataDir, manifest);
	}, 120_000);
	afterAll(() => {
		db?.close();
		if (dataDir) rmSync(dataDir, { recursive: true, force: true });
	});

	const choices = [
		{ from: '2019-01-01', to: '2026-11-01', programs: [], population: 'all-trainees' },
		{ from: '2025-07-01', to: '2026-06-30', programs: ['GME-IM'], population: 'all-trainees' },
		{ from: '2024-07-01', to: '2025-06-30', programs: [], population: 'residents-fellows' },
		{ from: '2025-07-01', to: '2026-06-30', programs: ['UME-MD', 'NRP'], population: 'all-trainees' }
	];

	it('shows no count from 1 to 10 and no recoverable hidden count, over all tables of a report together', async () => {
		const programs = (await db.query<{ program_id: string }>('SELECT program_id FROM programs')).map((r) => r.program_id);
		let tables = 0;
		const summary: string[] = [];
		let leakedBefore = 0;
		for (const template of REPORT_TEMPLATES) {
			const figures = { before: 0, after: 0, pinnedBefore: 0 };
			for (const choice of choices) {
				const chosen = { ...choice, programs: choice.programs.filter((p) => programs.includes(p)) };
				const { report, counts } = await generateReportWithCounts({
					db,
					manifest,
					template,
					parameters: { templateId: template.id, ...chosen },
					generatedBy: { id: 't', name: 'Test', role: 'reviewer' },
					minCell: MIN_CELL,
					now: new Date('2026-12-01T00:00:00Z')
				});
				const where = `${template.id} ${JSON.stringify(chosen)}`;
				const linked = reportTables(report, counts);
				linked.forEach((t, k) => checkTable(`${where} table ${k}`, t.shown));
				tables += linked.length;
				expect(jointLeaks(where, linked), `${where}: a hidden count follows from the report's tables together`).toEqual([]);

				// The same counts suppressed table by table, as reports were before tables were linked.
				const alone = linked.map((t) => ({ shown: suppressCountTable(t.counts, MIN_CELL), counts: t.counts }));
				figures.before += alone.reduce((n, t) => n + hiddenIn(t.shown), 0);
				figures.after += linked.reduce((n, t) => n + hiddenIn(t.shown), 0);
				figures.pinnedBefore += jointLeaks(where, alone).length;
			}
			leakedBefore += figures.pinnedBefore;
			summary.push(`${template.id}: hidden ${figures.before} → ${figures.after}; pinned across tables before ${figures.pinnedBefore}, after 0`);
		}
		console.log(`report suppression over ${choices.length} parameter sets, ${tables} tables:\n${summary.join('\n')}`);
		expect(tables).toBeGreaterThan(40);
		// The demo data does have the gap that linking closes.
		expect(leakedBefore).toBeGreaterThan(0);
	}, 240_000);
});
