/**
 * A fixture delivered as one user receives it: stored as a dataset version, cut by the real
 * endpoint code (server/delivery/payload.ts) for the user's scope, and loaded into a test
 * engine as the browser's loader does (engine/load-dataset.ts), with parameterised inserts
 * instead of Arrow inserts. For tests that compare a scoped user's figures with the full data's.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll } from 'vitest';
import { NodeConnector } from '../../../src/lib/engine/node';
import { containerTables, readContainerHeader } from '../../../src/lib/engine/dataset-container';
import { TABLES, createTableSql, type ColumnSpec } from '../../../src/lib/schema/tables';
import { DERIVED_TABLES, createDerivedTableSql } from '../../../src/lib/metrics/interprofessional/contact-facts';
import { buildDatasetPayload } from '../../../src/lib/server/delivery/payload';
import { deliveryScopeFor } from '../../../src/lib/server/delivery/user-delivery';
import type { SessionUser } from '../../../src/lib/server/auth/session';
import { loadFixture, type Fixture } from '../../factories';
import { ENGINE_SETUP_TIMEOUT, withFixture, type ENGINES, type TestDatabase } from './engines';

const VERSION = 'v20261201T120000Z-5c09e0a1';

export type DeliveredTables = Record<string, Record<string, unknown>[]>;

/** The payload bytes `user` would download for `fixture`. */
export async function scopedPayload(fixture: Fixture, user: Pick<SessionUser, 'id' | 'email' | 'role' | 'programIds'>): Promise<Uint8Array> {
	const dataDir = mkdtempSync(join(tmpdir(), 'preceptor-scoped-payload-'));
	try {
		const dir = join(dataDir, 'versions', VERSION);
		mkdirSync(dir, { recursive: true });
		const db = await NodeConnector.open();
		try {
			await loadFixture(db, fixture);
			for (const spec of TABLES) await db.exec(`COPY "${spec.name}" TO '${join(dir, `${spec.name}.parquet`)}' (FORMAT parquet)`);
		} finally {
			db.close();
		}
		return (await buildDatasetPayload(dataDir, VERSION, deliveryScopeFor(user, [])!)).bytes;
	} finally {
		rmSync(dataDir, { recursive: true, force: true });
	}
}

/** Load a payload into an empty test database; returns every table's delivered rows. */
export async function loadPayload(db: TestDatabase, bytes: Uint8Array): Promise<DeliveredTables> {
	const specs = [...TABLES, ...DERIVED_TABLES];
	for (const spec of TABLES) await db.exec(createTableSql(spec));
	for (const spec of DERIVED_TABLES) await db.exec(createDerivedTableSql(spec));
	const decoded: DeliveredTables = {};
	for (const { table, ipc } of containerTables(bytes, readContainerHeader(bytes)!)) {
		const spec = specs.find((s) => s.name === table.name)!;
		const rows = tableFromIPC(ipc).toArray().map((r) => r.toJSON() as Record<string, unknown>);
		decoded[table.name] = rows;
		for (const row of rows) {
			const values = spec.columns.map((c) => sqlValue(c, row[c.name]));
			const placeholders = spec.columns.map((c) => `CAST(? AS ${c.type})`).join(', ');
			await db.query(`INSERT INTO "${spec.name}" VALUES (${placeholders})`, values);
		}
	}
	return decoded;
}

/** The full fixture and one user's delivered copy of it, side by side on one engine. */
export interface FullAndScoped {
	full: TestDatabase;
	scoped: TestDatabase;
	delivered: DeliveredTables;
}

/**
 * Inside a `describe`: before its tests, opens the full fixture and a database holding the
 * payload `payload()` returns (built once per file, before this runs); closes both after.
 * The fields are filled in then, so read them inside the tests, not when the suite is declared.
 */
export function fullAndScoped(engine: (typeof ENGINES)[number], fixture: Fixture, payload: () => Uint8Array): FullAndScoped {
	const databases = {} as FullAndScoped;
	beforeAll(async () => {
		databases.full = await withFixture(engine, fixture);
		databases.scoped = await engine.open();
		databases.delivered = await loadPayload(databases.scoped, payload());
	}, ENGINE_SETUP_TIMEOUT);
	afterAll(() => {
		databases.full?.close();
		databases.scoped?.close();
	});
	return databases;
}

const sqlValue = (column: ColumnSpec, value: unknown) =>
	value == null ? null : column.type === 'DATE' ? new Date(value as number).toISOString().slice(0, 10) : value;
