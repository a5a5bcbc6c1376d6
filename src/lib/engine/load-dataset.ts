/**
 * Browser: download the current dataset (GET /api/dataset, one container of Arrow IPC
 * streams; format in dataset-container.ts) and load every table into duckdb-wasm.
 *
 * Tables are created from tables.ts first (exact types, and present even when empty), then
 * each table's rows are inserted as soon as its bytes have arrived, while the rest streams.
 * Once per connector per session: a second call returns the first call's result.
 */
import { TABLES, createTableSql, tableSpec } from '$lib/schema/tables';
import { DERIVED_TABLES, DERIVED_TABLE_NAMES, createDerivedTableSql } from '$lib/metrics/interprofessional/contact-facts';
import { containerTables, readContainerHeader, type ParsedHeader } from './dataset-container';
import type { WasmConnector } from './wasm';

export interface LoadProgress {
	/** Decoded bytes received so far (Content-Length is of the compressed body, so unused). */
	bytesReceived: number;
	/** Total decoded bytes, known once the container header has arrived. */
	bytesTotal: number | null;
	tablesLoaded: number;
	tableCount: number | null;
}

export interface LoadedDataset {
	versionId: string;
	rowCounts: Record<string, number>;
	/** downloadMs: until the last byte; insertMs: time inside inserts (overlaps the download). */
	timings: { downloadMs: number; insertMs: number; totalMs: number };
}

export interface LoadOptions {
	fetch?: typeof fetch;
	onProgress?: (progress: LoadProgress) => void;
	url?: string;
}

const loads = new WeakMap<WasmConnector, Promise<LoadedDataset>>();

export function loadDataset(connector: WasmConnector, options: LoadOptions = {}): Promise<LoadedDataset> {
	let load = loads.get(connector);
	if (!load) {
		load = download(connector, options).catch((error) => {
			loads.delete(connector); // let the user retry
			throw error;
		});
		loads.set(connector, load);
	}
	return load;
}

async function download(connector: WasmConnector, options: LoadOptions): Promise<LoadedDataset> {
	const started = performance.now();
	const fetchImpl = options.fetch ?? fetch;
	const response = await fetchImpl(options.url ?? '/api/dataset', { credentials: 'same-origin' });
	if (response.status === 401) throw new Error('Your session has ended — sign in again.');
	if (!response.ok) throw new Error(`Could not load the dataset (HTTP ${response.status}${await errorDetail(response)}).`);
	if (!response.body) throw new Error('Could not load the dataset (empty response).');

	for (const spec of [...TABLES, ...DERIVED_TABLES]) await connector.query(`DROP TABLE IF EXISTS "${spec.name}"`);
	for (const spec of TABLES) await connector.query(createTableSql(spec));
	// The server's contact facts (contact-facts.ts): the metrics read them, never derive them here.
	for (const spec of DERIVED_TABLES) await connector.query(createDerivedTableSql(spec));

	const progress: LoadProgress = { bytesReceived: 0, bytesTotal: null, tablesLoaded: 0, tableCount: null };
	const report = () => options.onProgress?.({ ...progress });
	let buffer: Uint8Array = new Uint8Array(64 * 1024);
	let parsed: ParsedHeader | null = null;
	let insertMs = 0;
	let inserting: Promise<void> = Promise.resolve();
	const reader = response.body.getReader();
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		const needed = progress.bytesReceived + value.byteLength;
		if (parsed && needed > parsed.totalLength) throw new Error('dataset response is longer than announced');
		if (needed > buffer.byteLength) buffer = grow(buffer, Math.max(needed, buffer.byteLength * 2));
		buffer.set(value, progress.bytesReceived);
		progress.bytesReceived += value.byteLength;
		if (parsed === null) {
			parsed = readContainerHeader(buffer.subarray(0, progress.bytesReceived));
			if (parsed) {
				progress.bytesTotal = parsed.totalLength;
				progress.tableCount = parsed.header.tables.length;
				if (progress.bytesReceived > parsed.totalLength) throw new Error('dataset response is longer than announced');
				buffer = grow(buffer, parsed.totalLength); // sized once for the whole body
			}
		}
		// Insert each table whose bytes are complete, one at a time, while reading on.
		if (parsed) inserting = inserting.then(() => insertReady(parsed!));
		report();
	}
	if (!parsed) throw new Error('dataset response was cut short (no header)');
	const complete = parsed;
	const downloadMs = performance.now() - started;
	containerTables(buffer.subarray(0, progress.bytesReceived), complete); // throws when short
	await inserting.then(() => insertReady(complete));

	async function insertReady(p: ParsedHeader): Promise<void> {
		let end = p.bodyOffset;
		for (const [i, table] of p.header.tables.entries()) {
			const start = end;
			end += table.byteLength;
			if (i < progress.tablesLoaded) continue;
			if (end > progress.bytesReceived) return;
			const t0 = performance.now();
			if (!isDerivedTable(table.name)) tableSpec(table.name); // refuses a table the app does not know
			if (table.rows > 0) await connector.insertArrow(table.name, buffer.slice(start, end));
			insertMs += performance.now() - t0;
			progress.tablesLoaded++;
			report();
		}
	}

	const rowCounts: Record<string, number> = {};
	for (const table of complete.header.tables) {
		const [{ n }] = await connector.query<{ n: number }>(`SELECT count(*) AS n FROM "${table.name}"`);
		if (n !== table.rows) throw new Error(`table ${table.name} loaded ${n} rows, expected ${table.rows}`);
		rowCounts[table.name] = n;
	}
	return { versionId: complete.header.versionId, rowCounts, timings: { downloadMs, insertMs, totalMs: performance.now() - started } };
}

const isDerivedTable = (name: string) => (DERIVED_TABLE_NAMES as readonly string[]).includes(name);

function grow(buffer: Uint8Array, size: number): Uint8Array {
	if (size === buffer.byteLength) return buffer;
	const grown = new Uint8Array(size);
	grown.set(buffer.subarray(0, Math.min(size, buffer.byteLength)));
	return grown;
}

async function errorDetail(response: Response): Promise<string> {
	try {
		const body = (await response.json()) as { error?: string };
		return body.error ? `: ${body.error}` : '';
	} catch {
		return '';
	}
}
