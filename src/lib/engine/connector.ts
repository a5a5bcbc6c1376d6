/**
 * Every database call goes through this interface (as in Mosaic's connectors), so the
 * metric SQL that ships to the browser (wasm.ts) is the SQL the tests run in Node (node.ts).
 *
 * Rows come back as plain objects with JS numbers (BIGINT/HUGEINT converted), booleans,
 * strings and null. Metric SQL casts dates it returns to VARCHAR (ISO yyyy-mm-dd) so both
 * engines return the same values.
 */
export type Row = Record<string, unknown>;

export interface Connector {
	/** Run one statement with positional `?` parameters and return its rows. */
	query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

/** A failed query keeps the SQL and the engine's error as `cause`. */
export class QueryError extends Error {
	constructor(
		readonly sql: string,
		cause: unknown
	) {
		super(`query failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
		this.name = 'QueryError';
	}
}

/** Normalise one engine value to a plain JS value. */
export function plainValue(value: unknown): unknown {
	if (typeof value === 'bigint') return Number(value);
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	return value;
}

export function plainRow(row: Record<string, unknown>): Row {
	const out: Row = {};
	for (const key of Object.keys(row)) out[key] = plainValue(row[key]);
	return out;
}
