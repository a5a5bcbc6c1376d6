/**
 * Known answer: a report on the hand-made fixture (report-fixture.ts) has exactly these
 * numbers, read back from the CSV bundle, the XLSX and the PDF's text. Threshold 11.
 *
 * Mentoring access by URiM (active trainees on as_of):
 *   URiM: 12 with a mentor (A-1..A-12), 12 without, 24 → 50.0%, Wilson 95% 31.4–68.6
 *   Not URiM: 24 with (B-1..B-24), 12 without, 36 → 66.7%, Wilson 50.3–79.8
 *   Not reported: nobody → 0, 0, 0 and no rate. Totals 36, 24, 60. Nothing is 1–10: all shown.
 * Retention by URiM (everyone in the population, the period ends 2024-06-30):
 *   URiM 0 / 0 / 24 (24); Not URiM 4 withdrawn (C-1..C-4) / 0 / 36 (40); Not reported 0s;
 *   totals 4 / 0 / 60 (64). The 4 and its column total 4 are small. They share column
 *   "Attrition", so a cycle must leave through another column where both the Not URiM cell
 *   and the column total are hidden: "Graduated or transferred" is 0 and 0 (never hidden),
 *   so the cheapest is "Still enrolled" (36 and 60, against 40 and 64 in Total). Shown:
 *   URiM 0, 0, 24, 24, 0.0%; Not URiM suppressed, 0, suppressed, 40, no share;
 *   Total suppressed, 0, suppressed, 64. (36 = 40 − 4 − 0 would follow from 4, which is hidden.)
 * Burnout by wave, W1 (opens 2024-03-01): 60 eligible (C-1..C-4 left in January), 48
 *   respondents, 20 flagged, 28 not, 0 unscored, 12 did not respond → 41.7% (Wilson 28.8–55.7),
 *   response rate 48/60 = 80.0%. All counts ≥ 11: all shown.
 * Population: 64 trainees, all included (the withdrawals were enrolled during the period).
 * Linking the tables' suppression (count-table.ts) changes none of this: the one number they
 * share by definition is the population, 64 (Included, and the retention grand total), shown
 * in both; URiM groups of access (active trainees on as_of) and of retention (the period's
 * population) are different people in general, so their 24s and 36/40 are not linked, and
 * burnout's eligible trainees are in no other table. So the expected cells stay as they were.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeConnector } from '$lib/engine/node';
import type { Report } from '$lib/reports/types';
import { csvBundle } from '$lib/server/reports/csv-bundle';
import { chromiumPath, pdfUnavailableReason, reportPdf } from '$lib/server/reports/pdf';
import { reportXlsx } from '$lib/server/reports/xlsx';
import { loadFixture } from '../../factories';
import { MANIFEST, fixtureReport, reportFixture } from './report-fixture';
import { readStoredZip } from './zip-reader';

const EXPECTED_CSV: Record<string, string[]> = {
	'01-population.csv': ['Trainees in the dataset,Trainees', 'Included,64', 'Excluded: program not chosen,0', 'Excluded: training level outside the population,0', 'Excluded: not enrolled at any time in the period,0', 'Total,64'],
	'02-access.csv': ['URiM,With a mentor,Without a mentor,Total,Match rate (%),95% CI', 'URiM,12,12,24,50.0,31.4–68.6', 'Not URiM,24,12,36,66.7,50.3–79.8', 'Not reported,0,0,0,,', 'Total,36,24,60,,'],
	'03-retention.csv': ['URiM,Attrition,Graduated or transferred,Still enrolled,Total,Attrition (%)', 'URiM,0,0,24,24,0.0', 'Not URiM,suppressed,0,suppressed,40,', 'Not reported,0,0,0,0,', 'Total,suppressed,0,suppressed,64,'],
	'04-burnout.csv': ['Wave,Flagged,Not flagged,"Answered, not scored",Did not respond,Total,Share flagged (%),95% CI,Response rate (%)', 'Spring 2024 (2024-03-01),20,28,0,12,60,41.7,28.8–55.7,80.0']
};

let db: NodeConnector;
let report: Report;
beforeAll(async () => {
	db = await NodeConnector.open();
	await loadFixture(db, reportFixture());
	report = await fixtureReport(db);
});
afterAll(() => db?.close());

describe('report on the fixture', () => {
	it('states its period, population, version, hash, instruments, suppression rule, time and user', () => {
		expect(report.parameters).toEqual({ templateId: 'fixture-report', from: '2023-07-01', to: '2024-06-30', programs: [], population: 'all-trainees' });
		expect(report.dataset).toEqual(MANIFEST);
		expect(report.instruments).toEqual([{ id: 'mini_z_burnout', name: 'Mini-Z 2.0 burnout item', version: 'Mini-Z 2.0' }]);
		expect(report.suppression.minCell).toBe(11);
		expect(report.suppression.rule).toContain('Counts from 1 to 10 are never shown');
		expect(report.generated).toEqual({ at: '2024-07-02T09:30:00.000Z', by: { id: 'u-1', name: 'Dana Dean', role: 'dean' } });
		expect(report.definitions.map((d) => d.id)).toEqual(['diversity-access-gap', 'diversity-retention-by-group', 'wellbeing-prevalence-by-wave', 'wellbeing-response-rate']);
		expect(report.definitions.every((d) => d.definition.length > 20)).toBe(true);
		expect(report.population.exclusions.join(' ')).toContain('2023-07-01 to 2024-06-30');
	});

	it('has exactly the expected tables in the CSV bundle', () => {
		const files = readStoredZip(csvBundle(report));
		expect([...files.keys()]).toEqual(['00-about.csv', ...Object.keys(EXPECTED_CSV)]);
		for (const [name, lines] of Object.entries(EXPECTED_CSV)) expect(files.get(name)?.trimEnd().split('\r\n'), name).toEqual(lines);
		const about = files.get('00-about.csv')!;
		expect(about).toContain(`Content hash (SHA-256),${MANIFEST.contentHash}`);
		expect(about).toContain(`Dataset version,${MANIFEST.versionId}`);
	});

	it('has the same numbers in the XLSX, counts and shares as numbers', async () => {
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(Buffer.from(await reportXlsx(report)) as never);
		expect(workbook.worksheets.map((w) => w.name)).toEqual(['About', '01 population', '02 access', '03 retention', '04 burnout']);
		const rowsOf = (name: string) => {
			const out: unknown[][] = [];
			workbook.getWorksheet(name)!.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
			return out;
		};
		const access = rowsOf('02 access');
		expect(access).toContainEqual(['URiM', 12, 12, 24, 50, '31.4–68.6']);
		expect(access).toContainEqual(['Not URiM', 24, 12, 36, 66.7, '50.3–79.8']);
		expect(rowsOf('03 retention')).toContainEqual(['Not URiM', 'suppressed', 0, 'suppressed', 40]);
		expect(rowsOf('04 burnout')).toContainEqual(['Spring 2024 (2024-03-01)', 20, 28, 0, 12, 60, 41.7, '28.8–55.7', 80]);
	});
});

const pdftotext = spawnSync('pdftotext', ['-v']).error === undefined;
const pdfMissing = !pdftotext ? 'pdftotext (poppler-utils) is not installed' : pdfUnavailableReason();
// In CI both are installed (.ci/run); elsewhere the PDF check is skipped with the reason.
if (pdfMissing && !process.env.CI) console.warn(`report PDF known-answer test skipped: ${pdfMissing} (Chromium path ${chromiumPath()})`);

describe.skipIf(Boolean(pdfMissing) && !process.env.CI)('report PDF text', () => {
	it('prints the same numbers, the version, the hash and the rule', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'report-pdf-'));
		try {
			const file = join(dir, 'report.pdf');
			writeFileSync(file, await reportPdf(report));
			expect(existsSync(file)).toBe(true);
			const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
			const lines = text.split('\n').map((l) => l.trim().replace(/\s+/g, ' '));
			expect(lines).toContain('URiM 12 12 24 50.0 31.4–68.6');
			expect(lines).toContain('Not URiM 24 12 36 66.7 50.3–79.8');
			expect(lines).toContain('Not URiM suppressed 0 suppressed 40');
			expect(lines).toContain('Spring 2024 (2024-03-01) 20 28 0 12 60 41.7 28.8–55.7 80.0');
			expect(lines).toContain('Included 64');
			expect(text).toContain(MANIFEST.versionId);
			expect(text.replace(/\s+/g, '')).toContain(MANIFEST.contentHash);
			expect(text).toContain('Counts from 1 to 10 are never shown');
			expect(text).toContain('Dana Dean (dean)');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}, 60_000);
});
