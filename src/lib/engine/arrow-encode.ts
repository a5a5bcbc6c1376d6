/**
 * Server side of the browser load: one canonical table's query result -> Arrow IPC stream
 * bytes, which duckdb-wasm inserts natively (`insertArrowFromIPCStream`). duckdb-wasm cannot
 * read Parquet offline (its parquet extension would be downloaded), so Arrow is what the
 * browser receives. Server-only: uses the native engine.
 *
 * Types follow tables.ts: VARCHAR -> Utf8, or Dictionary<Int32, Utf8> when the column has
 * few distinct values; INTEGER -> Int32; DOUBLE -> Float64; BOOLEAN -> Bool; DATE -> DateDay.
 *
 * Speed: reading 2M rows value by value through node-api's `getItem` took ~5 s per table
 * (measured, scripts/measure-transfer.ts). Instead each chunk's vector memory is copied
 * straight into the Arrow buffers (duckdb-vectors.ts): DuckDB's INTEGER/DOUBLE/DATE layouts
 * and its validity bitmaps are Arrow's. Dictionary codes come from DuckDB itself (a join to
 * the column's distinct values), so no JS string is ever created.
 */
import {
	Bool,
	DateDay,
	Dictionary,
	Field,
	Float64,
	Int32,
	RecordBatch,
	Schema,
	Struct,
	Table,
	Utf8,
	makeData,
	makeVector,
	tableToIPC,
	type Data,
	type DataType
} from 'apache-arrow';
import { listValue, type DuckDBValue } from '@duckdb/node-api';
import { QueryError } from './connector';
import type { NodeConnector } from './node';
import { ColumnReader } from './duckdb-vectors';
import type { ColumnType, TableSpec } from '$lib/schema/tables';

export interface EncodedTable {
	ipc: Uint8Array;
	rows: number;
}

export interface EncodeOptions {
	/** Dictionary-encode VARCHAR columns with few distinct values (default true). */
	dictionary?: boolean;
}

/**
 * A column becomes a dictionary when its distinct values are at most half its rows: each
 * distinct string is then sent once plus a 4-byte code per row (for 9-byte ids the break-even
 * is ~70%). Measured on the synthetic large dataset: meetings 34 MB -> 23 MB gzipped.
 * Single-column primary keys and identifying free text are unique or nearly so: never tried.
 */
const DICTIONARY_MAX_SHARE = 0.5;

/** Scratch relation names inside the encoder's own (per-build) database. */
const SOURCE = 'arrow_source';
const dictionaryTable = (i: number) => `arrow_dictionary_${i}`;

export type EncodableTable = Pick<TableSpec, 'columns' | 'primaryKey'>;

/**
 * Run `sql` (returning exactly `table.columns`, in order) and encode its rows as one Arrow
 * record batch in an IPC stream. `db` should be a scratch connection: the encoder creates
 * and drops temporary tables in it.
 */
export async function encodeArrowTable(
	db: NodeConnector,
	sql: string,
	params: readonly unknown[],
	table: EncodableTable,
	options: EncodeOptions = {}
): Promise<EncodedTable> {
	const { columns } = table;
	await run(db, `CREATE OR REPLACE TEMP TABLE ${SOURCE} AS ${sql}`, params);
	try {
		const dictionaries = options.dictionary === false ? columns.map(() => false) : await buildDictionaries(db, table);
		const select = columns.map((c, i) => (dictionaries[i] ? `d${i}.code` : `s.${quote(c.name)}`));
		const joins = columns
			.map((c, i) => (dictionaries[i] ? `LEFT JOIN ${dictionaryTable(i)} d${i} ON s.${quote(c.name)} = d${i}.value` : ''))
			.join(' ');
		// the dictionary joins may reorder rows; rowid restores the query's own order
		const result = await run(db, `SELECT ${select.join(', ')} FROM ${SOURCE} s ${joins} ORDER BY s.rowid`);
		const rows = result.rowCount;
		const readers = columns.map((c, i) => new ColumnReader(dictionaries[i] ? 'INTEGER' : c.type, rows));
		for (let k = 0, offset = 0; k < result.chunkCount; k++) {
			const chunk = result.getChunk(k);
			for (const [i, reader] of readers.entries()) reader.append(chunk, i, offset);
			offset += chunk.rowCount;
		}
		const children: Data[] = [];
		for (const [i, c] of columns.entries()) {
			const data = readers[i].finish(dictionaries[i] ? new Int32() : arrowType(c.type));
			children.push(dictionaries[i] ? await dictionaryData(db, i, data as Data<Int32>) : data);
		}
		const fields = columns.map((c, i) => new Field(c.name, children[i].type, true));
		const struct = makeData({ type: new Struct(fields), length: rows, nullCount: 0, children });
		const batch = new RecordBatch(new Schema(fields), struct);
		return { ipc: tableToIPC(new Table([batch]), 'stream'), rows };
	} finally {
		await run(db, `DROP TABLE IF EXISTS ${SOURCE}`);
		for (let i = 0; i < columns.length; i++) await run(db, `DROP TABLE IF EXISTS ${dictionaryTable(i)}`);
	}
}

