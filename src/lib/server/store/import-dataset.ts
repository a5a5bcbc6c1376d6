/**
 * importDataset: uploaded exports -> a new immutable dataset version, made current.
 *
 * Nothing is written unless validation passes. The version is built in
 * versions/.tmp-<random>, fsynced, renamed into place, and only then does the current
 * pointer move (one SQLite transaction, with the audit entry). A killed import leaves a
 * .tmp-* directory or an unregistered version directory; cleanupIncompleteImports removes
 * both at the next start, so the previous version stays current and byte-identical.
 */
import { mkdir, mkdtemp, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { NodeConnector } from '$lib/engine/node';
import type { IngestConfig } from '../ingest/config';
import { ingestConfig } from '../ingest/config';
import { loadCanonicalTables } from '../ingest/load';
import { prepareUpload, type PrepareOptions, type PreparedImport, type UploadedFile } from '../ingest/prepare';
import type { ImportProblem } from '../ingest/problems';
import { stagedFromVersion } from './carry-over';
import { fsyncDir, writeFileDurable } from './durable-fs';
import { importMutex } from './import-mutex';
import type { DatasetManifest } from './manifest';
import { saveMappings, savedMappingFor } from './mapping-store';
import { contentHash, countRows, writeParquetTables } from './parquet-writer';
import { MANIFEST, TMP_PREFIX, WARNINGS, makeVersionId, versionsDir } from './paths';
import { storeDatabase } from './store-db';
import { registerVersion } from './version-registry';
import { writePointerMirror } from './pointer-mirror';
import { getCurrentVersionId } from './versions';

export type ImportFile = { name: string; bytes: Uint8Array | string } | { name: string; path: string };

export interface ImportRequest {
	files: readonly ImportFile[];
	dataDir: string;
	/** User id, or "system:demo". */
	createdBy: string;
	clock?: () => Date;
	/** URiM set, instruments, as-of date and institution when the upload does not say. */
	config?: Partial<IngestConfig>;
	/** The user's confirmed shapes and column mappings, by file name. */
	choices?: PrepareOptions['choices'];
	/** Import despite warnings (errors always block). Default true for scripted imports. */
	acceptWarnings?: boolean;
	/** A coordinator's programs: the upload replaces only their rows (ingest/program-scope.ts). */
	programScope?: readonly string[] | null;
	/** Request address, for the audit log. */
	ip?: string | null;
	/** Test hook: called between the steps, so the crash test can die at each of them. */
	onStep?: (step: ImportStep) => void | Promise<void>;
}

export type ImportStep = 'prepared' | 'tmp-created' | 'parquet-written' | 'manifest-written' | 'renamed' | 'registered';

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

/** Parse, map, combine with the current version and validate; writes nothing. */
export async function prepareDatasetImport(request: Omit<ImportRequest, 'clock' | 'onStep'>): Promise<PreparedImport> {
	const currentId = await getCurrentVersionId(request.dataDir);
	const current = currentId ? await stagedFromVersion(request.dataDir, currentId) : null;
	const db = storeDatabase(request.dataDir);
	return prepareUpload(await readUpload(request.files), request.config, {
		choices: request.choices,
		savedMapping: (file) => savedMappingFor(db, file),
		current,
		scope: request.programScope ?? null
	});
}

function failure(prepared: PreparedImport): ImportResult {
	const { problems } = prepared;
	return { problems: problems.sorted(), omittedProblems: problems.omitted, errorCount: problems.errorCount, warningCount: problems.warningCount };
}

/** The import itself, for callers already holding importMutex (ensureDemoDataset). */
export async function importDatasetLocked(request: ImportRequest): Promise<ImportResult> {
	const clock = request.clock ?? (() => new Date());
	const step = request.onStep ?? (() => undefined);
	const config = ingestConfig(request.config);
	const prepared = await prepareDatasetImport(request);
	const { problems } = prepared;
	if (problems.hasErrors) return failure(prepared);
	if (problems.warningCount > 0 && request.acceptWarnings === false) {
		problems.error('(import settings)', null, null, null, `${problems.warningCount} warnings need to be accepted before importing`);
		return failure(prepared);
	}
	await step('prepared');

	const versions = versionsDir(request.dataDir);
	await mkdir(versions, { recursive: true });
	const tmp = await mkdtemp(join(versions, TMP_PREFIX));
	let published: string | null = null;
	try {
		await step('tmp-created');
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
		await step('parquet-written');

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
			warningCount: problems.warningCount,
			...(request.programScope ? { programs: [...request.programScope].sort() } : {})
		};
		await writeFileDurable(join(tmp, WARNINGS), JSON.stringify({ warnings, omitted: problems.omitted, carried: prepared.carried }, null, '\t'));
		await writeFileDurable(join(tmp, MANIFEST), JSON.stringify(manifest, null, '\t'));
		await fsyncDir(tmp);
		await step('manifest-written');
		published = join(versions, versionId);
		await rename(tmp, published);
		await fsyncDir(versions);
		await step('renamed');
		const store = storeDatabase(request.dataDir);
		const system = request.createdBy.startsWith('system:');
		registerVersion(store, manifest, {
			userId: system ? null : request.createdBy,
			action: 'dataset_imported',
			detail: {
				versionId,
				createdBy: request.createdBy,
				files: manifest.sources.map((s) => s.file),
				rowCounts,
				carried: prepared.carried,
				warnings: problems.warningCount,
				...(request.programScope ? { programs: [...request.programScope] } : {})
			},
			ip: request.ip ?? null
		});
		published = null;
		await writePointerMirror(request.dataDir, versionId);
		saveMappings(store, prepared.plans, request.createdBy);
		await step('registered');
		return { manifest, warnings };
	} catch (error) {
		// Not registered: the directory is no version yet, whichever step failed.
		await rm(tmp, { recursive: true, force: true });
		if (published) await rm(published, { recursive: true, force: true });
		throw error;
	}
}

/** Import and make current; imports in this process run one at a time. */
export function importDataset(request: ImportRequest): Promise<ImportResult> {
	return importMutex.run(() => importDatasetLocked(request));
}

export class ImportBusy extends Error {
	constructor() {
		super('another import is running; retry in a moment');
	}
}

/** For HTTP: start now or throw ImportBusy (answered as 409), never queue behind another upload. */
export function importDatasetNow(request: ImportRequest): Promise<ImportResult> {
	const running = importMutex.tryRun(() => importDatasetLocked(request));
	if (!running) return Promise.reject(new ImportBusy());
	return running;
}
