/**
 * POST /api/exports: record that the signed-in user is about to export a chart or table from
 * a view (server/exports/export-audit.ts). Roles with row-level views only: reviewers have
 * none (their aggregate page exports nothing), so 403. The body describes the export, never
 * holds its data; the dataset version must be one the server sent this user.
 */
import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { database } from '$lib/server/db/open';
import { readJsonBody } from '$lib/server/json-body';
import { auditExport, parseExportRecord, versionSentTo } from '$lib/server/exports/export-audit';

const EXPORTING_ROLES = ['admin', 'dean', 'coordinator'] as const;

export const POST: RequestHandler = async ({ locals, request, getClientAddress }) => {
	const user = requireRole(locals, EXPORTING_ROLES);
	const { record } = await readJsonBody(request, parseExportRecord, 'expected a JSON body describing the export');
	const db = database();
	if (!versionSentTo(db, user.id, record.datasetVersion)) {
		error(400, `dataset version ${record.datasetVersion} was never sent to you; reload the page`);
	}
	auditExport(db, user, record, getClientAddress());
	return json({ recorded: true }, { status: 201 });
};
