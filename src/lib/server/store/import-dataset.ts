/**
 * importDataset: uploaded exports -> a new immutable dataset version, made current.
 *
 * Nothing is written unless validation passes. The version is built in
 * versions/.tmp-<random>, fsynced, renamed into place, and only then does the current
 * pointer move (atomic replace), so a reader never sees a half-written version and a killed
 * import leaves only a .tmp-* directory for cleanupIncompleteImports.
 */
import { mkdir, mkdtemp, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { NodeConnector } from '$lib/engine/node';
import type { IngestConfig } from '../ingest/config';
import { ingestConfig } from '../ingest/config';
import { loadCanonicalTables } from '../ingest/load';
import { prepareImport, type UploadedFile } from '../ingest/prepare';
import type { ImportProblem } from '../ingest/problems';
import { fsyncDir, replaceFileAtomic, writeFileDurable } from './durable-fs';
import { importMutex } from './import-mutex';
import type { DatasetManifest } from './manifest';
import { contentHash, countRows, writeParquetTables } from './parquet-writer';
import { MANIFEST, TMP_PREFIX, WARNINGS, currentPointerPath, makeVersionId, versionsDir } from './paths';

export type ImportFile = { name: string; bytes: Uint8Array | string } | { name: string; path: string };

export interface ImportRequest {
	files: readonly ImportFile[];
	dataDir: string;
	/** User id, or "system:demo". */
	createdBy: string;
	clock?: () => Date;
	/** URiM set, instruments, as-of date and institution when the upload does not say. */
	config?: Partial<IngestConfig>;
}

export type ImportResult =
	| { manifest: DatasetManifest; warnings: ImportProblem[] }
	| { problems: ImportProblem[]; omittedProblems: number; errorCount: number; warningCount: number };

async function readUpload(files: readonly ImportFile[]): Promise<UploadedFile[]> {
	return Promise.all(
		files.map(async (f) => ('path' in f ? { name: f.name || basename(f.path), bytes: await readFile(f.path) } : f))
	);
}

async function exists(path: string): Promise<boolean> {
	return stat(path).then(
		() => true,
		() => false
	);
}

/** A fresh id; a second import of the same data in the same second gets a -2 suffix. */
async function freeVersionId(dataDir: string, createdAt: Date, hash: string): Promise<string> {
	const base = makeVersionId(createdAt, hash);
	let id = base;
	for (let n = 2; await exists(join(versionsDir(dataDir), id)); n++) id = `${base}-${n}`;
	return id;
}

/** The import itself, for callers already holding importMutex (ensureDemoDataset). */
export async function importDatasetLocked(request: ImportRequest): Promise<ImportResult> {
	const clock = request.clock ?? (() => new Date());
	const config = ingestConfig(request.config);
	const prepared = prepareImport(await readUpload(request.files), config);
	const { problems } = prepared;
	if (problems.hasErrors) {
		return { problems: problems.sorted(), omittedProblems: problems.omitted, errorCount: problems.errorCount, warningCount: problems.warningCount };
	}

	const versions = versionsDir(request.dataDir);
	await mkdir(versions, { recursive: true });
	const tmp = await mkdtemp(join(versions, TMP_PREFIX));
	try {
		const db = await NodeConnector.open();
		let rowCounts: DatasetManifest['rowCounts'];
		let info: { as_of: string; institution: string } | undefined;
		try {
			await loadCanonicalTables(db, prepared.tables, config.instruments);
			await writeParquetTables(db, tmp);
			rowCounts = await countRows(db);
			[info] = await db.query<{ as_of: string; institution: string }>('SELECT as_of, institution FROM dataset_info LIMIT 1');
		} finally {
			db.close();
		}

		const hash = await contentHash(tmp);
		const createdAt = clock();
		const versionId = await freeVersionId(request.dataDir, createdAt, hash);
		const warnings = problems.sorted();
		const manifest: DatasetManifest = {
			versionId,
			createdAt: createdAt.toISOString(),
			createdBy: request.createdBy,
			sources: prepared.sources.map((s) => ({ file: s.file, format: s.format, rows: s.rows, shape: s.shape })),
			rowCounts,
			contentHash: hash,
			asOf: info?.as_of ?? '',
			institution: info?.institution ?? '',
			warningCount: problems.warningCount
		};
		await writeFileDurable(join(tmp, WARNINGS), JSON.stringify({ warnings, omitted: problems.omitted }, null, '\t'));
		await writeFileDurable(join(tmp, MANIFEST), JSON.stringify(manifest, null, '\t'));
		await fsyncDir(tmp);
		await rename(tmp, join(versions, versionId));
		await fsyncDir(versions);
		await replaceFileAtomic(currentPointerPath(request.dataDir), JSON.stringify({ versionId }));
		return { manifest, warnings };
	} catch (error) {
		await rm(tmp, { recursive: true, force: true });
		throw error;
	}
}

/** Import and make current; imports in this process run one at a time. */
export function importDataset(request: ImportRequest): Promise<ImportResult> {
	return importMutex.run(() => importDatasetLocked(request));
}
