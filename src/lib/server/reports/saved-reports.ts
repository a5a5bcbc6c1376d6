/**
 * Saved reports in SQLite (migration "accreditation reports"). A saved report keeps the
 * suppressed Report JSON it was generated as, so every later download renders exactly the
 * same report, and its parameters and dataset version, so it can be regenerated.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '$lib/server/db/open';
import type { Report, SavedReportSummary } from '$lib/reports/types';

interface Row {
	id: string;
	title: string;
	parameters: string;
	version_id: string;
	content_hash: string;
	generated_by: string;
	generated_by_name: string;
	generated_at: number;
	regenerated_from: string | null;
}

const SUMMARY_COLUMNS = 'id, title, parameters, version_id, content_hash, generated_by, generated_by_name, generated_at, regenerated_from';

function summary(r: Row): SavedReportSummary {
	return {
		id: r.id,
		title: r.title,
		parameters: JSON.parse(r.parameters),
		versionId: r.version_id,
		contentHash: r.content_hash,
		generatedAt: new Date(r.generated_at).toISOString(),
		generatedBy: r.generated_by_name,
		regeneratedFrom: r.regenerated_from
	};
}

export function saveReport(db: Db, report: Report, regeneratedFrom: string | null = null): string {
	const id = randomUUID();
	db.prepare(
		`INSERT INTO reports (id, template_id, title, parameters, version_id, content_hash, report, generated_by, generated_by_name, generated_at, regenerated_from)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	).run(
		id,
		report.template.id,
		report.template.title,
		JSON.stringify(report.parameters),
		report.dataset.versionId,
		report.dataset.contentHash,
		JSON.stringify(report),
		report.generated.by.id,
		report.generated.by.name,
		Date.parse(report.generated.at),
		regeneratedFrom
	);
	return id;
}

/** Newest first; `generatedBy` limits the list to one user's reports. */
export function listReports(db: Db, options: { generatedBy?: string; limit?: number } = {}): SavedReportSummary[] {
	const limit = options.limit ?? 200;
	const rows = options.generatedBy
		? (db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM reports WHERE generated_by = ? ORDER BY generated_at DESC, id LIMIT ?`).all(options.generatedBy, limit) as Row[])
		: (db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM reports ORDER BY generated_at DESC, id LIMIT ?`).all(limit) as Row[]);
	return rows.map(summary);
}

export interface SavedReport {
	summary: SavedReportSummary;
	generatedById: string;
	report: Report;
}

export function getReport(db: Db, id: string): SavedReport | null {
	const row = db.prepare(`SELECT ${SUMMARY_COLUMNS}, report FROM reports WHERE id = ?`).get(id) as (Row & { report: string }) | undefined;
	if (!row) return null;
	return { summary: summary(row), generatedById: row.generated_by, report: JSON.parse(row.report) as Report };
}
