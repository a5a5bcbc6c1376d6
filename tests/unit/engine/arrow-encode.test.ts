/**
 * Arrow encoding round trip: rows made in DuckDB, encoded by encodeArrowTable, decoded with
 * apache-arrow's tableFromIPC, compared with the values written by hand below.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tableFromIPC, Type } from 'apache-arrow';
import { NodeConnector } from '$lib/engine/node';
import { encodeArrowTable, type EncodableTable } from '$lib/engine/arrow-encode';
import type { ColumnSpec } from '$lib/schema/tables';

const col = (name: string, type: ColumnSpec['type'], extra: Partial<ColumnSpec> = {}): ColumnSpec => ({
	name, type, required: false, description: '', ...extra
});

const TABLE: EncodableTable = {
	primaryKey: ['id'],
	columns: [
		col('id', 'VARCHAR'),
		col('code', 'VARCHAR'),
		col('note', 'VARCHAR', { identifying: true }),
		col('n', 'INTEGER'),
		col('x', 'DOUBLE'),
		col('ok', 'BOOLEAN'),
		col('d', 'DATE')
	]
};

/** DATE to epoch milliseconds, as apache-arrow returns DateDay values. */
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

let db: NodeConnector;
beforeEach(async () => {
	db = await NodeConnector.open();
});
afterEach(() => db.close());

describe('encodeArrowTable', () => {
	it('round-trips every column type, nulls, long strings and dates', async () => {
		const long = 'a string longer than twelve bytes — with ü';
		const sql = `SELECT * FROM (VALUES
			('r1', 'x', ${`'${long}'`}, 1, 1.5, true, DATE '2025-01-31'),
			('r2', 'x', NULL, NULL, NULL, NULL, NULL),
			('r3', NULL, 'short', -7, -0.25, false, DATE '1969-12-31'),
			('r4', 'y', '', 2147483647, 1e300, true, DATE '2000-02-29')
		) t(id, code, note, n, x, ok, d) ORDER BY id`;
		const { ipc, rows } = await encodeArrowTable(db, sql, [], TABLE);
		expect(rows).toBe(4);
		const table = tableFromIPC(ipc);
		expect(table.schema.fields.map((f) => f.name)).toEqual(['id', 'code', 'note', 'n', 'x', 'ok', 'd']);
		const types = table.schema.fields.map((f) => f.type.typeId);
		// id is the primary key and note identifying: plain Utf8; code repeats ('x' twice in
		// 4 rows, 2 distinct <= half the rows): a dictionary.
		expect(types).toEqual([Type.Utf8, Type.Dictionary, Type.Utf8, Type.Int, Type.Float, Type.Bool, Type.Date]);
		expect(table.toArray().map((r) => r.toJSON())).toEqual([
			{ id: 'r1', code: 'x', note: long, n: 1, x: 1.5, ok: true, d: day('2025-01-31') },
			{ id: 'r2', code: 'x', note: null, n: null, x: null, ok: null, d: null },
			{ id: 'r3', code: null, note: 'short', n: -7, x: -0.25, ok: false, d: day('1969-12-31') },
			{ id: 'r4', code: 'y', note: '', n: 2147483647, x: 1e300, ok: true, d: day('2000-02-29') }
		]);
	});

	it('keeps rows and nulls right across DuckDB chunks (2,048 rows each)', async () => {
		// 5,000 rows: n = i, null when i % 7 = 0; code cycles through 3 values.
		const sql = `SELECT 'id' || i AS id, ['a','b','c'][1 + i % 3] AS code, NULL::VARCHAR AS note,
			CASE WHEN i % 7 = 0 THEN NULL ELSE i END::INTEGER AS n, i / 2 AS x, i % 2 = 0 AS ok,
			DATE '2020-01-01' + i::INTEGER AS d FROM range(5000) r(i) ORDER BY i`;
		const table = tableFromIPC((await encodeArrowTable(db, sql, [], TABLE)).ipc);
		expect(table.numRows).toBe(5000);
		const n = table.getChild('n')!;
		// nulls at 0, 7, ..., 4998: 715 of them (floor(4999 / 7) + 1)
		expect(n.nullCount).toBe(715);
		for (const i of [0, 1, 2047, 2048, 2049, 4095, 4096, 4998, 4999]) {
			expect(n.get(i)).toBe(i % 7 === 0 ? null : i);
			expect(table.getChild('code')!.get(i)).toBe(['a', 'b', 'c'][i % 3]);
			expect(table.getChild('ok')!.get(i)).toBe(i % 2 === 0);
			expect(table.getChild('d')!.get(i)).toBe(day('2020-01-01') + i * 86_400_000);
		}
		expect(table.getChild('note')!.nullCount).toBe(5000);
	});

	it('encodes an empty result with its schema', async () => {
		const sql = `SELECT 'a' AS id, 'b' AS code, 'c' AS note, 1 AS n, 1.0::DOUBLE AS x, true AS ok, DATE '2020-01-01' AS d WHERE false`;
		const { ipc, rows } = await encodeArrowTable(db, sql, [], TABLE);
		expect(rows).toBe(0);
		const table = tableFromIPC(ipc);
		expect(table.numRows).toBe(0);
		expect(table.schema.fields.map((f) => f.name)).toEqual(TABLE.columns.map((c) => c.name));
	});

	it('names the SQL when the query fails', async () => {
		await expect(encodeArrowTable(db, 'SELECT * FROM no_such_table', [], TABLE)).rejects.toThrow(/no_such_table/);
	});
});
