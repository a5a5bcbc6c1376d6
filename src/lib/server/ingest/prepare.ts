/**
 * Upload -> staged, validated canonical tables: the whole ingest path before anything is
 * written. The store (server/store/import-dataset.ts) calls this and writes only when it
 * returns no errors. `prepareImport` takes text files (tests, demo); `prepareUpload` reads
 * any container (CSV/TSV, XLSX, Parquet) first.
 */
import { ingestConfig, type IngestConfig } from './config';
import { stageExports, type RecognisedSource, type StagedDataset, type UploadScope } from './demo-profile';
import { UPLOAD_LIMITS, type UploadLimits } from './limits';
import { applyDictionaryLabels, planFile, type FilePlan, type MappingChoice, type SavedMapping } from './plan';
import { ProblemList } from './problems';
import { readSourceFile, type SourceFile } from './source-file';
import type { StagedTables } from './staged';
import { readUpload } from './upload-reader';
import type { TableName } from '$lib/schema/tables';

export interface UploadedFile {
	name: string;
	bytes: Uint8Array | string;
}

export interface PrepareOptions {
	/** The user's shape and column mapping per file name. */
	choices?: Readonly<Record<string, MappingChoice>>;
	/** Saved mapping for a parsed file (by source signature), if any. */
	savedMapping?: (file: SourceFile) => SavedMapping | undefined;
	/** The current version's tables, carried over for tables the upload does not cover. */
	current?: StagedTables | null;
	limits?: UploadLimits;
	/** A coordinator's programs: the upload may hold only their rows (program-scope.ts). */
	scope?: UploadScope;
}

export interface PreparedImport {
	tables: StagedTables;
	sources: RecognisedSource[];
	carried: TableName[];
	plans: FilePlan[];
	problems: ProblemList;
	programCounts?: StagedDataset['programCounts'];
	redcapWaves?: StagedDataset['redcapWaves'];
}

export function prepareParsed(parsed: SourceFile[], config: IngestConfig, problems: ProblemList, options: PrepareOptions = {}): PreparedImport {
	applyDictionaryLabels(parsed);
	const plans = parsed.map((file) => planFile(file, options.choices?.[file.name], options.savedMapping?.(file)));
	const staged = stageExports(plans, config, problems, options.current ?? null, options.scope ?? null);
	return { ...staged, plans, problems };
}

export function prepareImport(files: readonly UploadedFile[], overrides: Partial<IngestConfig> = {}, options: PrepareOptions = {}): PreparedImport {
	const config = ingestConfig(overrides);
	const problems = new ProblemList(config.problemCap);
	return prepareParsed(files.map((f) => readSourceFile(f.name, f.bytes)), config, problems, options);
}

/** Any container; a file the readers refuse is a file-level error naming the cause. */
export async function prepareUpload(files: readonly UploadedFile[], overrides: Partial<IngestConfig> = {}, options: PrepareOptions = {}): Promise<PreparedImport> {
	const config = ingestConfig(overrides);
	const problems = new ProblemList(config.problemCap);
	const parsed: SourceFile[] = [];
	for (const upload of files) {
		const result = await readUpload(upload, options.limits ?? UPLOAD_LIMITS);
		if ('refused' in result) problems.error(upload.name, null, null, null, result.refused);
		else parsed.push(...result.files);
	}
	return prepareParsed(parsed, config, problems, options);
}
