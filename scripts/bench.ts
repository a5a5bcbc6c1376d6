/**
 * `npm run bench`: performance figures of the production build in headless Chromium.
 * Not a test: nothing is asserted; it prints a report and writes it as JSON to
 * bench-data/results/<timestamp>.json (bench-data/ is gitignored). Options: bench/options.ts.
 *
 * 1. Foundation (issue 2), on the bundled demo: cold start of the server on a fresh data
 *    directory (includes the demo import), Overview load time (median of fresh contexts),
 *    bytes transferred by kind.
 * 2. Scale (issue 3), unless --quick: a large dataset (100,000 people, ~2 M meetings, ~1 M
 *    survey responses by default), then first chart / all drawn, cold and warm, for the
 *    Overview and every outcome view that exists, filter-change latency, and memory.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './bench/browser.ts';
import { buildLargeDataset, freshDataDir } from './bench/large-dataset.ts';
import { benchOptions } from './bench/options.ts';
import { GOALS, goalTable, mb, writeResults, type GoalRow } from './bench/report.ts';
import { BENCH_DATA, REPO, snapshotBuild, startServer } from './bench/server.ts';
import { elapsedMs } from './bench/stats.ts';
import { runSuite, type SuiteOptions, type SuiteResult } from './bench/suite.ts';

const options = benchOptions(process.argv.slice(2));
const log = (line: string) => console.log(line);
const started = performance.now();
const runId = new Date().toISOString().replace(/[:.]/g, '-');
const runDir = join(BENCH_DATA, 'runs', runId);
mkdirSync(runDir, { recursive: true });
const result: Record<string, unknown> = { startedAt: new Date().toISOString(), options, machine: { cpus: cpus().length, loadAverageAtStart: loadavg() } };

if (options.build) {
	log('building (npm run build)…');
	const t0 = performance.now();
	const build = spawnSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'inherit' });
	if (build.status !== 0) throw new Error('npm run build failed');
	result.buildMs = elapsedMs(t0);
}
const { entry, builtAt } = snapshotBuild();
result.build = { builtAt };
log(`production build from ${builtAt} (snapshot in bench-data/app)`);

const browser = await launchChromium();
const rows: GoalRow[] = [];
try {
	log('\n== Foundation: bundled demo ==');
	const demoDir = join(runDir, 'demo');
	const demoServer = await startServer(entry, demoDir, options.port);
	log(`  cold start on a fresh DATA_DIR (demo import included): listening after ${demoServer.listenMs} ms, /login 200 after ${demoServer.loginMs} ms (init ${demoServer.initMs} ms)`);
	const suiteOptions: SuiteOptions = { overviewRuns: options.runs, interactions: options.interactions, loadTimeoutMs: 120_000, filterTimeoutMs: 30_000, log };
	let demo: SuiteResult;
	try {
		demo = await runSuite(browser, demoServer.url, suiteOptions);
	} finally {
		await demoServer.stop();
	}
	result.demo = { coldStart: { listenMs: demoServer.listenMs, loginMs: demoServer.loginMs, initMs: demoServer.initMs }, ...demo };
	printTransfer(demo);
	rows.push({ figure: 'demo: server cold start to /login 200 (incl. import)', value: demoServer.loginMs, unit: 'ms', goal: null });
	rows.push(...suiteRows('demo', demo));

	if (!options.quick) {
		log(`\n== Scale: ${options.people.toLocaleString('en-US')} people, ~${options.meetings.toLocaleString('en-US')} meetings, ~${options.responses.toLocaleString('en-US')} survey responses ==`);
		let t0 = performance.now();
		const built = await buildLargeDataset({ people: options.people, meetings: options.meetings, responses: options.responses }, log);
		const buildMs = elapsedMs(t0);
		log(`  dataset ${built.versionId}: ${built.reused ? 'reused from bench-data/datasets' : `built in ${buildMs} ms`}; ${(built.parquetBytes / 1e6).toFixed(1)} MB Parquet; rows ${JSON.stringify(built.rowCounts)}`);
		const largeDir = join(runDir, 'large');
		t0 = performance.now();
		freshDataDir(built, largeDir);
		const installMs = elapsedMs(t0);
		const server = await startServer(entry, largeDir, options.port + 1);
		const imported = server.log.find((l) => l.startsWith('Dataset '));
		log(`  server start on it: /login 200 after ${server.loginMs} ms (${imported ?? 'no dataset line'})`);
		if (imported && !imported.includes(built.versionId)) throw new Error(`the server serves another version than the benchmark's: ${imported}`);
		let large: SuiteResult;
		try {
			large = await runSuite(browser, server.url, { ...suiteOptions, overviewRuns: Math.min(options.runs, 3), loadTimeoutMs: 600_000 });
		} finally {
			await server.stop();
		}
		result.large = { dataset: { ...built, buildMs, installMs }, serverStart: { listenMs: server.listenMs, loginMs: server.loginMs }, ...large };
		printTransfer(large);
		rows.push({ figure: 'large: dataset build (generate+import+scale+Parquet)', value: built.reused ? null : buildMs, unit: 'ms', goal: null });
		rows.push({ figure: 'large: first /api/dataset (encode + brotli)', value: large.firstDownload.ms, unit: 'ms', goal: null });
		rows.push(...suiteRows('large', large));
	}
} finally {
	await browser.close();
}

result.rows = rows;
result.totalMs = elapsedMs(started);
result.loadAverageAtEnd = loadavg();
log(`\n${goalTable(rows)}`);
log(`\nload average ${loadavg().map((v) => v.toFixed(1)).join(' ')} on ${cpus().length} cores; whole run ${(elapsedMs(started) / 1000).toFixed(0)} s`);
log(`written ${writeResults(result)}`);

function suiteRows(label: string, s: SuiteResult): GoalRow[] {
	const out: GoalRow[] = [
		{ figure: `${label}: Overview first chart, cold (median of ${s.overviewCold.runs.length})`, value: s.overviewCold.medianFirstChartMs, unit: 'ms', goal: GOALS.firstChartMs },
		{ figure: `${label}: Overview all drawn, cold (median of ${s.overviewCold.runs.length})`, value: s.overviewCold.medianAllDrawnMs, unit: 'ms', goal: GOALS.allViewsColdMs }
	];
	for (const r of s.routes) {
		if (!r.built || r.error || !r.cold) {
			out.push({ figure: `${label}: ${r.name} ${r.built ? `failed (${r.error})` : 'not built'}`, value: null, unit: 'ms', goal: null });
			continue;
		}
		if (r.path !== '/') out.push({ figure: `${label}: ${r.name} first chart, cold`, value: r.cold.firstChartMs, unit: 'ms', goal: GOALS.firstChartMs });
		if (r.path !== '/') out.push({ figure: `${label}: ${r.name} all drawn, cold`, value: r.cold.allDrawnMs, unit: 'ms', goal: GOALS.allViewsColdMs });
		out.push({ figure: `${label}: ${r.name} all drawn, warm (reload)`, value: r.warm?.allDrawnMs ?? null, unit: 'ms', goal: null });
		out.push({ figure: `${label}: ${r.name} all drawn, in-app switch`, value: r.switched?.allDrawnMs ?? null, unit: 'ms', goal: null });
	}
	const n = s.filters.results.length;
	out.push({ figure: `${label}: filter → redrawn p50 (${n} changes)`, value: s.filters.p50Ms, unit: 'ms', goal: null });
	out.push({ figure: `${label}: filter → redrawn p95 (${n} changes${s.filters.timedOut ? `, ${s.filters.timedOut} timed out` : ''})`, value: s.filters.p95Ms, unit: 'ms', goal: GOALS.filterP95Ms });
	out.push({ figure: `${label}: renderer RSS (page + worker + wasm)`, value: mb(s.memory?.rendererRss ?? null), unit: 'MB', goal: GOALS.memoryMB });
	out.push({ figure: `${label}: page JS heap used`, value: mb(s.memory?.pageJsHeapUsed ?? null), unit: 'MB', goal: null });
	out.push({ figure: `${label}: DuckDB worker JS heap used`, value: mb(s.memory?.workerJsHeapUsed ?? null), unit: 'MB', goal: null });
	out.push({ figure: `${label}: DuckDB wasm linear memory (not measurable, in RSS)`, value: mb(s.memory?.wasmMemory ?? null), unit: 'MB', goal: null });
	return out;
}

function printTransfer(s: SuiteResult) {
	const first = s.overviewCold.runs[0];
	if (!first) return;
	const t = first.transfer;
	const parts = Object.entries(t.wireBytes).map(([k, v]) => `${k} ${(v / 1e6).toFixed(2)} MB (${t.requests[k as keyof typeof t.requests]} req)`);
	log(`  bytes on the wire, cold Overview: ${parts.join(', ')}; dataset decoded ${(s.firstDownload.decodedBytes / 1e6).toFixed(2)} MB`);
	log(`  wasm re-fetched in every fresh context: ${s.overviewCold.wasmFromCacheInLaterRuns ? 'NO (served from cache)' : 'yes'}; requests off localhost: ${t.offsite.length}`);
	const warm = s.routes.find((r) => r.path === '/')?.warm?.transfer;
	if (warm) {
		const wire = Object.values(warm.wireBytes).reduce((a, b) => a + b, 0);
		log(`  warm reload in the same context: ${(wire / 1e6).toFixed(2)} MB on the wire (dataset ${(warm.wireBytes.dataset / 1e6).toFixed(2)} MB, wasm ${(warm.wireBytes.wasm / 1e6).toFixed(2)} MB); from the HTTP cache: ${warm.fromCache.length} requests`);
	}
	for (const note of s.memory?.notes ?? []) log(`  memory: ${note}`);
}
