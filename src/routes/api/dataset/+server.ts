/**
 * GET /api/dataset: the current dataset version, every canonical table, in one response
 * (format: src/lib/engine/dataset-container.ts; choices and figures: server/delivery/payload.ts),
 * cut to what the user's role may see (server/delivery/user-delivery.ts). Reviewers get 403.
 */
import type { RequestHandler } from './$types';
import { authContext } from '$lib/server/auth/context';
import { requireUser } from '$lib/server/auth/guard';
import { serverConfig } from '$lib/server/env';
import { getCurrentManifest } from '$lib/server/store/versions';
import { mentorEmailIndexFor } from '$lib/server/delivery/own-mentor-ids';
import { datasetResponseFor } from '$lib/server/delivery/user-delivery';

export const GET: RequestHandler = async ({ locals, request, getClientAddress }) => {
	const user = requireUser(locals);
	const { dataDir } = serverConfig();
	return datasetResponseFor({
		user,
		manifest: await getCurrentManifest(dataDir),
		dataDir,
		acceptEncoding: request.headers.get('accept-encoding'),
		auditDb: authContext().db,
		ip: getClientAddress(),
		mentorIndex: (manifest) => mentorEmailIndexFor(dataDir, manifest)
	});
};
