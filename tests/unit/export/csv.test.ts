/**
 * CSV export is formula-injection safe (issue 4): every cell a spreadsheet would run as a
 * formula opens as text instead.
 */
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '$lib/export/csv';

describe('csvCell', () => {
	it.each([
		['=HYPERLINK("http://x.test","click")', `"'=HYPERLINK(""http://x.test"",""click"")"`],
		['+1+cmd|"/C calc"!A0', `"'+1+cmd|""/C calc""!A0"`],
		['-2+3', "'-2+3"],
		['@SUM(A1:A2)', "'@SUM(A1:A2)"],
		['\t=1+1', "'\t=1+1"],
		['\r=1+1', `"'\r=1+1"`],
		['\n=1+1', `"'\n=1+1"`],
		['  =1+1', "'  =1+1"],
		['＝1+1', "'＝1+1"]
	])('neutralises %j', (input, expected) => {
		expect(csvCell(input)).toBe(expected);
	});

	it.each([
		['no meeting logged since 2026-08-14 (79 days)', 'no meeting logged since 2026-08-14 (79 days)'],
		['Lee, Dana', '"Lee, Dana"'],
		['a "quoted" word', '"a ""quoted"" word"'],
		['dana@example.org', 'dana@example.org'],
		['2026-11-01', '2026-11-01']
	])('leaves ordinary text as it is (quoting only for CSV): %j', (input, expected) => {
		expect(csvCell(input)).toBe(expected);
	});

	it('writes numbers as numbers, including negative ones, and empty cells for null', () => {
		expect(csvCell(-3)).toBe('-3');
		expect(csvCell(47)).toBe('47');
		expect(csvCell(null)).toBe('');
		expect(csvCell(undefined)).toBe('');
	});
});

describe('toCsv', () => {
	it('neutralises the header and every cell, with CRLF line ends', () => {
		const csv = toCsv([{ name: '=cmd', days: 5 }], [
			{ key: 'name', label: 'Name' },
			{ key: 'days', label: '@Days' }
		]);
		expect(csv).toBe("Name,'@Days\r\n'=cmd,5\r\n");
	});
});
