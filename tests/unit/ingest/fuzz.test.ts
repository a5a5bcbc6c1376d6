/**
 * Property test: malformed uploads never crash the importer, never leave a partial
 * dataset, and every rejection names a row or a cause.
 *
 * 5,000 generated inputs go through parse + map + validate (prepareUpload); 200 more go
 * through the full importDataset into a temporary data directory that already holds a good
 * version, which must stay current and intact whenever an import is refused.
 * Families: ragged rows, huge fields, NUL bytes, invalid UTF-8, wrong delimiter, formula
 * payloads, duplicate headers, empty files, zip bombs posing as XLSX, random byte damage
 * to a valid export.
 */
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TABLE_NAMES } from '$lib/schema/tables';
import { prepareUpload, type PreparedImport, type UploadedFile } from '$lib/server/ingest/prepare';
import { importDataset, type ImportResult } from '$lib/server/store/import-dataset';
import { parquetPath } from '$lib/server/store/paths';
import { closeStoreDatabase } from '$lib/server/store/store-db';
import { getCurrentManifest, listVersions } from '$lib/server/store/versions';
import { DEMO_MINI_SETTINGS, demoMiniFiles } from './demo-mini';
import { deflatedZeros, makeZip } from './zip-fixture';

const enc = (s: string) => new TextEncoder().encode(s);
const MINI = demoMiniFiles();
const MINI_BY_NAME = new Map(MINI.map((f) => [f.name, f]));
const text = (name: string) => new TextDecoder().decode(MINI_BY_NAME.get(name)!.bytes as Uint8Array);

const cell = fc.oneof(
	fc.string({ maxLength: 12 }),
	fc.constantFrom('=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1:A9)', '=cmd|\' /C calc\'!A0', '\t=1', 'NA', '-99', '"', '""', '\r\n', '2025-02-30', 'T000001', 'P0001'),
	fc.string({ unit: 'binary', maxLength: 8 })
);

