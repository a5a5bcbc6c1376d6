/**
 * Running a report for a signed-in user: the dataset version (current, or the saved one
 * when regenerating), the template, the reviewer rules, then the engine on a DuckDB
 * connection over that version's Parquet files.
 */
import type { SessionUser } from '$lib/server/auth/session';
import { reviewerMinCell } from '$lib/server/aggregates/access';
import { programRows } from '$lib/server/aggregates/linked-counts';
import { openDatasetConnector } from '$lib/server/store/dataset-connector';
import type { DatasetManifest } from '$lib/server/store/manifest';
import { getCurrentManifest, readManifest } from '$lib/server/store/versions';
import { isVersionId } from '$lib/server/store/paths';
import type { NodeConnector } from '$lib/engine/node';
import { periodPresets, type PeriodPreset } from '$lib/reports/periods';
import type { Report, ReportParameters } from '$lib/reports/types';
import { generateReport, ReportInputError } from './generate-report';
import { reviewerPeriods, reviewerRefusal } from './report-access';
import { reportTemplate } from './templates';

export interface BuilderChoices {
	versionId: string;
	asOf: string;
	programs: { id: string; label: string }[];
	periods: PeriodPreset[];
}

async function earliestStart(db: NodeConnector, asOf: string): Promise<string> {
	const [row] = await db.query<{ earliest: string | null }>("SELECT CAST(min(start_date) AS VARCHAR) AS earliest FROM people WHERE role IN ('trainee', 'both')");
	return row?.earliest ?? asOf;
}

async function withVersion<T>(dataDir: string, manifest: DatasetManifest, run: (db: NodeConnector) => Promise<T>): Promise<T> {
	const db = await openDatasetConnector(dataDir, manifest);
	try {
		return await run(db);
	} finally {
		db.close();
	}
}

/** What the builder offers this user on the current version; null before the first import. */
export async function builderChoices(dataDir: string, user: Pick<SessionUser, 'role'>): Promise<BuilderChoices | null> {
	const manifest = await getCurrentManifest(dataDir);
	if (!manifest) return null;
	const reviewer = user.role === 'reviewer';
	return withVersion(dataDir, manifest, async (db) => {
		const presets = periodPresets(await earliestStart(db, manifest.asOf), manifest.asOf);
		return {
			versionId: manifest.versionId,
			asOf: manifest.asOf,
			// Reviewers report on all programs and one academic year (report-access.ts).
			programs: reviewer ? [] : (await programRows(db)).map((p) => ({ id: p.id, label: p.name ?? p.id })),
			periods: reviewer ? reviewerPeriods(presets) : presets
		};
	});
}

/** Generates (does not save) the report; `versionId` pins a version, else the current one. */
export async function runReport(dataDir: string, user: SessionUser, parameters: ReportParameters, versionId: string | null, now = new Date()): Promise<Report> {
	if (versionId !== null && !isVersionId(versionId)) throw new ReportInputError(`not a dataset version id: ${versionId}`);
	const manifest = versionId ? await readManifest(dataDir, versionId) : await getCurrentManifest(dataDir);
	if (!manifest) throw new ReportInputError(versionId ? `dataset version ${versionId} is no longer in the store` : 'No dataset has been imported yet.');
	const template = reportTemplate(parameters.templateId);
	if (!template) throw new ReportInputError(`unknown report template: ${parameters.templateId}`);
	return withVersion(dataDir, manifest, async (db) => {
		const refusal = reviewerRefusal(user, parameters, periodPresets(await earliestStart(db, manifest.asOf), manifest.asOf));
		if (refusal) throw new ReportInputError(refusal);
		return generateReport({
			db,
			manifest,
			template,
			parameters,
			generatedBy: { id: user.id, name: user.displayName, role: user.role },
			minCell: reviewerMinCell(),
			now
		});
	});
}
