import { adminRequest } from '$lib/server/admin/admin-request';
import { exportAudit } from '$lib/server/admin/audit-export';
import { parseAuditFilter } from '$lib/server/admin/audit-query';
import type { RequestHandler } from './$types';

/** The filtered audit log as CSV, newest first; the export is itself written to the log. */
export const GET: RequestHandler = (event) => {
	const { ctx, actor } = adminRequest(event);
	const { filter } = parseAuditFilter(event.url.searchParams);
	const result = exportAudit(ctx, actor, filter);
	return new Response(result.csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${result.fileName}"`,
			// Personal data: not kept by the browser cache or a shared proxy.
			'cache-control': 'no-store',
			'x-export-rows': String(result.rows),
			'x-export-truncated': String(result.truncated)
		}
	});
};
