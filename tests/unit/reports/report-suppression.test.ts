/**
 * Suppression in every template on the demo data: no shown count is between 1 and the
 * threshold − 1, and no hidden count can be worked out from the row and column equations with
 * the totals a reader sees (tests/unit/privacy/recoverable.ts, an attacker's view written
 * independently of the suppression code). Run over several parameter sets a user can choose.
 * That shares hide with the counts they rest on is checked in count-table.test.ts.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeConnector } from '$lib/engine/node';
import type { Report, ReportTable } from '$lib/reports/types';
import { generateReport } from '$lib/server/reports/generate-report';
import { TOTAL_LABEL } from '$lib/server/reports/count-table';
import { REPORT_TEMPLATES } from '$lib/server/reports/templates';
import { openDatasetConnector } from '$lib/server/store/dataset-connector';
import { ensureDemoDataset } from '$lib/server/store/demo-dataset';
import type { DatasetManifest } from '$lib/server/store/manifest';
import { determinedEntries } from '../privacy/recoverable';

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

	it('shows no count from 1 to 10 and no recoverable hidden count, in any table of any template', async () => {
		const programs = (await db.query<{ program_id: string }>('SELECT program_id FROM programs')).map((r) => r.program_id);
		let tables = 0;
		let hidden = 0;
		for (const template of REPORT_TEMPLATES)
			for (const choice of choices) {
				const chosen = { ...choice, programs: choice.programs.filter((p) => programs.includes(p)) };
				const report: Report = await generateReport({
					db,
					manifest,
					template,
					parameters: { templateId: template.id, ...chosen },
					generatedBy: { id: 't', name: 'Test', role: 'reviewer' },
					minCell: MIN_CELL,
					now: new Date('2026-12-01T00:00:00Z')
				});
				const where = `${template.id} ${JSON.stringify(chosen)}`;
				checkTable(`${where} population`, report.population.counts);
				for (const s of report.sections) {
					checkTable(`${where} ${s.id}`, s.table);
					tables++;
					hidden += s.table.rows.flatMap((r) => r.cells).filter((c) => c.kind === 'count' && c.suppressed).length;
				}
			}
		console.log(`report suppression: ${tables} tables checked, ${hidden} counts hidden`);
		expect(tables).toBeGreaterThan(50);
		expect(hidden).toBeGreaterThan(0);
	}, 120_000);
});
