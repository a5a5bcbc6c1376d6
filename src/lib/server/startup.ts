/**
 * Everything the server does once before its first request (called from `init` in
 * hooks.server.ts). Fails loudly: a server that cannot open its database must not start.
 */
import { authContext } from '$lib/server/auth/context';
import { ensureDemoAdmin } from '$lib/server/auth/demo-admin';
import { deleteExpiredSessions } from '$lib/server/auth/session';
import { database } from '$lib/server/db/open';
import { serverConfig } from '$lib/server/env';

export async function startServer(): Promise<void> {
	await startAuth();
	// Dataset import (demo exports on first start) is added here by the data store.
}

/** Opens and migrates the SQLite database, clears dead sessions, and creates the demo admin if due. */
async function startAuth(): Promise<void> {
	const config = serverConfig();
	database();
	deleteExpiredSessions(authContext());
	await ensureDemoAdmin({ demo: config.demo });
}
