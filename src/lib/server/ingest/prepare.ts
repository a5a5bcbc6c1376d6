/**
 * Upload -> staged, validated canonical tables: the whole ingest path before anything is
 * written. The store (server/store/import-dataset.ts) calls this and writes only when it
 * returns no errors.
 */
import { ingestConfig, type IngestConfig } from './config';
import { stageDemoExports, type RecognisedSource } from './demo-profile';
import { ProblemList } from './problems';
import { readSourceFile } from './source-file';
import type { StagedTables } from './staged';

export interface UploadedFile {
	name: string;
	bytes: Uint8Array | string;
}

export interface PreparedImport {
	tables: StagedTables;
	sources: RecognisedSource[];
	problems: ProblemList;
}

export function prepareImport(files: readonly UploadedFile[], overrides: Partial<IngestConfig> = {}): PreparedImport {
	const config = ingestConfig(overrides);
	const problems = new ProblemList(config.problemCap);
	const parsed = files.map((f) => readSourceFile(f.name, f.bytes));
	const { tables, sources } = stageDemoExports(parsed, config, problems);
	return { tables, sources, problems };
}
