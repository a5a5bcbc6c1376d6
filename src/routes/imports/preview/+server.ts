/**
 * POST /imports/preview (multipart: files, choices, asOf, institution): parse, map and
 * validate without writing anything; the page shows the result. Admins, and coordinators
 * for their own programs (ingest/uploader.ts, ingest/program-scope.ts).
 */
import { json } from '@sveltejs/kit';
import { serverConfig } from '$lib/server/env';
import { buildPreview } from '$lib/server/ingest/preview';
import { readUploadRequest } from '$lib/server/ingest/upload-form';
import { importSettings, requireUploader } from '$lib/server/ingest/uploader';
import { prepareDatasetImport } from '$lib/server/store/import-dataset';
import { getCurrentManifest } from '$lib/server/store/versions';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ locals, request }) => {
	const uploader = requireUploader(locals);
	const form = await readUploadRequest(request);
	if ('message' in form) return json({ message: form.message }, { status: 400 });
	const { dataDir } = serverConfig();
	const current = await getCurrentManifest(dataDir);
	const prepared = await prepareDatasetImport({
		files: form.files,
		dataDir,
		createdBy: uploader.user.id,
		choices: form.choices,
		programScope: uploader.programScope,
		config: importSettings(uploader, form, current)
	});
	return json(buildPreview(prepared, current?.rowCounts ?? null, form.acceptWarnings));
};
