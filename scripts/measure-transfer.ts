/**
 * Measures the dataset delivery formats (figures quoted in src/lib/server/delivery/payload.ts).
 *
 *   npx tsx scripts/measure-transfer.ts [--size small|large|both] [--data-dir DIR]
 *                                       [--browser-url http://localhost:PORT/dev/engine-check [--browser-only]]
 *
 * For a synthetic dataset (small: ~2,000 people, 30,000 meetings, 20,000 survey responses;
 * large: 100,000 people, 2,000,000 meetings, 1,000,000 responses; plus 3 item rows per
 * response) written as Parquet like a dataset version, it prints bytes and server time for:
 * Arrow IPC with and without dictionaries, and CSV (DuckDB's own writer), each raw, gzip and
 * brotli. --data-dir also writes manifest.json and current.json there, so the app can serve
 * the dataset; --browser-url then opens that page in Chromium and prints its load timings.
 * Values are hashes of the row number: deterministic, and less compressible than real data.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { NodeConnector } from '../src/lib/engine/node.ts';
import { encodeArrowTable } from '../src/lib/engine/arrow-encode.ts';
import { TABLES } from '../src/lib/schema/tables.ts';
import { buildDatasetPayload } from '../src/lib/server/delivery/payload.ts';
import { ALL_SCOPE } from '../src/lib/server/delivery/scope.ts';

interface SyntheticSize {
	people: number;
	meetings: number;
	responses: number;
}

const SIZES: Record<string, SyntheticSize> = {
	small: { people: 2_000, meetings: 30_000, responses: 20_000 },
	large: { people: 100_000, meetings: 2_000_000, responses: 1_000_000 }
};
/** A valid version id (store/paths.ts), one per size. */
const VERSION: Record<string, string> = { small: 'v20260101T000000Z-00000001', large: 'v20260101T000000Z-00000002' };

const { values: args } = parseArgs({
	options: {
		size: { type: 'string', default: 'both' },
		'data-dir': { type: 'string' },
		'browser-url': { type: 'string' },
		/** Only the browser part, against whatever the server already serves. */
		'browser-only': { type: 'boolean', default: false }
	}
});

const ms = (t0: number) => Math.round(performance.now() - t0);
const mb = (n: number) => (n / 1e6).toFixed(2) + ' MB';

function compressions(bytes: Uint8Array, large: boolean) {
	const out: [string, () => Uint8Array][] = [
		['gzip-1', () => gzipSync(bytes, { level: 1 })],
		['gzip-6', () => gzipSync(bytes, { level: 6 })],
		['br-4', () => brotli(bytes, 4)],
		['br-5', () => brotli(bytes, 5)],
		['br-6', () => brotli(bytes, 6)]
	];
	if (!large) out.push(['br-11', () => brotli(bytes, 11)]);
	return out.map(([label, run]) => {
		const t0 = performance.now();
		const size = run().byteLength;
		return { label, size, ms: ms(t0) };
	});
}

const brotli = (bytes: Uint8Array, quality: number) =>
	brotliCompressSync(bytes, {
		params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength }
	});

async function arrowPlain(dir: string): Promise<{ bytes: number; ms: number; sample: Uint8Array[] }> {
	const db = await NodeConnector.open();
	const t0 = performance.now();
	const parts: Uint8Array[] = [];
	for (const spec of TABLES) {
		const cols = spec.columns.map((c) => `"${c.name}"`).join(', ');
		const file = join(dir, `${spec.name}.parquet`);
		parts.push((await encodeArrowTable(db, `SELECT ${cols} FROM read_parquet('${file}')`, [], spec, { dictionary: false })).ipc);
	}
	const took = ms(t0);
	db.close();
	return { bytes: parts.reduce((s, p) => s + p.byteLength, 0), ms: took, sample: parts };
}

async function csv(dir: string): Promise<{ bytes: Uint8Array; ms: number }> {
	const db = await NodeConnector.open();
	const out = mkdtempSync(join(tmpdir(), 'measure-csv-'));
	const t0 = performance.now();
	const parts: Buffer[] = [];
	for (const spec of TABLES) {
		const file = join(out, `${spec.name}.csv`);
		await db.exec(`COPY (SELECT * FROM read_parquet('${join(dir, `${spec.name}.parquet`)}')) TO '${file}' (HEADER, DELIMITER ',')`);
		parts.push(readFileSync(file));
	}
	const took = ms(t0);
	db.close();
	rmSync(out, { recursive: true, force: true });
	return { bytes: Buffer.concat(parts), ms: took };
}

