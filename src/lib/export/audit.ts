/**
 * Exports are audited before they happen (issue 6): the browser asks the server to record
 * who exported what (view, chart, format, dataset version, filter; never the data) and
 * starts the download only once the server has accepted the entry. A download that could
 * not be recorded is refused with a message saying so: the audit is a security control,
 * and an export path that skips it when the server is unreachable would be the side path
 * the issue warns about. Server side: src/lib/server/exports/export-audit.ts.
 */

/** The pages with exports, by path; the server refuses any other. */
export const EXPORT_VIEWS = ['/', '/retention', '/wellbeing', '/diversity', '/interprofessional', '/worklist'] as const;
export type ExportView = (typeof EXPORT_VIEWS)[number];

export const EXPORT_FORMATS = ['csv', 'svg', 'png'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportRecord {
	view: ExportView;
	/** The file name without extension, e.g. "retention-by-cohort". */
	chart: string;
	format: ExportFormat;
	/** The dataset version the browser's copy came from. */
	datasetVersion: string;
	/** The view's query string: the shared filter state (state/filter-url.ts). */
	filter: string;
	/** Rows in the exported table (CSV); null for images. */
	rows: number | null;
}

export const EXPORT_AUDIT_URL = '/api/exports';

export class ExportNotRecorded extends Error {}

/** Record the export on the server; throws ExportNotRecorded (with a sentence for the user) unless accepted. */
export async function recordExport(record: ExportRecord, fetcher: typeof fetch = fetch): Promise<void> {
	let response: Response;
	try {
		response = await fetcher(EXPORT_AUDIT_URL, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			credentials: 'same-origin',
			body: JSON.stringify(record)
		});
	} catch {
		throw new ExportNotRecorded('The export could not be recorded (the server did not answer), so nothing was downloaded. Try again.');
	}
	if (response.ok) return;
	if (response.status === 401) throw new ExportNotRecorded('Your session has ended — sign in again to export.');
	const body = (await response.json().catch(() => null)) as { message?: string } | null;
	const reason = body?.message ? `: ${body.message}` : ` (HTTP ${response.status})`;
	throw new ExportNotRecorded(`The export could not be recorded${reason}, so nothing was downloaded.`);
}

/** Record the export, then (only then) make the file. Throws ExportNotRecorded when refused. */
export async function exportAfterAudit(record: ExportRecord, download: () => void | Promise<void>, fetcher: typeof fetch = fetch): Promise<void> {
	await recordExport(record, fetcher);
	await download();
}

/** The view a page's path stands for, or null on a page without audited exports. */
export function exportViewOf(pathname: string): ExportView | null {
	const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
	return (EXPORT_VIEWS as readonly string[]).includes(path) ? (path as ExportView) : null;
}
