/**
 * The upload readers: encodings, delimiters, missing markers, XLSX (with its zip-bomb
 * guard), Parquet, and the stated limits. Inputs are built here; expected values are
 * worked out by hand in the comments.
 */
import { Buffer } from 'node:buffer';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { NodeConnector } from '$lib/engine/node';
import { sniffDelimiter } from '$lib/server/ingest/delimiter';
import { UPLOAD_LIMITS, uploadSizeProblem } from '$lib/server/ingest/limits';
import { Columns } from '$lib/server/ingest/shapes';
import { decodeUpload } from '$lib/server/ingest/text-encoding';
import { readUpload } from '$lib/server/ingest/upload-reader';
import { checkZipBomb } from '$lib/server/ingest/zip-guard';
import { deflatedZeros, makeZip } from './zip-fixture';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const enc = (text: string) => new TextEncoder().encode(text);

async function only(upload: { name: string; bytes: Uint8Array | string }) {
	const result = await readUpload(upload);
	if ('refused' in result) throw new Error(result.refused);
	expect(result.files).toHaveLength(1);
	return result.files[0]!;
}

describe('text encodings', () => {
	test('UTF-8 with and without BOM decode the same', () => {
		const plain = decodeUpload(enc('Name\nJosé\n'));
		const bom = decodeUpload(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('Name\nJosé\n')]));
		expect(plain).toEqual({ text: 'Name\nJosé\n', encoding: 'utf-8' });
		expect(bom).toEqual(plain);
	});

	test('invalid UTF-8 is read as Windows-1252 with a note', () => {
		// "José" in Windows-1252: é = 0xE9, which cannot stand alone in UTF-8 (offset 8 = after "Name\nJos").
		const bytes = new Uint8Array([...enc('Name\nJos'), 0xe9, 0x0a]);
		const decoded = decodeUpload(bytes);
		expect(decoded.text).toBe('Name\nJosé\n');
		expect(decoded.encoding).toBe('windows-1252');
		expect(decoded.note).toMatch(/offset 8.*Windows-1252/);
		// 0x93/0x94 are curly quotes in Windows-1252 (not C1 controls as in ISO-8859-1).
		expect(decodeUpload(new Uint8Array([0x93, 0x68, 0x69, 0x94])).text).toBe('\u201chi\u201d');
	});

	test('UTF-16 (Excel "Unicode text") by its BOM', () => {
		const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from('a\tb\n1\t2\n', 'utf16le')]);
		expect(decodeUpload(bytes)).toMatchObject({ text: 'a\tb\n1\t2\n', encoding: 'utf-16le' });
	});

	test('a NUL byte in a text file is refused with its offset', async () => {
		const result = await readUpload({ name: 'x.csv', bytes: new Uint8Array([...enc('a,b\n1,'), 0, ...enc('\n')]) });
		expect(result).toEqual({ refused: expect.stringMatching(/NUL byte at offset 6/) });
	});
});

describe('delimiters', () => {
	test.each([
		[',', 'a,b,c\n1,2,3\n'],
		[';', 'a;b;c\n1,5;2,5;3\n'], // decimal commas inside semicolon-separated cells
		['\t', 'a\tb\n"x, y"\t2\n'],
		['|', 'a|b|c\n1|2|3\n']
	])('%j', (delimiter, text) => {
		expect(sniffDelimiter(text)).toBe(delimiter);
	});

	test('a TSV upload is parsed by tab and says so', async () => {
		const file = await only({ name: 'programs.tsv', bytes: enc('Program ID\tProgram Name\tProgram Type\nUME-MD\tMD, Mentoring\tUME\n') });
		expect(file.columns).toEqual(['Program ID', 'Program Name', 'Program Type']);
		expect(file.records[0]!.cells).toEqual(['UME-MD', 'MD, Mentoring', 'UME']);
		expect(file.readNotes).toContain('tab-separated');
	});
});

describe('missing markers', () => {
	test('empty, NA, N/A and #N/A are missing; -99 is a value outside survey items', async () => {
		const file = await only({ name: 'm.csv', bytes: enc('a,b,c,d,e\nNA,,N/A,#N/A,-99\n') });
		const columns = new Columns(file);
		expect(['a', 'b', 'c', 'd', 'e'].map((h) => columns.get(file.records[0]!, h))).toEqual([null, null, null, null, '-99']);
	});
});

