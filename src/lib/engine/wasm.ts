/**
 * Connector on duckdb-wasm: the browser runs the same metric SQL as the tests (node.ts).
 *
 * - Self-hosted: the wasm binary and worker are Vite assets served by the app; nothing is
 *   fetched from a CDN (the app must work offline and leak no usage to third parties).
 * - The "eh" bundle (wasm exceptions, single thread): the threaded "coi" bundle needs
 *   COOP/COEP headers and failed here.
 * - In memory only: no OPFS, no IndexedDB, so nothing about trainees stays in the browser
 *   once `closeBrowserDb()` has run (logout).
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import { Type, type Field, type Table } from 'apache-arrow';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { QueryError, type Connector, type Row } from './connector';

/**
 * Autoloading a missing extension hangs offline (it tries to download it); with these off
 * such a query fails at once. Same settings as node.ts.
 */
const OFFLINE_SETTINGS = ['SET autoinstall_known_extensions = false', 'SET autoload_known_extensions = false'];

interface BrowserDb {
	db: duckdb.AsyncDuckDB;
	worker: Worker;
	/** Milliseconds from start to a usable connection, for the load report. */
	instantiateMs: number;
}

let shared: Promise<BrowserDb> | null = null;

/** The page's one database, instantiated on first use. */
export function getBrowserDb(): Promise<BrowserDb> {
	shared ??= instantiate().catch((error) => {
		shared = null;
		throw error;
	});
	return shared;
}

async function instantiate(): Promise<BrowserDb> {
	const started = performance.now();
	const worker = new Worker(workerUrl);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	try {
		await db.instantiate(wasmUrl);
		// Engine-side casts keep results plain: BIGINT/HUGEINT and DECIMAL arrive as doubles.
		await db.open({ path: ':memory:', query: { castBigIntToDouble: true, castDecimalToDouble: true } });
	} catch (error) {
		worker.terminate();
		throw error;
	}
	return { db, worker, instantiateMs: performance.now() - started };
}

/** Terminate the worker: the database and every table in it are gone. */
export async function closeBrowserDb(): Promise<void> {
	const current = shared;
	shared = null;
	if (!current) return;
	const { db, worker } = await current.catch(() => ({ db: null, worker: null }));
	await db?.terminate();
	worker?.terminate();
}

export class WasmConnector implements Connector {
	private constructor(
		readonly connection: duckdb.AsyncDuckDBConnection,
		readonly instantiateMs: number
	) {}

	static async open(): Promise<WasmConnector> {
		const { db, instantiateMs } = await getBrowserDb();
		const connection = await db.connect();
		for (const setting of OFFLINE_SETTINGS) await connection.query(setting);
		return new WasmConnector(connection, instantiateMs);
	}

	async query<T extends Row = Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
		try {
			if (params.length === 0) return plainRows(await this.connection.query(sql)) as T[];
			const statement = await this.connection.prepare(sql);
			try {
				return plainRows(await statement.query(...params)) as T[];
			} finally {
				await statement.close();
			}
		} catch (error) {
			throw new QueryError(sql, error);
		}
	}

	/** Insert one Arrow IPC stream as table `name` (the table must exist when `create` is false). */
	async insertArrow(name: string, ipc: Uint8Array, create = false): Promise<void> {
		// The worker takes ownership of the bytes' whole ArrayBuffer: hand it its own copy.
		const own = ipc.byteOffset === 0 && ipc.byteLength === ipc.buffer.byteLength ? ipc : ipc.slice();
		await this.connection.insertArrowFromIPCStream(own, { name, create });
	}

	/** Close the connection and the shared database with it (logout). */
	async close(): Promise<void> {
		await this.connection.close().catch(() => undefined);
		await closeBrowserDb();
	}
}

/** Arrow result -> plain rows, converted column by column (as Connector promises). */
export function plainRows(table: Table): Row[] {
	const rows: Row[] = Array.from({ length: table.numRows }, () => ({}));
	table.schema.fields.forEach((field, i) => {
		const convert = converter(field);
		const vector = table.getChildAt(i)!;
		for (let r = 0; r < table.numRows; r++) {
			const value = vector.get(r);
			rows[r][field.name] = value === null || value === undefined ? null : convert(value);
		}
	});
	return rows;
}

/** Dates arrive as epoch milliseconds (numbers), so the Arrow type decides, not the value. */
function converter(field: Field): (value: unknown) => unknown {
	switch (field.type.typeId) {
		case Type.Date:
		case Type.Timestamp:
			return (v) => new Date(Number(v)).toISOString().slice(0, 10);
		case Type.Int:
			return (v) => (typeof v === 'bigint' ? Number(v) : v);
		case Type.Decimal:
			return (v) => decimalToNumber(v, (field.type as { scale: number }).scale);
		default:
			return (v) => (typeof v === 'bigint' ? Number(v) : v);
	}
}

/** Fallback when a DECIMAL was not cast by the engine: apache-arrow gives a 128-bit integer. */
function decimalToNumber(value: unknown, scale: number): number {
	const text = String(value);
	return Number(text) / 10 ** scale;
}
