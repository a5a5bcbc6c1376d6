/**
 * GET /api/dataset: the current dataset version, every canonical table, in one response
 * (format: src/lib/engine/dataset-container.ts; choices and figures: server/delivery/payload.ts).
 */
import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { serverConfig } from '$lib/server/env';
import { getCurrentManifest } from '$lib/server/store/versions';
import { buildDatasetResponse } from '$lib/server/delivery/response';

export const GET: RequestHandler = async ({ locals, request }) => {
	if (!locals.user) return json({ error: 'sign in required' }, { status: 401 });
	const { dataDir } = serverConfig();
	// Every signed-in user receives the whole dataset for now; per-role scoping will pass
	// a DeliveryScope here (the payload cache is already keyed by it).
	return buildDatasetResponse({
		manifest: await getCurrentManifest(dataDir),
		dataDir,
		acceptEncoding: request.headers.get('accept-encoding')
	});
};
