/**
 * Crash test for the dataset store: import the demo-mini exports in a child process and
 * kill it (SIGKILL, no clean-up) at random moments or at each step of importDataset; then,
 * as the server does at start-up, run cleanupIncompleteImports and check that
 *   - the current version is the previous one with its content hash unchanged, or the new
 *     version, complete (every Parquet file present, hash matching its manifest);
 *   - no `.tmp-*` directory or unregistered version directory remains.
 *
 * Usage: npx tsx scripts/crash-import.ts [runs=60]        (exits 1 on the first violation)
 *        npx tsx scripts/crash-import.ts child <dataDir> <step|->   (internal)
 * Takes ~2–3 s per run (child start-up dominates).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { TABLE_NAMES } from '../src/lib/schema/tables';
import { importDataset, type ImportStep } from '../src/lib/server/store/import-dataset';
import { parquetPath } from '../src/lib/server/store/paths';
import { closeStoreDatabase } from '../src/lib/server/store/store-db';
import { cleanupIncompleteImports, getCurrentManifest, listVersions } from '../src/lib/server/store/versions';

const FIXTURE = resolve('tests/fixtures/demo-mini');
const SETTINGS = { asOf: '2026-11-01', institution: 'Northbridge University Health Sciences' };
const STEPS: ImportStep[] = ['prepared', 'tmp-created', 'parquet-written', 'manifest-written', 'renamed', 'registered'];

function miniFiles(variant: number) {
	return readdirSync(FIXTURE)
		.filter((n) => n.endsWith('.csv'))
		.sort()
		.map((name) => {
			let text = readFileSync(join(FIXTURE, name), 'utf8');
			// Each run changes one meeting's duration so every import is a genuinely new version.
			if (name === 'meetings.csv') text = text.replace('MT0001,P0001,2025-09-05,Completed,45', `MT0001,P0001,2025-09-05,Completed,${10 + (variant % 170)}`);
			return { name, bytes: text };
		});
}

async function child(dataDir: string, killAt: string, variant: number): Promise<void> {
	await importDataset({
		files: miniFiles(variant),
		dataDir,
		createdBy: 'user:crash',
		config: SETTINGS,
		onStep: (step) => {
			if (step === killAt) process.kill(process.pid, 'SIGKILL');
		}
	});
	process.stdout.write('done\n');
}

function hashOnDisk(dataDir: string, versionId: string): string {
	const hash = createHash('sha256');
	for (const t of TABLE_NAMES) hash.update(readFileSync(parquetPath(dataDir, versionId, t)));
	return hash.digest('hex');
}

function runChild(dataDir: string, killAt: string, variant: number, killAfterMs: number | null): Promise<{ code: number | null; signal: string | null }> {
	return new Promise((done) => {
		const proc = spawn(process.execPath, ['--import', 'tsx', 'scripts/crash-import.ts', 'child', dataDir, killAt, String(variant)], { stdio: 'ignore' });
		const timer = killAfterMs === null ? null : setTimeout(() => proc.kill('SIGKILL'), killAfterMs);
		proc.on('exit', (code, signal) => {
			if (timer) clearTimeout(timer);
			done({ code, signal });
		});
	});
}

export interface CrashReport {
	runs: number;
	killed: number;
	completed: number;
	violations: string[];
	seconds: number;
}

export async function crashTest(runs: number, log: (line: string) => void = console.log): Promise<CrashReport> {
	const started = performance.now();
	const dataDir = mkdtempSync(join(tmpdir(), 'preceptor-crash-'));
	const violations: string[] = [];
	let killed = 0;
	let completed = 0;
	try {
		const first = await runChild(dataDir, '-', 0, null);
		if (first.code !== 0) throw new Error('the first import must complete');
		for (let run = 1; run <= runs; run++) {
			const before = (await getCurrentManifest(dataDir))!;
			// Half the runs die at a named step (each step in turn), half at a random moment.
			const atStep = run % 2 === 0;
			const killAt = atStep ? STEPS[(run / 2) % STEPS.length]! : '-';
			const exit = await runChild(dataDir, killAt, run, atStep ? null : 600 + Math.floor(Math.random() * 3400));
			closeStoreDatabase(dataDir);
			if (exit.signal) killed++;
			else completed++;
			await cleanupIncompleteImports(dataDir);
			const after = (await getCurrentManifest(dataDir))!;
			const problem = (message: string) => violations.push(`run ${run} (${atStep ? `step ${killAt}` : 'timer'}): ${message}`);
			if (after.versionId === before.versionId) {
				if (hashOnDisk(dataDir, before.versionId) !== before.contentHash) problem('previous version changed on disk');
			} else {
				for (const t of TABLE_NAMES) if (!existsSync(parquetPath(dataDir, after.versionId, t))) problem(`new version lacks ${t}.parquet`);
				if (violations.length === 0 && hashOnDisk(dataDir, after.versionId) !== after.contentHash) problem('new version hash differs from its manifest');
			}
			const dirs = readdirSync(join(dataDir, 'versions'));
			const stray = dirs.filter((d) => d.startsWith('.tmp-'));
			if (stray.length) problem(`temporary directories remain: ${stray.join(', ')}`);
			const registered = (await listVersions(dataDir)).map((v) => v.versionId).sort();
			if (JSON.stringify(dirs.filter((d) => !d.startsWith('.')).sort()) !== JSON.stringify(registered)) problem('a version directory is not registered');
			log(`run ${run}: ${exit.signal ? `killed (${atStep ? killAt : 'timer'})` : 'completed'} -> current ${after.versionId === before.versionId ? 'unchanged' : 'new'}`);
		}
	} finally {
		closeStoreDatabase(dataDir);
		rmSync(dataDir, { recursive: true, force: true });
	}
	return { runs, killed, completed, violations, seconds: (performance.now() - started) / 1000 };
}

const [mode, ...args] = process.argv.slice(2);
if (mode === 'child') {
	await child(args[0]!, args[1]!, Number(args[2] ?? 0));
} else if (process.argv[1]?.endsWith('crash-import.ts')) {
	const report = await crashTest(Number(mode ?? 60));
	console.log(`${report.runs} runs: ${report.killed} killed, ${report.completed} completed, ${report.violations.length} violations, ${report.seconds.toFixed(1)} s`);
	for (const v of report.violations) console.log(`VIOLATION ${v}`);
	process.exit(report.violations.length ? 1 : 0);
}
