import { describe, expect, test } from 'vitest';
import { decodeCsvText, isBlankRecord, parseCsv } from '$lib/server/ingest/csv';
import { readSourceFile } from '$lib/server/ingest/source-file';

describe('parseCsv', () => {
	test('RFC 4180 quoting: commas, doubled quotes and newlines inside quotes', () => {
		const records = parseCsv('a,b\n"x, y","say ""hi""\nthere"\nlast,row\n');
		expect(records.map((r) => r.cells)).toEqual([
			['a', 'b'],
			['x, y', 'say "hi"\nthere'],
			['last', 'row']
		]);
		// Record 2 starts on line 2 and spans lines 2–3, so record 3 starts on line 4.
		expect(records.map((r) => [r.row, r.line])).toEqual([
			[1, 1],
			[2, 2],
			[3, 4]
		]);
	});

	test('CRLF, a missing final newline and a final blank line', () => {
		expect(parseCsv('a,b\r\n1,2').map((r) => r.cells)).toEqual([
			['a', 'b'],
			['1', '2']
		]);
		// "\n\n" at the end: one blank record (row 3), not two.
		const records = parseCsv('a\n1\n\n');
		expect(records.map((r) => r.cells)).toEqual([['a'], ['1'], ['']]);
		expect(isBlankRecord(records[2]!)).toBe(true);
	});

	test('CRLF inside quotes counts as one line break', () => {
		const records = parseCsv('h\r\n"one\r\ntwo"\r\nnext\r\n');
		expect(records[1]!.cells[0]).toBe('one\r\ntwo');
		expect(records[2]!.line).toBe(4);
	});

	test('UTF-8 BOM is dropped', () => {
		const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('V1,V2\n')]);
		expect(parseCsv(decodeCsvText(bytes))[0]!.cells).toEqual(['V1', 'V2']);
	});
});

describe('readSourceFile', () => {
	test('trailing comma column dropped, blank rows skipped, file rows kept', () => {
		// rows: 1 header, 2 data, 3 blank (,,,), 4 data
		const file = readSourceFile('roster.csv', 'Person ID,Role,\nT1,Trainee,\n,,\nT2,Mentor,\n');
		expect(file.columns).toEqual(['Person ID', 'Role']);
		expect(file.records.map((r) => r.row)).toEqual([2, 4]);
		expect(file.overlongRows).toEqual([]);
	});

	test('extra non-empty cells beyond the header are reported', () => {
		const file = readSourceFile('x.csv', 'a,b\n1,2,3\n');
		expect(file.overlongRows).toEqual([2]);
	});
});