describe('XLSX', () => {
	async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
		const wb = new ExcelJS.Workbook();
		build(wb);
		return new Uint8Array(await wb.xlsx.writeBuffer());
	}

	test('first sheet, dates as ISO, numbers and formulas as text', async () => {
		const bytes = await workbook((wb) => {
			const s = wb.addWorksheet('Export');
			s.addRow(['Meeting ID', 'Date', 'Duration (min)', 'Double']);
			s.addRow(['MT1', new Date(Date.UTC(2025, 8, 5)), 45, { formula: 'C2*2', result: 90 }]);
			s.addRow(['MT2', new Date(Date.UTC(2025, 8, 6, 14, 30)), 30, null]);
			wb.addWorksheet('Notes').addRow(['ignored']);
		});
		const file = await only({ name: 'meetings.xlsx', bytes });
		expect(file.kind).toBe('xlsx');
		expect(file.columns).toEqual(['Meeting ID', 'Date', 'Duration (min)', 'Double']);
		expect(file.records.map((r) => [r.row, ...r.cells])).toEqual([
			[2, 'MT1', '2025-09-05', '45', '90'],
			[3, 'MT2', '2025-09-06 14:30:00', '30', '']
		]);
		expect(file.readNotes?.join(' ')).toMatch(/ignored "Notes"/);
	});

	test('sheets named like tables become one source each', async () => {
		const bytes = await workbook((wb) => {
			wb.addWorksheet('Programs').addRows([['Program ID', 'Program Name', 'Program Type'], ['NRP', 'Nurse Residency', 'Nursing']]);
			wb.addWorksheet('Meetings').addRows([['Meeting ID', 'Pairing ID'], ['MT1', 'P1']]);
		});
		const result = await readUpload({ name: 'book.xlsx', bytes });
		expect('files' in result && result.files.map((f) => [f.name, f.records.length])).toEqual([
			['book.xlsx › Programs', 1],
			['book.xlsx › Meetings', 1]
		]);
	});

	test('zip bombs are refused before exceljs reads them, naming the cause', async () => {
		const limits = { ...UPLOAD_LIMITS, maxXlsxUncompressedBytes: 10 * 1024 * 1024 };
		// 1. Declares 64 MB: over the 10 MB limit from the central directory alone.
		const declared = makeZip([{ name: 'xl/worksheets/sheet1.xml', deflated: new Uint8Array([3, 0]), declaredSize: 64 * 1024 * 1024 }]);
		expect(() => checkZipBomb(declared, limits)).toThrow(/expand to more than 10 MB/);
		// 2. 8 MB of zeros deflate to ~8 KB: a ratio of ~1000×, over 200×.
		const ratio = makeZip([{ name: 'xl/sharedStrings.xml', deflated: deflatedZeros(8 * 1024 * 1024), declaredSize: 8 * 1024 * 1024 }]);
		expect(() => checkZipBomb(ratio, limits)).toThrow(/expands \d+× .*zip bomb/);
		// 3. Lies: declares 1 KB but inflates to 8 MB -> stopped by the inflate cap.
		const liar = makeZip([{ name: 'xl/styles.xml', deflated: deflatedZeros(8 * 1024 * 1024), declaredSize: 1024 }]);
		expect(() => checkZipBomb(liar, limits)).toThrow(/beyond its declared size/);
		// 4. Too many entries.
		const many = makeZip(Array.from({ length: 501 }, (_, i) => ({ name: `f${i}`, content: enc('x') })));
		expect(() => checkZipBomb(many, limits)).toThrow(/501 zip entries; at most 500/);
		// Through the upload path the cause reaches the user.
		expect(await readUpload({ name: 'bomb.xlsx', bytes: liar })).toEqual({ refused: expect.stringMatching(/zip bomb/) });
	});
});

describe('Parquet', () => {
	test('read through DuckDB, every column as text, dates ISO', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'preceptor-pq-'));
		const path = join(dir, 'programs.parquet');
		const db = await NodeConnector.open();
		try {
			await db.exec(`COPY (SELECT * FROM (VALUES ('UME-MD', 'MD Program', 'UME', DATE '2021-07-01', 3), ('NRP', 'Nurse Residency', 'Nursing', NULL, 1)) t("Program ID", "Program Name", "Program Type", "Start Date", n)) TO '${path}' (FORMAT parquet)`);
		} finally {
			db.close();
		}
		const file = await only({ name: 'programs.parquet', bytes: new Uint8Array(readFileSync(path)) });
		rmSync(dir, { recursive: true, force: true });
		expect(file.kind).toBe('parquet');
		expect(file.columns).toEqual(['Program ID', 'Program Name', 'Program Type', 'Start Date', 'n']);
		expect(file.records.map((r) => r.cells)).toEqual([
			['UME-MD', 'MD Program', 'UME', '2021-07-01', '3'],
			['NRP', 'Nurse Residency', 'Nursing', '', '1']
		]);
	});
});

describe('limits', () => {
	test('stated limits are enforced with a cause', async () => {
		expect(uploadSizeProblem([{ name: 'big.csv', size: UPLOAD_LIMITS.maxFileBytes + 1 }])).toMatch(/big.csv is 25 MB; the limit is 25 MB per file/);
		expect(uploadSizeProblem(Array.from({ length: 13 }, (_, i) => ({ name: `${i}.csv`, size: 1 })))).toMatch(/13 files; at most 12/);
		const rows = 'a\n' + '1\n'.repeat(UPLOAD_LIMITS.maxRows + 1);
		expect(await readUpload({ name: 'rows.csv', bytes: rows })).toEqual({ refused: `${UPLOAD_LIMITS.maxRows + 1} data rows; at most ${UPLOAD_LIMITS.maxRows} allowed` });
		expect(await readUpload({ name: 'cell.csv', bytes: `a,b\n1,${'x'.repeat(40_000)}\n` })).toEqual({ refused: 'row 2, column b: a cell of 40000 characters (limit 32767)' });
		expect(await readUpload({ name: 'empty.csv', bytes: new Uint8Array() })).toEqual({ refused: 'empty file' });
	});
});
