/**
 * The SQLite database that holds the current-version pointer and saved mappings: the
 * application database of that data directory (<dataDir>/preceptor.sqlite). The server's
 * own directory uses the shared connection (db/open.ts), so the pointer switch and its audit
 * entry commit together; tests and scripts with other directories get a connection each.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DATABASE_FILE, database, openDatabase, type Db } from '$lib/server/db/open';
import { serverConfig } from '$lib/server/env';

const others = new Map<string, Db>();

export function storeDatabase(dataDir: string): Db {
	const dir = resolve(dataDir);
	if (dir === serverConfig().dataDir) return database();
	let db = others.get(dir);
	if (!db) {
		mkdirSync(dir, { recursive: true });
		db = openDatabase(join(dir, DATABASE_FILE));
		others.set(dir, db);
	}
	return db;
}

/** Tests remove their temporary directories; close what they opened first. */
export function closeStoreDatabase(dataDir: string): void {
	const dir = resolve(dataDir);
	others.get(dir)?.close();
	others.delete(dir);
}
