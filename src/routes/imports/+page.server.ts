/**
 * /imports: the upload page and the dataset versions list with rollback. Admin only (every
 * load and action checks; coordinators will get their own programs once roles allow).
 */
import { fail } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guard';
import { serverConfig } from '$lib/server/env';
import { UPLOAD_LIMITS } from '$lib/server/ingest/limits';
import { importMutex } from '$lib/server/store/import-mutex';
import { isVersionId } from '$lib/server/store/paths';
import { getCurrentManifest, rollbackTo, versionHistory } from '$lib/server/store/versions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireRole(locals, ['admin'], url);
	const { dataDir } = serverConfig();
	const current = await getCurrentManifest(dataDir);
	return {
		current: current ? { versionId: current.versionId, asOf: current.asOf, institution: current.institution ?? '' } : null,
		versions: await versionHistory(dataDir),
		limits: UPLOAD_LIMITS
	};
};

export const actions: Actions = {
	rollback: async ({ locals, request, url, getClientAddress }) => {
		const user = requireRole(locals, ['admin'], url);
		const versionId = String((await request.formData()).get('versionId') ?? '');
		if (!isVersionId(versionId)) return fail(400, { message: `not a dataset version: ${versionId}` });
		if (importMutex.busy) return fail(409, { message: 'an import is running; retry in a moment' });
		try {
			await rollbackTo(serverConfig().dataDir, versionId, { userId: user.id, ip: getClientAddress() });
		} catch (error) {
			return fail(400, { message: (error as Error).message });
		}
		return { message: `Version ${versionId} is now current.` };
	}
};
