/**
 * POST /imports/commit (multipart as /imports/preview, plus acceptWarnings): import as a new
 * dataset version and make it current. 409 while another import runs; 422 with the preview
 * when errors (or unaccepted warnings) block it. Admins, and coordinators for their own
 * programs (ingest/uploader.ts); audited by the store.
 */
import { json } from '@sveltejs/kit';
import { serverConfig } from '$lib/server/env';
import { readUploadRequest } from '$lib/server/ingest/upload-form';
import { importSettings, requireUploader } from '$lib/server/ingest/uploader';
import { ImportBusy, importDatasetNow } from '$lib/server/store/import-dataset';
import { getCurrentManifest } from '$lib/server/store/versions';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ locals, request, getClientAddress }) => {
	const uploader = requireUploader(locals);
	const form = await readUploadRequest(request);
	if ('message' in form) return json({ ok: false, message: form.message }, { status: 400 });
	const { dataDir } = serverConfig();
	const current = await getCurrentManifest(dataDir);
	try {
		const result = await importDatasetNow({
			files: form.files,
			dataDir,
			createdBy: uploader.user.id,
			choices: form.choices,
			acceptWarnings: form.acceptWarnings,
			programScope: uploader.programScope,
			ip: getClientAddress(),
			config: importSettings(uploader, form, current)
		});
		if ('problems' in result) {
			return json({ ok: false, message: `${result.errorCount} problem(s) block the import`, problems: result.problems }, { status: 422 });
		}
		// Row counts cover every program: a coordinator gets only the version id (version-visibility.ts).
		const rowCounts = uploader.programScope ? undefined : result.manifest.rowCounts;
		return json({ ok: true, versionId: result.manifest.versionId, rowCounts });
	} catch (error) {
		if (error instanceof ImportBusy) return json({ ok: false, message: error.message }, { status: 409 });
		throw error;
	}
};
