/**
 * A version stored before people.concordance_request existed still reads, as NULL in the new
 * column; a file missing a required column is refused by name.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeConnector } from '$lib/engine/node';
import { tableSpec } from '$lib/schema/tables';
import { storedTableSelect } from '$lib/server/store/stored-table';

describe('stored tables from an older version', () => {
	const dir = mkdtempSync(join(tmpdir(), 'preceptor-stored-'));
	let db: NodeConnector;
	beforeAll(async () => {
		db = await NodeConnector.open();
		const people = tableSpec('people').columns.filter((c) => c.name !== 'concordance_request');
		const older = people.map((c) => `CAST(${c.name === 'person_id' ? "'T1'" : 'NULL'} AS ${c.type}) AS "${c.name}"`).join(', ');
		await db.exec(`COPY (SELECT ${older}) TO '${join(dir, 'people.parquet')}' (FORMAT parquet)`);
		await db.exec(`COPY (SELECT 'T1' AS person_id) TO '${join(dir, 'person_race.parquet')}' (FORMAT parquet)`);
	});
	afterAll(() => {
		db?.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('reads a missing optional column as NULL, in canonical column order', async () => {
		const sql = await storedTableSelect(db, tableSpec('people'), join(dir, 'people.parquet'));
		const rows = await db.query(sql);
		expect(Object.keys(rows[0]!)).toEqual(tableSpec('people').columns.map((c) => c.name));
		expect(rows[0]).toMatchObject({ person_id: 'T1', concordance_request: null });
	});

	it('refuses a file without a required column', async () => {
		await expect(storedTableSelect(db, tableSpec('person_race'), join(dir, 'person_race.parquet'))).rejects.toThrow('stored person_race.parquet has no column race_ethnicity');
	});
});
