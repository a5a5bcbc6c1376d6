/**
 * Audit of exports made in the browser (issue 6, audit log: "exports"). Charts and tables
 * are drawn from the user's own scoped copy of the data, so a CSV, SVG or PNG is produced
 * in the browser and the server never sees it; what it can do is record that it was made:
 * who, from which view and chart, on which dataset version, under which filter. The data
 * itself is never sent here.
 *
 * The browser downloads only after this entry is accepted (export/audit.ts): the audit is a
 * security control, so an export that could not be recorded does not happen. Everything in
 * the body is checked, so the log holds only well-formed entries; the user, role and scope
 * come from the session, never from the body, and the dataset version must be one the
 * server sent this user (`versionSentTo`).
 */
import type { Db } from '$lib/server/db/open';
import { audit } from '$lib/server/auth/audit';
import { dataScopeFor, scopeKey } from '$lib/server/auth/scope';
import type { SessionUser } from '$lib/server/auth/session';
import { isVersionId } from '$lib/server/store/paths';
import { EXPORT_FORMATS, EXPORT_VIEWS, type ExportFormat, type ExportRecord, type ExportView } from '$lib/export/audit';

/** The file's name without extension, as the views build it (e.g. "phq2-by-program-2025-autumn"). */
const CHART_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$/;
export const MAX_FILTER_LENGTH = 2000;
/** More rows than any export could hold; a larger number is a malformed body. */
const MAX_ROWS = 100_000_000;

export type ParsedExport = { ok: true; record: ExportRecord } | { ok: false; message: string };

export function parseExportRecord(body: unknown): ParsedExport {
	if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: false, message: 'expected a JSON object' };
	const b = body as Record<string, unknown>;
	if (typeof b.view !== 'string' || !(EXPORT_VIEWS as readonly string[]).includes(b.view)) {
		return { ok: false, message: `view must be one of ${EXPORT_VIEWS.join(', ')}` };
	}
	if (typeof b.chart !== 'string' || !CHART_ID.test(b.chart)) {
		return { ok: false, message: 'chart must be the export’s file name: letters, digits, ".", "_" or "-", at most 120' };
	}
	if (typeof b.format !== 'string' || !(EXPORT_FORMATS as readonly string[]).includes(b.format)) {
		return { ok: false, message: `format must be one of ${EXPORT_FORMATS.join(', ')}` };
	}
	if (typeof b.datasetVersion !== 'string' || !isVersionId(b.datasetVersion)) {
		return { ok: false, message: 'datasetVersion must be the id of the dataset version the export was made from' };
	}
	const filter = b.filter ?? '';
	if (typeof filter !== 'string') return { ok: false, message: 'filter must be the view’s query string' };
	if (filter.length > MAX_FILTER_LENGTH) return { ok: false, message: `filter is longer than ${MAX_FILTER_LENGTH} characters` };
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001f\u007f]/.test(filter)) return { ok: false, message: 'filter must not contain control characters' };
	const rows = b.rows ?? null;
	if (rows !== null && !(Number.isInteger(rows) && (rows as number) >= 0 && (rows as number) <= MAX_ROWS)) {
		return { ok: false, message: 'rows must be a whole number of rows, or left out' };
	}
	return {
		ok: true,
		record: {
			view: b.view as ExportView,
			chart: b.chart,
			format: b.format as ExportFormat,
			datasetVersion: b.datasetVersion,
			// Normalised ("?a=1&b=2" and "a=1&b=2" are one filter), so the log reads the same way.
			filter: new URLSearchParams(filter).toString(),
			rows: rows as number | null
		}
	};
}

/**
 * Whether the server sent `versionId` to this user: their audited dataset download of it
 * (delivery/user-delivery.ts). A browser exports only from the copy it received, so an entry
 * naming another version, even one the store holds, would not be a true record of an export.
 */
export function versionSentTo(db: Db, userId: string, versionId: string): boolean {
	const sent = db
		.prepare("SELECT 1 FROM audit_log WHERE user_id = ? AND action = 'dataset_download' AND json_extract(detail, '$.version') = ? LIMIT 1")
		.get(userId, versionId);
	return sent !== undefined;
}

/** Write the audit row; the scope is the policy's for this user now (as for dataset downloads). */
export function auditExport(db: Db, user: Pick<SessionUser, 'id' | 'role' | 'programIds'>, record: ExportRecord, ip: string | null): void {
	const scope = dataScopeFor(user);
	audit(db, {
		userId: user.id,
		action: 'export',
		detail: {
			role: user.role,
			scope: scopeKey(scope),
			programIds: scope.kind === 'rows' ? scope.programIds : [],
			view: record.view,
			chart: record.chart,
			format: record.format,
			version: record.datasetVersion,
			filter: record.filter,
			rows: record.rows
		},
		ip
	});
}
