/**
 * The application's SQLite database (users, sessions, audit log): one file under
 * DATA_DIR, opened once per process. Tests open their own with `openDatabase(':memory:')`
 * and hand it to the code under test, so nothing here is reached from a unit test.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { serverConfig } from '$lib/server/env';
import { migrate } from './migrations';

export type Db = Database.Database;

export const DATABASE_FILE = 'preceptor.sqlite';

/** Opens (creating if needed) and migrates a database at `path`; `':memory:'` for tests. */
export function openDatabase(path: string): Db {
	const db = new Database(path);
	// WAL lets readers (page loads) proceed while a writer (login, audit) commits.
	// https://www.sqlite.org/wal.html
	db.pragma('journal_mode = WAL');
	// SQLite leaves foreign keys off per connection unless asked: https://www.sqlite.org/foreignkeys.html#fk_enable
	db.pragma('foreign_keys = ON');
	// Wait rather than fail with SQLITE_BUSY if a maintenance script holds the write lock briefly.
	db.pragma('busy_timeout = 5000');
	// In WAL mode NORMAL is durable against application crashes and much cheaper than FULL.
	db.pragma('synchronous = NORMAL');
	migrate(db);
	return db;
}

let shared: Db | null = null;

/** The process-wide database at `<DATA_DIR>/preceptor.sqlite`, opened and migrated on first use. */
export function database(): Db {
	if (!shared) {
		const { dataDir } = serverConfig();
		mkdirSync(dataDir, { recursive: true });
		shared = openDatabase(join(dataDir, DATABASE_FILE));
	}
	return shared;
}

/** Tests and scripts may substitute their own database (or reset with `null`). */
export function setDatabaseForTests(db: Db | null): void {
	shared = db;
}
