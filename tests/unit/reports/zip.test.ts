/**
 * The CSV bundle's ZIP writer, read back by tests/unit/reports/zip-reader.ts (which checks
 * headers and CRC-32s with Node's zlib) and, where installed, by Info-ZIP's `unzip -t`.
 *
 * Known answers:
 *   CRC-32 of "123456789" is 0xCBF43926, the check value of CRC-32/ISO-HDLC (the ZIP CRC).
 *   2024-07-02T09:30:00Z as MS-DOS time and date (APPNOTE §4.4.6):
 *     time = 9 << 11 | 30 << 5 | 0 / 2 = 18432 + 960 = 19392
 *     date = (2024 − 1980) << 9 | 7 << 5 | 2 = 22528 + 224 + 2 = 22754
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crc32, zipFiles } from '$lib/server/reports/zip';
import { readStoredZip } from './zip-reader';

const encoder = new TextEncoder();
const files = [
	{ name: '00-about.csv', data: encoder.encode('Field,Value\r\nPeriod,2023-07-01 to 2024-06-30\r\n') },
	{ name: '01-café–résumé.csv', data: encoder.encode('a,b\r\n1,2\r\n') },
	{ name: 'empty.csv', data: new Uint8Array(0) }
];
const at = new Date('2024-07-02T09:30:00Z');

describe('zipFiles', () => {
	it('computes the CRC-32 check value', () => {
		expect(crc32(encoder.encode('123456789'))).toBe(0xcbf43926);
		expect(crc32(new Uint8Array(0))).toBe(0);
	});

	it('writes stored entries that read back with their names, bytes and CRCs', () => {
		const zip = zipFiles(files, at);
		const read = readStoredZip(zip);
		expect([...read.keys()]).toEqual(files.map((f) => f.name));
		files.forEach((f) => expect(read.get(f.name)).toBe(new TextDecoder().decode(f.data)));
	});

	it('stamps every entry with the given time in MS-DOS form', () => {
		const zip = zipFiles(files.slice(0, 1), at);
		const view = new DataView(zip.buffer);
		expect(view.getUint16(10, true)).toBe(19392);
		expect(view.getUint16(12, true)).toBe(22754);
	});

	const unzip = spawnSync('unzip', ['-v']).error === undefined;
	it.skipIf(!unzip)('passes unzip -t', () => {
		const dir = mkdtempSync(join(tmpdir(), 'zip-'));
		try {
			const file = join(dir, 'bundle.zip');
			writeFileSync(file, zipFiles(files, at));
			const result = spawnSync('unzip', ['-t', file], { encoding: 'utf8' });
			expect(result.stdout).toContain('No errors detected');
			expect(result.status).toBe(0);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
