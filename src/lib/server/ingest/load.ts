/**
 * Validated staged rows -> typed canonical tables in DuckDB, then scores.
 * Rows go in as text through an appender into all-VARCHAR staging tables and are cast by
 * DuckDB in one INSERT ... SELECT per table, so the casts match what validation accepted.
 */
import type { Instrument } from '$lib/instruments/instruments';
import type { NodeConnector } from '$lib/engine/node';
import { TABLES, createTableSql, type TableSpec } from '$lib/schema/tables';
import { applyScoresSql, createInstrumentRules } from './scoring';
import type { StagedRow, StagedTables } from './staged';

const stagingName = (spec: TableSpec) => `staged_${spec.name}`;

async function stageRows(db: NodeConnector, spec: TableSpec, rows: readonly StagedRow[]): Promise<void> {
	const columns = spec.columns.map((c) => `"${c.name}" VARCHAR`).join(', ');
	await db.exec(`CREATE TABLE "${stagingName(spec)}" (${columns})`);
	const appender = await db.connection.createAppender(stagingName(spec));
	try {
		for (const row of rows) {
			for (const column of spec.columns) {
				const value = row.values[column.name];
				if (value == null) appender.appendNull();
				else appender.appendVarchar(value);
			}
			appender.endRow();
		}
		appender.flushSync();
	} finally {
		appender.closeSync();
	}
}

function castSelect(spec: TableSpec): string {
	const casts = spec.columns.map((c) => (c.type === 'VARCHAR' ? `"${c.name}"` : `CAST("${c.name}" AS ${c.type}) AS "${c.name}"`));
	return `SELECT ${casts.join(', ')} FROM "${stagingName(spec)}"`;
}

/**
 * Create every canonical table on `db` (which should be empty) and fill it. The temporary
 * staging tables are dropped afterwards.
 */
export async function loadCanonicalTables(db: NodeConnector, tables: StagedTables, instruments: readonly Instrument[]): Promise<void> {
	for (const spec of TABLES) {
		await db.exec(createTableSql(spec));
		await stageRows(db, spec, tables[spec.name]);
		await db.exec(`INSERT INTO "${spec.name}" ${castSelect(spec)}`);
		await db.exec(`DROP TABLE "${stagingName(spec)}"`);
	}
	await createInstrumentRules(db, instruments);
	await db.exec(applyScoresSql());
	await db.exec('DROP TABLE instrument_rules');
}
