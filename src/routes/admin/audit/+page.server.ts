import { adminRequest } from '$lib/server/admin/admin-request';
import { AUDIT_PAGE_SIZE, auditActions, auditFilterParams, countAudit, parseAuditFilter, searchAudit } from '$lib/server/admin/audit-query';
import { userEmails } from '$lib/server/admin/user-directory';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const { ctx } = adminRequest(event);
	const { filter, page } = parseAuditFilter(event.url.searchParams);
	const total = countAudit(ctx.db, filter);
	const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
	const current = Math.min(page, pages);
	const link = (p: number) => `?${auditFilterParams(filter, p)}`;
	return {
		filter,
		entries: searchAudit(ctx.db, filter, AUDIT_PAGE_SIZE, (current - 1) * AUDIT_PAGE_SIZE),
		total,
		page: current,
		first: (current - 1) * AUDIT_PAGE_SIZE + 1,
		pages,
		previous: current > 1 ? link(current - 1) : null,
		next: current < pages ? link(current + 1) : null,
		exportHref: `/admin/audit/export?${auditFilterParams(filter)}`,
		users: userEmails(ctx.db),
		actions: auditActions(ctx.db)
	};
};