/** A CSV whose rows have random widths, cells with quotes/newlines/formulas, any delimiter. */
const raggedCsv = fc
	.record({
		header: fc.array(fc.oneof(fc.constantFrom('Meeting ID', 'Pairing ID', 'Date', 'Status', 'Person ID', 'Role', 'Program ID'), fc.string({ maxLength: 6 })), { minLength: 0, maxLength: 8 }),
		rows: fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 12 }),
		delimiter: fc.constantFrom(',', ';', '\t', '|'),
		newline: fc.constantFrom('\n', '\r\n', '\r')
	})
	.map(({ header, rows, delimiter, newline }) => [header, ...rows].map((r) => r.map((c) => (/[",\n\r;|\t]/.test(c) && Math.random() < 0.7 ? `"${c.replace(/"/g, '""')}"` : c)).join(delimiter)).join(newline));

const families: fc.Arbitrary<UploadedFile>[] = [
	raggedCsv.map((t) => ({ name: 'ragged.csv', bytes: enc(t) })),
	// Huge fields: over and under the 32,767-character cell limit.
	fc.integer({ min: 20_000, max: 60_000 }).map((n) => ({ name: 'roster.csv', bytes: enc(`${text('roster.csv').split('\n')[0]}\nT9,${'x'.repeat(n)},a@b.c,Trainee\n`) })),
	// NUL bytes inserted into a valid export.
	fc.integer({ min: 0, max: 400 }).map((at) => {
		const b = enc(text('meetings.csv'));
		const out = new Uint8Array(b.length + 1);
		const i = Math.min(at, b.length);
		out.set(b.subarray(0, i));
		out[i] = 0;
		out.set(b.subarray(i), i + 1);
		return { name: 'meetings.csv', bytes: out };
	}),
	// Invalid UTF-8 / random binary.
	fc.uint8Array({ minLength: 1, maxLength: 300 }).map((bytes) => ({ name: 'binary.csv', bytes })),
	fc.integer({ min: 0x80, max: 0xff }).map((b) => ({ name: 'roster.csv', bytes: new Uint8Array([...enc(text('roster.csv').replace('Anna', 'Ann')), b, 0x0a]) })),
	// Wrong delimiter: a valid export re-saved with semicolons or pipes.
	fc.constantFrom(';', '|', '\t').chain((d) => fc.constantFrom(...MINI.map((f) => f.name)).map((name) => ({ name, bytes: enc(text(name).replace(/,/g, d)) }))),
	// Formula payloads in ids and labels.
	fc.constantFrom('=1+1', '+cmd', '@SUM(1)', '-1-1').map((f) => ({ name: 'pairings.csv', bytes: enc(text('pairings.csv').replace('P0001', f).replace('Active', f)) })),
	// Duplicate headers.
	fc.constantFrom(...MINI.map((f) => f.name)).map((name) => {
		const [h, ...rest] = text(name).split('\n');
		const first = h!.split(',')[0]!;
		return { name, bytes: enc([`${h},${first}`, ...rest].join('\n')) };
	}),
	// Empty and blank files.
	fc.constantFrom('', '\n', '\r\n\r\n', ',,,\n,,,', '\ufeff').map((t) => ({ name: 'empty.csv', bytes: enc(t) })),
	// Zip bombs and broken zips posing as XLSX.
	fc.constantFrom('declared', 'liar', 'ratio', 'entries', 'truncated').map((kind) => {
		const bomb =
			kind === 'declared'
				? makeZip([{ name: 'xl/worksheets/sheet1.xml', deflated: new Uint8Array([3, 0]), declaredSize: 0xf0000000 }])
				: kind === 'liar'
					? makeZip([{ name: 'xl/worksheets/sheet1.xml', deflated: deflatedZeros(4 * 1024 * 1024), declaredSize: 100 }])
					: kind === 'ratio'
						? makeZip([{ name: 'xl/sharedStrings.xml', deflated: deflatedZeros(4 * 1024 * 1024), declaredSize: 4 * 1024 * 1024 }])
						: kind === 'entries'
							? makeZip([{ name: 'a', content: enc('x') }], { entryCountOverride: 60000 })
							: makeZip([{ name: 'xl/workbook.xml', content: enc('<workbook/>') }]).subarray(0, 40);
		return { name: 'roster.xlsx', bytes: bomb };
	}),
	// Random damage to a valid export: delete, insert or replace a few bytes.
	fc
		.record({ name: fc.constantFrom(...MINI.map((f) => f.name)), edits: fc.array(fc.tuple(fc.nat(), fc.constantFrom('"', ',', '\n', '\r', '', 'x', '\u00e9', '-99')), { minLength: 1, maxLength: 4 }) })
		.map(({ name, edits }) => {
			let t = text(name);
			for (const [at, s] of edits) {
				const i = at % (t.length + 1);
				t = t.slice(0, i) + s + t.slice(i + (s === '' ? 1 : 0));
			}
			return { name, bytes: enc(t) };
		})
];

const malformed = fc.oneof(...families);

/** The damaged file replaces its namesake in demo-mini, so the rest of the upload is valid. */
function uploadWith(file: UploadedFile): UploadedFile[] {
	return [...MINI.filter((f) => f.name !== file.name), file];
}

function checkRejections(prepared: Pick<PreparedImport, 'problems'>): void {
	for (const p of prepared.problems.sorted()) {
		// Each problem names a row, or (for whole-file problems) a cause in words.
		expect(p.row !== null || p.message.length >= 10, JSON.stringify(p)).toBe(true);
		expect(typeof p.file).toBe('string');
	}
}

let unhandled = 0;
const onUnhandled = () => unhandled++;
beforeAll(() => process.on('unhandledRejection', onUnhandled));
afterAll(() => {
	process.off('unhandledRejection', onUnhandled);
	expect(unhandled).toBe(0);
});

describe('fuzz: malformed uploads', () => {
	test('5,000 inputs through parse + map + validate: no crash, every problem located', async () => {
		let refused = 0;
		let accepted = 0;
		await fc.assert(
			// One case in four carries the rest of demo-mini (references, carry-over); the others
			// are the damaged file alone, which is where parsing can break.
			fc.asyncProperty(malformed, fc.nat(3), async (file, pick) => {
				const prepared = await prepareUpload(pick === 0 ? uploadWith(file) : [file], DEMO_MINI_SETTINGS);
				checkRejections(prepared);
				if (prepared.problems.hasErrors) refused++;
				else accepted++;
			}),
			{ numRuns: 5000, seed: 20261125 }
		);
		console.log(`fuzz prepare: ${refused} refused, ${accepted} accepted`);
		expect(refused + accepted).toBe(5000);
	}, 120_000);

	test('200 inputs through importDataset: a refused import leaves the current version intact', async () => {
		const dataDir = mkdtempSync(join(tmpdir(), 'preceptor-fuzz-'));
		try {
			const first = await importDataset({ files: MINI, dataDir, createdBy: 'user:fuzz', config: DEMO_MINI_SETTINGS });
			if ('problems' in first) throw new Error('the fixture must import');
			const hashOf = (versionId: string) => {
				const h = createHash('sha256');
				for (const t of TABLE_NAMES) h.update(readFileSync(parquetPath(dataDir, versionId, t)));
				return h.digest('hex');
			};
			let current = first.manifest;
			let refused = 0;
			await fc.assert(
				fc.asyncProperty(malformed, async (file) => {
					let result: ImportResult;
					try {
						result = await importDataset({ files: uploadWith(file), dataDir, createdBy: 'user:fuzz', config: DEMO_MINI_SETTINGS });
					} catch (error) {
						throw new Error(`importDataset threw: ${(error as Error).message}`);
					}
					// Never a temporary or unregistered directory left behind.
					const dirs = readdirSync(join(dataDir, 'versions'));
					expect(dirs.filter((d) => d.startsWith('.tmp-'))).toEqual([]);
					const now = (await getCurrentManifest(dataDir))!;
					if ('problems' in result) {
						refused++;
						for (const p of result.problems) expect(p.row !== null || p.message.length >= 10).toBe(true);
						expect(now.versionId).toBe(current.versionId);
						expect(hashOf(now.versionId)).toBe(current.contentHash);
					} else {
						// Accepted (damage that is still valid data): complete, and current.
						expect(now.versionId).toBe(result.manifest.versionId);
						expect(hashOf(now.versionId)).toBe(result.manifest.contentHash);
						current = result.manifest;
					}
				}),
				{ numRuns: 200, seed: 77 }
			);
			const versions = await listVersions(dataDir);
			expect(readdirSync(join(dataDir, 'versions')).sort()).toEqual(versions.map((v) => v.versionId).sort());
			for (const v of versions) for (const t of TABLE_NAMES) expect(existsSync(parquetPath(dataDir, v.versionId, t))).toBe(true);
			console.log(`fuzz import: ${refused} of 200 refused, ${versions.length} versions written`);
		} finally {
			closeStoreDatabase(dataDir);
			rmSync(dataDir, { recursive: true, force: true });
		}
	}, 180_000);
});
