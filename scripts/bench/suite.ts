/**
 * The browser measurements on one running server (demo or large dataset): Overview cold
 * (median of N fresh contexts) and warm, each outcome view cold, warm and by client-side
 * switch, scripted filter changes, and memory with every view visited.
 */
import type { Browser } from '@playwright/test';
import { signIn, routeExists, type StorageState } from './browser.ts';
import { downloadDataset, type DatasetDownload } from './dataset-fetch.ts';
import { applyFilterStep, filterSteps, type FilterResult } from './filter-script.ts';
import { measureMemory, type MemoryFigures } from './memory.ts';
import { median, percentile } from './stats.ts';
import { OUTCOME_VIEWS, OVERVIEW, coldLoad, switchTo, warmLoad, type ColdLoad, type LoadTiming, type RouteSpec } from './views.ts';

export interface SuiteOptions {
	overviewRuns: number;
	interactions: number;
	/** Per page load; the large dataset takes a while on 2 busy cores. */
	loadTimeoutMs: number;
	filterTimeoutMs: number;
	log: (line: string) => void;
}

export interface RouteResult {
	path: string;
	name: string;
	built: boolean;
	cold?: ColdLoad;
	warm?: ColdLoad;
	/** Client-side navigation with the dataset already loaded: the view's queries + drawing. */
	switched?: LoadTiming;
	error?: string;
}

export interface SuiteResult {
	firstDownload: DatasetDownload;
	overviewCold: { runs: ColdLoad[]; medianFirstChartMs: number | null; medianAllDrawnMs: number | null; wasmFromCacheInLaterRuns: boolean };
	routes: RouteResult[];
	filters: { results: (FilterResult & { view: string })[]; p50Ms: number | null; p95Ms: number | null; timedOut: number; perView: Record<string, { p50Ms: number | null; p95Ms: number | null; n: number }> };
	memory: MemoryFigures | null;
}

export async function runSuite(browser: Browser, baseURL: string, options: SuiteOptions): Promise<SuiteResult> {
	const { log } = options;
	const state = await signIn(browser, baseURL);
	const firstDownload = await downloadDataset(baseURL, state);
	log(`  first /api/dataset download (server encodes + compresses): ${firstDownload.ms} ms, ${(firstDownload.wireBytes / 1e6).toFixed(2)} MB ${firstDownload.encoding} on the wire, ${(firstDownload.decodedBytes / 1e6).toFixed(2)} MB decoded`);

	const overviewCold = await overviewRuns(browser, baseURL, state, options);
	const built: RouteSpec[] = [];
	for (const route of [OVERVIEW, ...OUTCOME_VIEWS]) if (await routeExists(baseURL, route.path, state)) built.push(route);
	const routes: RouteResult[] = [];
	for (const route of [OVERVIEW, ...OUTCOME_VIEWS]) {
		// Switch away and back, so the timed switch mounts the view on a loaded dataset.
		const away = built.find((r) => r.path !== route.path) ?? null;
		routes.push(await routeFigures(browser, baseURL, state, route, built.includes(route), away, options));
	}

	const working = OUTCOME_VIEWS.filter((v) => routes.some((r) => r.path === v.path && r.built && !r.error));
	const { filters, memory } = await filtersAndMemory(browser, baseURL, state, working, options);
	return { firstDownload, overviewCold, routes, filters, memory };
}

async function overviewRuns(browser: Browser, baseURL: string, state: StorageState, options: SuiteOptions): Promise<SuiteResult['overviewCold']> {
	const runs: ColdLoad[] = [];
	for (let i = 0; i < options.overviewRuns; i++) {
		const { load, context } = await coldLoad(browser, baseURL, state, OVERVIEW, options.loadTimeoutMs);
		await context.close();
		runs.push(load);
		options.log(`  Overview cold run ${i + 1}: first chart ${load.firstChartMs} ms, all drawn ${load.allDrawnMs} ms (dataset in at ${load.datasetLoadedMs} ms)`);
	}
	const later = runs.slice(1);
	return {
		runs,
		medianFirstChartMs: median(runs.map((r) => r.firstChartMs ?? Infinity)),
		medianAllDrawnMs: median(runs.map((r) => r.allDrawnMs)),
		// A fresh context has an empty HTTP cache: the wasm must cross the wire every time.
		wasmFromCacheInLaterRuns: later.some((r) => r.transfer.wireBytes.wasm < (runs[0]?.transfer.wireBytes.wasm ?? 0) / 2)
	};
}

async function routeFigures(
	browser: Browser,
	baseURL: string,
	state: StorageState,
	route: RouteSpec,
	exists: boolean,
	away: RouteSpec | null,
	options: SuiteOptions
): Promise<RouteResult> {
	if (!exists) {
		options.log(`  ${route.name}: not built`);
		return { path: route.path, name: route.name, built: false };
	}
	const result: RouteResult = { path: route.path, name: route.name, built: true };
	try {
		const { load, context, page } = await coldLoad(browser, baseURL, state, route, options.loadTimeoutMs);
		result.cold = load;
		result.warm = await warmLoad(page, route, options.loadTimeoutMs);
		if (away) {
			await switchTo(page, away, options.loadTimeoutMs).catch(() => null);
			result.switched = await switchTo(page, route, options.loadTimeoutMs);
		}
		await context.close();
		options.log(
			`  ${route.name}: cold first chart ${load.firstChartMs} ms, all drawn ${load.allDrawnMs} ms; warm ${result.warm.allDrawnMs} ms; switch (dataset loaded) ${result.switched?.allDrawnMs ?? 'n/a'} ms`
		);
	} catch (error) {
		result.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
		options.log(`  ${route.name}: failed: ${result.error}`);
	}
	return result;
}

async function filtersAndMemory(browser: Browser, baseURL: string, state: StorageState, views: RouteSpec[], options: SuiteOptions) {
	const results: SuiteResult['filters']['results'] = [];
	let memory: MemoryFigures | null = null;
	const { context, page } = await coldLoad(browser, baseURL, state, OVERVIEW, options.loadTimeoutMs);
	try {
		if (views.length > 0) {
			// The interactions are spread over the built views in turn, one block per view.
			const steps = filterSteps(options.interactions);
			const perView = Math.ceil(steps.length / views.length);
			for (const [i, view] of views.entries()) {
				await switchTo(page, view, options.loadTimeoutMs);
				for (const step of steps.slice(i * perView, (i + 1) * perView)) {
					const r = await applyFilterStep(page, step, options.filterTimeoutMs);
					results.push({ ...r, view: view.name });
				}
				const times = results.filter((r) => r.view === view.name && r.ms !== null).map((r) => r.ms!);
				options.log(`  ${view.name}: ${times.length} filter changes, p50 ${percentile(times, 50)} ms, p95 ${percentile(times, 95)} ms`);
			}
		} else options.log('  filter changes: no outcome view built yet');
		memory = await measureMemory(page);
	} finally {
		await context.close();
	}
	const times = results.filter((r) => r.ms !== null).map((r) => r.ms!);
	const perView: SuiteResult['filters']['perView'] = {};
	for (const view of views) {
		const t = results.filter((r) => r.view === view.name && r.ms !== null).map((r) => r.ms!);
		perView[view.name] = { p50Ms: percentile(t, 50), p95Ms: percentile(t, 95), n: t.length };
	}
	return {
		filters: { results, p50Ms: percentile(times, 50), p95Ms: percentile(times, 95), timedOut: results.length - times.length, perView },
		memory
	};
}
