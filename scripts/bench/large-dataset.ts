/**
 * The large benchmark dataset: the demo generator at a larger size, imported through the
 * real ingest path (parse, map, validate, load, score: prepareUpload + loadCanonicalTables)
 * with only the upload size limits lifted (the generated meeting log is ~70 MB against a
 * 25 MB per-file limit), then scaled up in DuckDB (scale-sql.ts) and written as a dataset
 * version with the store's own Parquet writer. The finished version is kept under
 * bench-data/datasets/ and reused while its parameters match.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NodeConnector } from '../../src/lib/engine/node.ts';
import { ingestConfig } from '../../src/lib/server/ingest/config.ts';
import { UPLOAD_LIMITS } from '../../src/lib/server/ingest/limits.ts';
import { loadCanonicalTables } from '../../src/lib/server/ingest/load.ts';
import { prepareUpload } from '../../src/lib/server/ingest/prepare.ts';
import { DEMO_DATASET_INFO } from '../../src/lib/server/store/demo-dataset.ts';
import type { DatasetManifest } from '../../src/lib/server/store/manifest.ts';
import { contentHash, countRows, writeParquetTables } from '../../src/lib/server/store/parquet-writer.ts';
import { CURRENT_POINTER, MANIFEST, makeVersionId, versionDir } from '../../src/lib/server/store/paths.ts';
import { closeStoreDatabase, storeDatabase } from '../../src/lib/server/store/store-db.ts';
import { registerVersion } from '../../src/lib/server/store/version-registry.ts';
import { generateDemo } from '../generate/generate.ts';
import { DEFAULT_SEED } from '../generate/options.ts';
import { scaleMeetings, scaleSurveys } from './scale-sql.ts';
import { BENCH_DATA } from './server.ts';
import { elapsedMs } from './stats.ts';

/** The generator writes 1.29 people (trainees plus faculty mentors) per trainee asked for. */
const PEOPLE_PER_TRAINEE = 1.29;

export interface LargeDatasetTarget {
	people: number;
	meetings: number;
	responses: number;
}

export interface BuiltDataset {
	versionId: string;
	/** The finished version directory (Parquet files + manifest.json). */
	dir: string;
	rowCounts: Record<string, number>;
	parquetBytes: number;
	reused: boolean;
	/** Milliseconds per step; empty when reused. */
	steps: Record<string, number>;
	method: string;
}

const METHOD =
	'generator (scripts/generate) -> prepareUpload with size limits lifted -> loadCanonicalTables -> ' +
	'scaled in DuckDB (scripts/bench/scale-sql.ts) -> writeParquetTables -> manifest';

export async function buildLargeDataset(target: LargeDatasetTarget, log: (line: string) => void): Promise<BuiltDataset> {
	const home = join(BENCH_DATA, 'datasets', `large-${target.people}-${target.meetings}-${target.responses}`);
	const done = join(home, 'version.json');
	if (existsSync(done)) {
		const built = JSON.parse(readFileSync(done, 'utf8')) as BuiltDataset;
		if (existsSync(join(built.dir, MANIFEST))) return { ...built, reused: true, steps: {} };
	}
	rmSync(home, { recursive: true, force: true });
	mkdirSync(home, { recursive: true });
	const steps: Record<string, number> = {};
	const trainees = Math.round(target.people / PEOPLE_PER_TRAINEE);

	let t0 = performance.now();
	const exportsDir = join(home, 'exports');
	generateDemo({ seed: DEFAULT_SEED, trainees, outDir: exportsDir });
	steps.generate = elapsedMs(t0);
	log(`  generated exports for ${trainees.toLocaleString('en-US')} trainees in ${steps.generate} ms`);

	t0 = performance.now();
	const files = readdirSync(exportsDir)
		.filter((n) => n.endsWith('.csv'))
		.sort()
		.map((name) => ({ name, bytes: readFileSync(join(exportsDir, name)) }));
	const limits = { ...UPLOAD_LIMITS, maxFileBytes: Infinity, maxRequestBytes: Infinity, maxRows: Infinity };
	const prepared = await prepareUpload(files, { ...DEMO_DATASET_INFO }, { limits });
	if (prepared.problems.hasErrors) {
		const first = prepared.problems.sorted().slice(0, 5).map((p) => `${p.file}: ${p.message}`);
		throw new Error(`the generated exports did not validate:\n${first.join('\n')}`);
	}
	steps.parseAndValidate = elapsedMs(t0);
	log(`  parsed and validated in ${steps.parseAndValidate} ms`);

	const db = await NodeConnector.open();
	try {
		t0 = performance.now();
		await loadCanonicalTables(db, prepared.tables, ingestConfig().instruments);
		steps.loadIntoDuckdb = elapsedMs(t0);
		log(`  loaded into DuckDB in ${steps.loadIntoDuckdb} ms`);

		t0 = performance.now();
		const meetings = await scaleMeetings(db, target.meetings);
		const surveys = await scaleSurveys(db, target.responses);
		steps.scaleUp = elapsedMs(t0);
		log(`  scaled to ${meetings.toLocaleString('en-US')} meetings, ${surveys.responses.toLocaleString('en-US')} responses in ${surveys.waves} waves in ${steps.scaleUp} ms`);

		t0 = performance.now();
		const staging = join(home, 'staging');
		mkdirSync(staging, { recursive: true });
		await writeParquetTables(db, staging);
		const rowCounts = await countRows(db);
		const hash = await contentHash(staging);
		steps.writeParquet = elapsedMs(t0);
		const createdAt = new Date();
		const versionId = makeVersionId(createdAt, hash);
		const manifest: DatasetManifest = {
			versionId,
			createdAt: createdAt.toISOString(),
			createdBy: 'system:bench',
			sources: [],
			rowCounts,
			contentHash: hash,
			asOf: DEMO_DATASET_INFO.asOf,
			institution: DEMO_DATASET_INFO.institution
		};
		writeFileSync(join(staging, MANIFEST), JSON.stringify(manifest, null, '\t'));
		const dir = join(home, versionId);
		cpSync(staging, dir, { recursive: true });
		rmSync(staging, { recursive: true, force: true });
		rmSync(exportsDir, { recursive: true, force: true });
		log(`  wrote Parquet version ${versionId} in ${steps.writeParquet} ms`);
		const parquetBytes = readdirSync(dir).filter((n) => n.endsWith('.parquet')).reduce((s, n) => s + readFileSync(join(dir, n)).byteLength, 0);
		const built: BuiltDataset = { versionId, dir, rowCounts, parquetBytes, reused: false, steps, method: METHOD };
		writeFileSync(done, JSON.stringify(built, null, '\t'));
		return built;
	} finally {
		db.close();
	}
}

/**
 * A fresh data directory whose current version is `built`: the version directory copied in
 * and registered the way an import registers it (version-registry.ts); current.json is
 * written too, for readers of the older file pointer (tests/e2e read it).
 */
export function freshDataDir(built: BuiltDataset, dataDir: string): void {
	rmSync(dataDir, { recursive: true, force: true });
	cpSync(built.dir, versionDir(dataDir, built.versionId), { recursive: true });
	const manifest = JSON.parse(readFileSync(join(built.dir, MANIFEST), 'utf8')) as DatasetManifest;
	registerVersion(storeDatabase(dataDir), manifest);
	closeStoreDatabase(dataDir);
	writeFileSync(join(dataDir, CURRENT_POINTER), JSON.stringify({ versionId: built.versionId }));
}
