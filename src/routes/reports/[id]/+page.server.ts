import { error } from '@sveltejs/kit';
import { authContext } from '$lib/server/auth/context';
import { pdfUnavailableReason } from '$lib/server/reports/pdf';
import { reportFragment } from '$lib/server/reports/render-html';
import { auditReport, mayReadReport, requireReportUser } from '$lib/server/reports/report-access';
import { getReport } from '$lib/server/reports/saved-reports';
import type { PageServerLoad } from './$types';

// Guarded here, not in a layout: layout loads do not rerun on client-side navigation.
export const load: PageServerLoad = async ({ locals, url, params, getClientAddress }) => {
	const user = requireReportUser(locals, url);
	const saved = getReport(authContext().db, params.id);
	// Someone else's report is "not found", so its existence is not confirmed.
	if (!saved || !mayReadReport(user, saved.generatedById)) error(404, 'No such report');
	auditReport(user, 'report_downloaded', { report: saved.summary.id, format: 'view', version: saved.summary.versionId }, getClientAddress());
	return { summary: saved.summary, html: reportFragment(saved.report), pdfUnavailable: pdfUnavailableReason() };
};
