/**
 * Format detection, record and column counts on real exports copied from public projects
 * (tests/fixtures/real-exports/SOURCES.md). Expected counts were read off the files (and
 * cross-checked with Python's csv module and DuckDB read_csv, both independent of the
 * parser under test). Columns: named header cells, a trailing unnamed one dropped.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readSourceFile } from '$lib/server/ingest/source-file';
import { readUpload } from '$lib/server/ingest/upload-reader';

const SAMPLES = resolve('tests/fixtures/real-exports');
const read = (path: string) => readSourceFile(path.split('/').pop()!, readFileSync(join(SAMPLES, path)));

interface Expectation {
	path: string;
	format: string;
	headerRows: number;
	/** Data records after header rows and blank rows are removed. */
	records: number;
	columns: number;
}

const EXPECTED: Expectation[] = [
	// 3 header rows (tags, German question text, {"ImportId":...}) + 1 response.
	{ path: 'qualtrics-qualtRics/sample.csv', format: 'qualtrics', headerRows: 3, records: 1, columns: 20 },
	// V1..V10 row + ResponseID row + 1 response; BOM and trailing commas.
	{ path: 'qualtrics-qualtRics/sample_legacy.csv', format: 'qualtrics_legacy', headerRows: 2, records: 1, columns: 15 },
	// Row 3 is {'ImportId': 'responseId'} (single quotes); 8 records = 3 header + 5.
	{ path: 'qualtrics-QualtricsTools/Sample_Survey (Insights).csv', format: 'qualtrics', headerRows: 3, records: 5, columns: 190 },
	// 313 physical lines, 53 CSV records = 3 header + 50 responses.
	{ path: 'qualtrics-QualtricsTools/Long_Exhaustive_Sample_Survey_January+29,+2021_10.20_DataTable.csv', format: 'qualtrics', headerRows: 3, records: 50, columns: 371 },
	// record_id + race___1..6 + *_complete, no redcap_ columns; 16 lines, 6 records = header + 5.
	{ path: 'redcap-REDCapR/simple/data.csv', format: 'redcap', headerRows: 1, records: 5, columns: 24 },
	// study_id + redcap_event_name; 19 records = header + 18.
	{ path: 'redcap-REDCapR/longitudinal/data.csv', format: 'redcap', headerRows: 1, records: 18, columns: 125 },
	// participant_id + redcap_survey_identifier; 2 participants.
	{ path: 'redcap-REDCapR/survey/data.csv', format: 'redcap', headerRows: 1, records: 2, columns: 33 },
	// BOM + UI headers; 6 fields.
	{ path: 'redcap-REDCapR/potentially-problematic-dictionary/dictionary.csv', format: 'redcap_dictionary', headerRows: 1, records: 6, columns: 18 },
	// events + repeating instruments + DAG; 10 rows.
	{ path: 'redcap-REDCapRITS/WARRIORtestForSoftwa_DATA_2018-06-21_1431.csv', format: 'redcap', headerRows: 1, records: 10, columns: 81 },
	// Excel re-save: CRLF, no final newline, 86 fields then 4028 blank ,,,, rows.
	{ path: 'redcap-REDCapRITS/WARRIORtestForSoftwareUpgrades_DataDictionary_2018-06-21.csv', format: 'redcap_dictionary', headerRows: 1, records: 86, columns: 18 },
	// API-style raw export ending in a blank line: 42 records = header + 40 + blank.
	{ path: 'redcap-redcapAPI/TestRedcapAPI_Records.csv', format: 'redcap', headerRows: 1, records: 40, columns: 78 },
	// API metadata column names (field_name, form_name, ...); 68 fields.
	{ path: 'redcap-redcapAPI/metadata.csv', format: 'redcap_dictionary', headerRows: 1, records: 68, columns: 18 }
];