function printRow(format: string, raw: number, encodeMs: number, compressed: { label: string; size: number; ms: number }[]) {
	console.log(`  ${format.padEnd(18)} raw ${mb(raw).padStart(10)}  encode ${String(encodeMs).padStart(6)} ms`);
	for (const c of compressed) console.log(`  ${''.padEnd(18)} ${c.label.padEnd(6)} ${mb(c.size).padStart(10)}  +${String(c.ms).padStart(6)} ms`);
}

async function measure(name: string, size: SyntheticSize) {
	const dataDir = args['data-dir'] ?? mkdtempSync(join(tmpdir(), 'measure-transfer-'));
	const versionId = VERSION[name];
	const dir = join(dataDir, 'versions', versionId);
	let t0 = performance.now();
	const rowCounts = await writeSyntheticVersion(dir, size);
	const total = Object.values(rowCounts).reduce((s, n) => s + n, 0);
	console.log(`\n${name}: ${total.toLocaleString('en-US')} rows (${JSON.stringify(rowCounts)}), Parquet written in ${ms(t0)} ms`);
	const large = name === 'large';

	t0 = performance.now();
	const payload = await buildDatasetPayload(dataDir, versionId, ALL_SCOPE);
	printRow('arrow+dictionary', payload.bytes.byteLength, ms(t0), compressions(payload.bytes, large));

	const plain = await arrowPlain(dir);
	const plainBytes = Buffer.concat(plain.sample);
	printRow('arrow plain', plain.bytes, plain.ms, compressions(plainBytes, large));

	const text = await csv(dir);
	printRow('csv', text.bytes.byteLength, text.ms, compressions(text.bytes, large));

	if (args['data-dir']) {
		writeManifest(dataDir, versionId, rowCounts);
		console.log(`  served from ${dataDir} as ${versionId} (current)`);
		if (args['browser-url']) await measureBrowser(args['browser-url']);
	} else rmSync(dataDir, { recursive: true, force: true });
}

function writeManifest(dataDir: string, versionId: string, rowCounts: Record<string, number>) {
	const manifest = {
		versionId,
		createdAt: new Date().toISOString(),
		createdBy: 'system:measure-transfer',
		sources: [],
		rowCounts,
		contentHash: versionId.slice(-8),
		asOf: '2026-06-30'
	};
	writeFileSync(join(dataDir, 'versions', versionId, 'manifest.json'), JSON.stringify(manifest, null, 2));
	writeFileSync(join(dataDir, 'current.json'), JSON.stringify({ versionId }));
}

/** Open the dev page in Chromium (twice: the first visit fills the server's cache). */
async function measureBrowser(url: string) {
	const { chromium } = await import('@playwright/test');
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
	});
	try {
		for (const visit of ['first visit (server encodes)', 'second visit (cached)']) {
			const page = await browser.newPage();
			const requests: { url: string; bytes: number }[] = [];
			page.on('requestfinished', async (request) => {
				const sizes = await request.sizes().catch(() => null);
				requests.push({ url: request.url(), bytes: sizes ? sizes.responseBodySize + sizes.responseHeadersSize : -1 });
			});
			const t0 = performance.now();
			await page.goto(url);
			const report = page.getByTestId('engine-report').or(page.getByTestId('engine-error'));
			await report.waitFor({ timeout: 600_000 });
			const text = await report.textContent();
			console.log(`  browser, ${visit}: page to loaded ${ms(t0)} ms`);
			console.log(text);
			const offsite = requests.filter((r) => !new URL(r.url).hostname.match(/^(localhost|127\.0\.0\.1)$/));
			console.log(`  requests: ${requests.length}, off localhost: ${offsite.length}`);
			for (const r of requests) if (/wasm|worker|dataset|\.js$/.test(r.url)) console.log(`    ${mb(r.bytes).padStart(10)}  ${r.url}`);
			await page.close();
		}
	} finally {
		await browser.close();
	}
}

