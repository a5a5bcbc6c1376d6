/**
 * A saved report's files, rendered from the report as it was saved (so a re-download is the
 * same report): xlsx, csv (a ZIP of one CSV per table), pdf and html. Every download is audited.
 */
import { error } from '@sveltejs/kit';
import { authContext } from '$lib/server/auth/context';
import { csvBundle } from '$lib/server/reports/csv-bundle';
import { PdfUnavailableError, reportPdf } from '$lib/server/reports/pdf';
import { reportDocument } from '$lib/server/reports/render-html';
import { auditReport, mayReadReport, requireReportUser } from '$lib/server/reports/report-access';
import { getReport } from '$lib/server/reports/saved-reports';
import { reportXlsx } from '$lib/server/reports/xlsx';
import type { Report } from '$lib/reports/types';
import type { RequestHandler } from './$types';

const FORMATS: Record<string, { type: string; ext: string; render: (r: Report) => Promise<Uint8Array | string> | Uint8Array | string }> = {
	xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ext: 'xlsx', render: reportXlsx },
	csv: { type: 'application/zip', ext: 'zip', render: csvBundle },
	pdf: { type: 'application/pdf', ext: 'pdf', render: reportPdf },
	html: { type: 'text/html; charset=utf-8', ext: 'html', render: reportDocument }
};

export const GET: RequestHandler = async ({ locals, url, params, getClientAddress }) => {
	const user = requireReportUser(locals, url);
	const format = FORMATS[params.format];
	if (!format) error(404, `unknown report format: ${params.format}; one of ${Object.keys(FORMATS).join(', ')}`);
	const saved = getReport(authContext().db, params.id);
	if (!saved || !mayReadReport(user, saved.generatedById)) error(404, 'No such report');
	let body: Uint8Array | string;
	try {
		body = await format.render(saved.report);
	} catch (e) {
		if (e instanceof PdfUnavailableError) error(503, e.message);
		throw e;
	}
	auditReport(user, 'report_downloaded', { report: saved.summary.id, format: params.format, version: saved.summary.versionId }, getClientAddress());
	const { templateId, from, to } = saved.summary.parameters;
	const name = `${templateId}_${from}_${to}_${saved.summary.id.slice(0, 8)}.${format.ext}`;
	return new Response(body as BodyInit, {
		headers: {
			'content-type': format.type,
			'content-disposition': `attachment; filename="${name}"`,
			'cache-control': 'private, no-store'
		}
	});
};
