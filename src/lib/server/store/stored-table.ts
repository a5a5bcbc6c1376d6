/**
 * A stored version's Parquet file read as its canonical table today. A version imported
 * before an optional column joined the model (e.g. people.concordance_request) has no such
 * column in its file; it reads as NULL, the value an export without the column imports to,
 * so the previous version stays readable and deliverable until the next import. A required
 * column that is missing is still an error: that file is not a dataset version we wrote.
 */
import type { NodeConnector } from '$lib/engine/node';
import type { TableSpec } from '$lib/schema/tables';

const sqlString = (value: string) => `'${value.replaceAll("'", "''")}'`;

/** `SELECT <every canonical column> FROM read_parquet(path)`, missing optional columns as typed NULLs. */
export async function storedTableSelect(db: NodeConnector, spec: TableSpec, path: string): Promise<string> {
	const source = `read_parquet(${sqlString(path)})`;
	const described = await db.query<{ column_name: string } & Record<string, unknown>>(`DESCRIBE SELECT * FROM ${source}`);
	const present = new Set(described.map((r) => r.column_name));
	const projection = spec.columns.map((c) => {
		if (present.has(c.name)) return `"${c.name}"`;
		if (c.required) throw new Error(`stored ${spec.name}.parquet has no column ${c.name}`);
		return `NULL::${c.type} AS "${c.name}"`;
	});
	return `SELECT ${projection.join(', ')} FROM ${source}`;
}
