/**
 * POST /imports/preview (multipart: files, choices, asOf, institution): parse, map and
 * validate without writing anything; the page shows the result. Admin only.
 */
import { json } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guard';
import { serverConfig } from '$lib/server/env';
import { buildPreview } from '$lib/server/ingest/preview';
import { readUploadForm } from '$lib/server/ingest/upload-form';
import { prepareDatasetImport } from '$lib/server/store/import-dataset';
import { getCurrentManifest } from '$lib/server/store/versions';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ locals, request }) => {
	const user = requireRole(locals, ['admin']);
	const form = await readUploadForm(await request.formData());
	if ('message' in form) return json({ message: form.message }, { status: 400 });
	const { dataDir } = serverConfig();
	const current = await getCurrentManifest(dataDir);
	const prepared = await prepareDatasetImport({
		files: form.files,
		dataDir,
		createdBy: user.id,
		choices: form.choices,
		config: { asOf: form.asOf ?? current?.asOf, institution: form.institution ?? current?.institution }
	});
	return json(buildPreview(prepared, current?.rowCounts ?? null, form.acceptWarnings));
};