/** One Parquet file per canonical table in `dir`; values are hashes of the row number. */
async function writeSyntheticVersion(dir: string, size: SyntheticSize): Promise<Record<string, number>> {
	mkdirSync(dir, { recursive: true });
	const db = await NodeConnector.open();
	const P = size.people;
	const pairings = Math.round(P * 0.7);
	const h = (x: string, salt: number) => `(hash(${x} * 7919 + ${salt}) % 1000000)::INTEGER`;
	const pick = (list: readonly string[], x: string, salt: number) =>
		`([${list.map((v) => `'${v}'`).join(',')}])[1 + ${h(x, salt)} % ${list.length}]`;
	const tables: Record<string, string> = {
		dataset_info: `SELECT DATE '2026-06-30' AS as_of, 'Synthetic University' AS institution`,
		programs: `SELECT 'PRG' || i AS program_id, 'Program ' || i AS name,
			${pick(['UME', 'GME', 'nursing', 'pharmacy', 'social_work', 'interprofessional'], 'i', 1)} AS kind,
			DATE '2015-07-01' + (i * 30)::INTEGER AS start_date FROM range(8) t(i)`,
		people: `SELECT 'P' || lpad(i::VARCHAR, 7, '0') AS person_id,
			'Person ' || i AS display_name, 'p' || i || '@example.edu' AS email,
			CASE WHEN i % 5 = 0 THEN 'mentor' WHEN i % 23 = 0 THEN 'both' ELSE 'trainee' END AS role,
			${pick(['MD', 'DO', 'RN', 'NP', 'PharmD', 'MSW', 'PA'], 'i', 2)} AS profession,
			'PRG' || (${h('i', 3)} % 8) AS program_id,
			${pick(['MS1', 'MS2', 'MS3', 'MS4', 'PGY1', 'PGY2', 'PGY3', 'NR1', 'P1', 'faculty'], 'i', 4)} AS training_level,
			(2018 + ${h('i', 5)} % 8)::INTEGER AS cohort_year,
			DATE '2018-07-01' + (${h('i', 6)} % 2900)::INTEGER AS start_date,
			${pick(['active', 'active', 'active', 'active', 'graduated', 'graduated', 'withdrawn', 'leave_of_absence'], 'i', 7)} AS status,
			CASE WHEN ${h('i', 8)} % 3 = 0 THEN DATE '2020-01-01' + (${h('i', 9)} % 2000)::INTEGER END AS exit_date,
			CASE WHEN ${h('i', 8)} % 3 = 0 THEN ${pick(['graduated', 'academic', 'personal', 'health'], 'i', 10)} END AS exit_reason_code,
			CASE WHEN ${h('i', 8)} % 30 = 0 THEN 'moved for family reasons' END AS exit_reason_text,
			${pick(['surgery', 'pediatrics', 'internal medicine', 'psychiatry', 'family medicine', 'emergency medicine'], 'i', 11)} AS specialty_interest,
			CASE WHEN i % 5 = 0 THEN (1 + ${h('i', 12)} % 4)::INTEGER END AS mentor_capacity
			FROM range(${P}) t(i)`,
		demographics: `SELECT 'P' || lpad(i::VARCHAR, 7, '0') AS person_id,
			${pick(['woman', 'man', 'woman', 'man', 'nonbinary', 'not_reported'], 'i', 13)} AS gender,
			${h('i', 14)} % 5 = 0 AS urim, ${h('i', 15)} % 6 = 0 AS first_gen,
			CASE WHEN ${h('i', 16)} % 10 = 0 THEN NULL ELSE ${h('i', 17)} % 7 = 0 END AS low_income
			FROM range(${P}) t(i)`,
		person_race: `SELECT 'P' || lpad(i::VARCHAR, 7, '0') AS person_id,
			${pick(['asian', 'white', 'black_african_american', 'hispanic_latino_spanish', 'other'], 'i', 18)} AS race_ethnicity
			FROM range(${P}) t(i)
			UNION ALL SELECT 'P' || lpad(i::VARCHAR, 7, '0'), 'american_indian_alaska_native' FROM range(${P}) t(i) WHERE i % 10 = 0`,
		pairings: `SELECT 'PR' || lpad(i::VARCHAR, 7, '0') AS pairing_id,
			CASE WHEN i % 12 = 0 THEN NULL ELSE 'P' || lpad((5 * (${h('i', 19)} % ${Math.ceil(P / 5)}))::VARCHAR, 7, '0') END AS mentor_id,
			'P' || lpad(((${h('i', 20)} % ${P}) // 5 * 5 + 1 + i % 4)::VARCHAR, 7, '0') AS mentee_id,
			'PRG' || (${h('i', 21)} % 8) AS program_id,
			${pick(['one_to_one', 'one_to_one', 'group', 'peer', 'near_peer'], 'i', 22)} AS kind,
			DATE '2019-01-01' + (${h('i', 23)} % 2500)::INTEGER AS requested_at,
			CASE WHEN i % 12 = 0 THEN NULL ELSE DATE '2019-02-01' + (${h('i', 23)} % 2500)::INTEGER END AS matched_at,
			CASE WHEN i % 3 = 0 THEN DATE '2020-06-01' + (${h('i', 24)} % 2000)::INTEGER END AS ended_at,
			CASE WHEN i % 3 = 0 THEN ${pick(['concluded', 'ended_early', 'mentor_left', 'rematched'], 'i', 25)} END AS end_reason
			FROM range(${pairings}) t(i)`,
		meetings: `SELECT 'M' || lpad(i::VARCHAR, 8, '0') AS meeting_id,
			'PR' || lpad((${h('i', 26)} % ${pairings})::VARCHAR, 7, '0') AS pairing_id,
			DATE '2019-03-01' + (${h('i', 27)} % 2600)::INTEGER AS date,
			${h('i', 28)} % 9 <> 0 AS completed,
			CASE WHEN ${h('i', 29)} % 7 = 0 THEN NULL ELSE (15 + 15 * (${h('i', 30)} % 5))::INTEGER END AS duration_min,
			${pick(['in_person', 'virtual', 'phone'], 'i', 31)} AS modality,
			CASE WHEN ${h('i', 32)} % 4 = 0 THEN NULL ELSE (1 + ${h('i', 33)} % 5)::INTEGER END AS rating
			FROM range(${size.meetings}) t(i)`,
		survey_waves: `SELECT (2019 + i // 2) || CASE WHEN i % 2 = 0 THEN '-spring' ELSE '-autumn' END AS wave_id,
			CASE WHEN i % 2 = 0 THEN 'Spring ' ELSE 'Autumn ' END || (2019 + i // 2) AS label,
			make_date((2019 + i // 2)::BIGINT, CASE WHEN i % 2 = 0 THEN 3 ELSE 10 END, 1) AS opens_on,
			make_date((2019 + i // 2)::BIGINT, CASE WHEN i % 2 = 0 THEN 3 ELSE 10 END, 28) AS closes_on
			FROM range(14) t(i)`,
		survey_responses: `SELECT 'R' || lpad(i::VARCHAR, 8, '0') AS response_id,
			'P' || lpad((${h('i', 34)} % ${P})::VARCHAR, 7, '0') AS person_id,
			${pick(['mayo_wbi', 'mini_z', 'phq2', 'who5', 'ucla3'], 'i', 35)} AS instrument,
			(2019 + (${h('i', 36)} % 14) // 2) || CASE WHEN ${h('i', 36)} % 2 = 0 THEN '-spring' ELSE '-autumn' END AS wave_id,
			DATE '2019-03-05' + (${h('i', 37)} % 2500)::INTEGER AS responded_on,
			${pick(['qualtrics', 'redcap', 'csv'], 'i', 38)} AS source,
			CASE WHEN ${h('i', 39)} % 20 = 0 THEN NULL ELSE (${h('i', 40)} % 250) / 10.0 END AS score,
			CASE WHEN ${h('i', 39)} % 20 = 0 THEN NULL ELSE ${h('i', 40)} % 250 >= 130 END AS flag
			FROM range(${size.responses}) t(i)`,
		survey_items: `SELECT 'R' || lpad((i // 3)::VARCHAR, 8, '0') AS response_id, 'q' || (i % 3 + 1) AS item,
			(${h('i', 41)} % 5)::DOUBLE AS value FROM range(${size.responses * 3}) t(i)`,
		ipe_activities: `SELECT 'A' || lpad(i::VARCHAR, 5, '0') AS activity_id, DATE '2019-09-01' + (i * 3)::INTEGER AS date,
			${pick(['simulation', 'case conference', 'workshop', 'community project'], 'i', 42)} AS kind,
			'Activity ' || i AS title, CASE WHEN i % 4 = 0 THEN NULL ELSE 'PRG' || (${h('i', 43)} % 8) END AS program_id
			FROM range(${Math.max(20, Math.round(P / 50))}) t(i)`,
		ipe_attendance: `SELECT DISTINCT 'A' || lpad((${h('i', 44)} % ${Math.max(20, Math.round(P / 50))})::VARCHAR, 5, '0') AS activity_id,
			'P' || lpad((${h('i', 45)} % ${P})::VARCHAR, 7, '0') AS person_id FROM range(${P * 2}) t(i)`
	};
	const rowCounts: Record<string, number> = {};
	for (const [name, sql] of Object.entries(tables)) {
		await db.exec(`COPY (${sql}) TO '${join(dir, `${name}.parquet`)}' (FORMAT parquet)`);
		const [{ n }] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM read_parquet('${join(dir, `${name}.parquet`)}')`);
		rowCounts[name] = n;
	}
	db.close();
	return rowCounts;
}

if (args['browser-only']) {
	if (!args['browser-url']) throw new Error('--browser-only needs --browser-url');
	await measureBrowser(args['browser-url']);
} else for (const name of args.size === 'both' ? ['small', 'large'] : [args.size!]) {
	if (!SIZES[name]) throw new Error(`unknown size: ${name} (small, large or both)`);
	await measure(name, SIZES[name]);
}