/** A list parameter (e.g. program ids) for the SQL handed to `encodeArrowTable`. */
export const varcharList = (values: readonly string[]) => listValue([...values]);

/**
 * For each candidate column, a table of its distinct values numbered 0..n-1 (codes come
 * from a join: measured 4x faster than casting to an ENUM of 70,000 pairing ids).
 */
async function buildDictionaries(db: NodeConnector, table: EncodableTable): Promise<boolean[]> {
	const [total] = await scalars(db, `SELECT count(*)::DOUBLE FROM ${SOURCE}`);
	const chosen: boolean[] = [];
	for (const [i, c] of table.columns.entries()) {
		const unique = table.primaryKey.length === 1 && table.primaryKey[0] === c.name;
		if (c.type !== 'VARCHAR' || unique || c.identifying || total === 0) {
			chosen.push(false);
			continue;
		}
		const name = quote(c.name);
		await run(
			db,
			`CREATE OR REPLACE TEMP TABLE ${dictionaryTable(i)} AS SELECT value, (row_number() OVER (ORDER BY value) - 1)::INTEGER AS code
			 FROM (SELECT DISTINCT ${name} AS value FROM ${SOURCE} WHERE ${name} IS NOT NULL)`
		);
		const [distinct] = await scalars(db, `SELECT count(*)::DOUBLE FROM ${dictionaryTable(i)}`);
		chosen.push(distinct > 0 && distinct <= total * DICTIONARY_MAX_SHARE);
	}
	return chosen;
}

async function dictionaryData(db: NodeConnector, i: number, codes: Data<Int32>): Promise<Data> {
	const result = await run(db, `SELECT value FROM ${dictionaryTable(i)} ORDER BY code`);
	const values = new ColumnReader('VARCHAR', result.rowCount);
	for (let k = 0, offset = 0; k < result.chunkCount; k++) {
		const chunk = result.getChunk(k);
		values.append(chunk, 0, offset);
		offset += chunk.rowCount;
	}
	const dictionary = makeVector(values.finish(new Utf8()) as Data<Utf8>);
	return makeData({
		// ids numbered per table (default ids count up per process): the same bytes every build
		type: new Dictionary(new Utf8(), new Int32(), i),
		length: codes.length,
		nullCount: codes.nullCount,
		nullBitmap: codes.nullBitmap,
		data: codes.values,
		dictionary
	});
}

async function scalars(db: NodeConnector, sql: string): Promise<number[]> {
	const rows = await (await run(db, sql)).getRows();
	return rows[0].map(Number);
}

function arrowType(type: ColumnType): DataType {
	switch (type) {
		case 'VARCHAR':
			return new Utf8();
		case 'INTEGER':
			return new Int32();
		case 'DOUBLE':
			return new Float64();
		case 'BOOLEAN':
			return new Bool();
		case 'DATE':
			return new DateDay();
	}
}

/** Identifiers come from tables.ts (a fixed list), quoted all the same. */
const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function run(db: NodeConnector, sql: string, params: readonly unknown[] = []) {
	try {
		return await db.connection.run(sql, params.length ? (params as DuckDBValue[]) : undefined);
	} catch (error) {
		throw new QueryError(sql, error);
	}
}
