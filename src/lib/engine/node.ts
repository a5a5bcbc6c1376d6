/**
 * Connector on @duckdb/node-api: used by the server (ingest, store, data endpoint) and by
 * the tests, so the metric SQL the browser runs is exercised here too.
 */
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { QueryError, plainRow, type Connector, type Row } from './connector';

/**
 * Autoloading a missing extension hangs when offline; with these off the query fails at
 * once with a clear error instead.
 */
export const OFFLINE_SETTINGS = ['SET autoinstall_known_extensions = false', 'SET autoload_known_extensions = false'];

export class NodeConnector implements Connector {
	private constructor(
		readonly instance: DuckDBInstance,
		readonly connection: DuckDBConnection
	) {}

	/** Open an in-memory database (or a file, when given a path). */
	static async open(path = ':memory:'): Promise<NodeConnector> {
		const instance = await DuckDBInstance.create(path);
		const connection = await instance.connect();
		for (const setting of OFFLINE_SETTINGS) await connection.run(setting);
		return new NodeConnector(instance, connection);
	}

	async query<T extends Row = Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
		try {
			const reader = await this.connection.runAndReadAll(sql, params.length ? (params as DuckDBValue[]) : undefined);
			return reader.getRowObjectsJS().map((row) => plainRow(row as Record<string, unknown>) as T);
		} catch (error) {
			throw new QueryError(sql, error);
		}
	}

	/** Run several statements (DDL, COPY) that return nothing of interest. */
	async exec(sql: string): Promise<void> {
		try {
			await this.connection.run(sql);
		} catch (error) {
			throw new QueryError(sql, error);
		}
	}

	close(): void {
		this.connection.closeSync();
		this.instance.closeSync();
	}
}