describe('real exports', () => {
	test.each(EXPECTED)('$path is $format with $headerRows header rows, $records records, $columns columns', ({ path, format, headerRows, records, columns }) => {
		const file = read(path);
		expect(file.format).toBe(format);
		expect(file.headerRowCount).toBe(headerRows);
		expect(file.records).toHaveLength(records);
		expect(file.columns).toHaveLength(columns);
	});

	test('every sample goes through the upload reader (limits, encoding) unchanged', async () => {
		for (const { path, records, columns } of EXPECTED) {
			const result = await readUpload({ name: path, bytes: readFileSync(join(SAMPLES, path)) });
			if ('refused' in result) throw new Error(`${path}: ${result.refused}`);
			expect([result.files[0]!.records.length, result.files[0]!.columns.length], path).toEqual([records, columns]);
			// All are UTF-8 (the problematic dictionary's U+FFFD is stored as valid UTF-8).
			expect(result.files[0]!.encoding, path).toBe('utf-8');
		}
	});

	test('legacy Qualtrics: BOM stripped and trailing empty column dropped', () => {
		const file = read('qualtrics-qualtRics/sample_legacy.csv');
		// V1..V10, Q1, Q2, LocationLatitude, LocationLongitude, LocationAccuracy
		expect(file.columns).toHaveLength(15);
		expect(file.columns[0]).toBe('V1');
		expect(file.questionText![0]).toBe('ResponseID');
	});

	test('Qualtrics: row 2 question text and row 3 ImportIds are kept per column', () => {
		const file = read('qualtrics-qualtRics/sample.csv');
		expect(file.columns[8]).toBe('ResponseId');
		expect(file.importIds![8]).toBe('_recordId');
		expect(file.questionText![9]).toBe('Nachname des Empfängers');
		const insights = read('qualtrics-QualtricsTools/Sample_Survey (Insights).csv');
		expect(insights.importIds![0]).toBe('responseId');
		expect(insights.note).toMatch(/single quotes/);
	});

	test('Long Qualtrics export: multi-line question text, 371 columns, 389 -99 cells', () => {
		const file = read('qualtrics-QualtricsTools/Long_Exhaustive_Sample_Survey_January+29,+2021_10.20_DataTable.csv');
		expect(file.columns).toHaveLength(371);
		expect(file.questionText!.filter((t) => t.includes('\n')).length).toBe(230);
		const minus99 = file.records.reduce((n, r) => n + r.cells.filter((c) => c === '-99').length, 0);
		expect(minus99).toBe(389);
		// The first response sits after 3 header records spanning many physical lines.
		expect(file.records[0]!.row).toBe(4);
		expect(file.records[0]!.line).toBeGreaterThan(4);
	});

	test('REDCap simple: quoted newlines stay inside the cell; row numbers count records', () => {
		const file = read('redcap-REDCapR/simple/data.csv');
		expect(file.records.map((r) => r.row)).toEqual([2, 3, 4, 5, 6]);
		// Trudy's comment spans 4 physical lines (one of them blank).
		expect(file.records[3]!.cells[13]).toBe('This record doesn\'t have a DAG assigned\n\nSo call up Trudy on the telephone\nSend her a letter in the mail');
		expect(file.records[4]!.line).toBe(13);
	});

	test('REDCap survey keeps the literal [not completed]', () => {
		const file = read('redcap-REDCapR/survey/data.csv');
		const col = file.columns.indexOf('participant_morale_questionnaire_timestamp');
		expect(file.records[0]!.cells[col]).toBe('[not completed]');
	});

	test('Excel-saved dictionary: CRLF stripped from the last header, blank rows dropped', () => {
		const file = read('redcap-REDCapRITS/WARRIORtestForSoftwareUpgrades_DataDictionary_2018-06-21.csv');
		expect(file.columns[17]).toBe('Field Annotation');
		expect(file.records[0]!.cells[0]).toBe('record_id');
		expect(file.records[85]!.row).toBe(87);
	});
});
