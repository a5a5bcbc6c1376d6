/**
 * The audit log as CSV. Exporting it is itself audited (issue 6: exports are logged), with
 * the filter used, so a later reader can tell what left the system and when.
 */
import { audit } from '$lib/server/auth/audit';
import { toCsv, type CsvColumn } from '$lib/export/csv';
import { assertAdmin, type Actor, type AdminContext } from './users-admin';
import { AUDIT_EXPORT_LIMIT, searchAudit, type AuditFilter } from './audit-query';

interface CsvRow extends Record<string, unknown> {
	time: string;
	email: string | null;
	userId: string | null;
	action: string;
	detail: string | null;
	ip: string | null;
}

const COLUMNS: CsvColumn<CsvRow>[] = [
	{ key: 'time', label: 'time (UTC)' },
	{ key: 'email', label: 'user email' },
	{ key: 'userId', label: 'user id' },
	{ key: 'action', label: 'action' },
	{ key: 'detail', label: 'detail' },
	{ key: 'ip', label: 'ip' }
];

export interface AuditExport {
	csv: string;
	rows: number;
	/** True when the filter matched more than AUDIT_EXPORT_LIMIT entries. */
	truncated: boolean;
	fileName: string;
}

export function exportAudit(ctx: AdminContext, actor: Actor, filter: AuditFilter): AuditExport {
	assertAdmin(actor);
	const found = searchAudit(ctx.db, filter, AUDIT_EXPORT_LIMIT + 1);
	const truncated = found.length > AUDIT_EXPORT_LIMIT;
	const rows = found.slice(0, AUDIT_EXPORT_LIMIT).map((r) => ({
		time: new Date(r.at).toISOString(),
		email: r.email,
		userId: r.userId,
		action: r.action,
		detail: r.detail,
		ip: r.ip
	}));
	audit(ctx.db, { userId: actor.user.id, action: 'audit_export', detail: { filter: { ...filter }, rows: rows.length, truncated }, ip: actor.ip }, ctx.clock);
	const stamp = new Date(ctx.clock.now()).toISOString().slice(0, 10).replace(/-/g, '');
	return { csv: toCsv(rows, COLUMNS), rows: rows.length, truncated, fileName: `preceptor-audit-${stamp}.csv` };
}
