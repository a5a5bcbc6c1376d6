/**
 * Everything the server does once before its first request (called from `init` in
 * hooks.server.ts). Fails loudly: a server that cannot open its database must not start.
 */
import { authContext } from '$lib/server/auth/context';
import { ensureDemoAdmin } from '$lib/server/auth/demo-admin';
import { deleteExpiredSessions } from '$lib/server/auth/session';
import { database } from '$lib/server/db/open';
import { serverConfig } from '$lib/server/env';
import { ensureDemoDataset } from '$lib/server/store/demo-dataset';
import { cleanupIncompleteImports, getCurrentManifest } from '$lib/server/store/versions';

export async function startServer(): Promise<void> {
	const started = performance.now();
	await startDataset();
	await startAuth();
	console.log(`Preceptor ready in ${Math.round(performance.now() - started)} ms`);
}

/** Removes what a killed import left behind, then imports the demo exports on a first demo start. */
async function startDataset(): Promise<void> {
	const config = serverConfig();
	const removed = await cleanupIncompleteImports(config.dataDir);
	if (removed.length) console.warn(`Removed ${removed.length} incomplete import(s) left by an interrupted run`);
	if (config.demo) {
		const manifest = await ensureDemoDataset(config);
		console.log(`Dataset ${manifest.versionId} (as of ${manifest.asOf}, ${manifest.rowCounts.people} people)`);
	} else if (!(await getCurrentManifest(config.dataDir))) {
		console.log('No dataset imported yet: an administrator can import exports after signing in.');
	}
}

/** Opens and migrates the SQLite database, clears dead sessions, and creates the demo admin if due. */
async function startAuth(): Promise<void> {
	const config = serverConfig();
	database();
	deleteExpiredSessions(authContext());
	await ensureDemoAdmin({ demo: config.demo });
}
