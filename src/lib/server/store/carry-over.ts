/**
 * The current version's tables as staged rows, so an upload that covers only some tables
 * can be combined with the rest (demo-profile.ts, "Partial uploads") and validated as one
 * dataset. Values are written back as the text validation accepts: ISO dates, true/false.
 */
import { TABLES } from '$lib/schema/tables';
import { emptyStagedTables, type StagedTables } from '../ingest/staged';
import { openDatasetConnector } from './dataset-connector';

export function carriedFileName(versionId: string): string {
	return `(current dataset ${versionId})`;
}

export async function stagedFromVersion(dataDir: string, versionId: string): Promise<StagedTables> {
	const tables = emptyStagedTables();
	const file = carriedFileName(versionId);
	const db = await openDatasetConnector(dataDir, { versionId }, { mode: 'view' });
	try {
		for (const spec of TABLES) {
			const select = spec.columns.map((c) => `CAST("${c.name}" AS VARCHAR) AS "${c.name}"`).join(', ');
			const rows = await db.query(`SELECT ${select} FROM "${spec.name}"`);
			const sourceColumns = Object.fromEntries(spec.columns.map((c) => [c.name, c.name]));
			tables[spec.name] = rows.map((row, i) => ({
				file,
				row: i + 1,
				values: Object.fromEntries(spec.columns.map((c) => [c.name, row[c.name] == null ? null : String(row[c.name])])),
				sourceColumns
			}));
		}
	} finally {
		db.close();
	}
	return tables;
}
