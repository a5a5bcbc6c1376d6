/**
 * /imports: the upload page and the dataset versions list. Admins upload for every program
 * and roll back; coordinators upload for their own programs (ingest/uploader.ts) and see the
 * versions list for information only (store/version-visibility.ts says what they see).
 * Every load and action checks the role itself.
 */
import { fail } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guard';
import { serverConfig } from '$lib/server/env';
import { UPLOAD_LIMITS } from '$lib/server/ingest/limits';
import { requireUploader } from '$lib/server/ingest/uploader';
import { importMutex } from '$lib/server/store/import-mutex';
import { isVersionId } from '$lib/server/store/paths';
import { storeDatabase } from '$lib/server/store/store-db';
import { visibleVersions } from '$lib/server/store/version-visibility';
import { getCurrentManifest, rollbackTo, versionHistory } from '$lib/server/store/versions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { user, programScope } = requireUploader(locals, url);
	const { dataDir } = serverConfig();
	const current = await getCurrentManifest(dataDir);
	return {
		current: current ? { versionId: current.versionId, asOf: current.asOf, institution: current.institution ?? '' } : null,
		versions: visibleVersions(await versionHistory(dataDir), user, storeDatabase(dataDir)),
		limits: UPLOAD_LIMITS,
		/** null: every program (admin). */
		programScope,
		canRollBack: user.role === 'admin'
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
