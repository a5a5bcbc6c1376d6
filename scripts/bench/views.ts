/**
 * Page loads: the Overview and each outcome view, timed from navigation start to the first
 * chart and to all charts drawn (page-probe.ts).
 * - cold: a fresh browser context (empty HTTP cache: JS, wasm and dataset all fetched);
 * - warm: the same context, navigated again (JS and wasm from the HTTP cache; the dataset is
 *   fetched again, since /api/dataset is Cache-Control: no-store, but the server has it
 *   encoded and compressed already);
 * - switch: a client-side navigation inside the app with the dataset already in DuckDB:
 *   what remains is the view's own queries and drawing (the per-view query time).
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { freshContext, waitForMark, type StorageState } from './browser.ts';
import type { ProbeMarks } from './page-probe.ts';
import { countTransfers, type TransferTally } from './transfer.ts';

export interface RouteSpec {
	path: string;
	name: string;
	/** Which probe mark means "all drawn" for this page. */
	done: 'overviewDrawn' | 'viewReady';
}

export const OVERVIEW: RouteSpec = { path: '/', name: 'Overview', done: 'overviewDrawn' };
export const OUTCOME_VIEWS: RouteSpec[] = [
	{ path: '/retention', name: 'Retention', done: 'viewReady' },
	{ path: '/wellbeing', name: 'Well-being', done: 'viewReady' },
	{ path: '/diversity', name: 'Diversity', done: 'viewReady' },
	{ path: '/interprofessional', name: 'Interprofessional', done: 'viewReady' }
];

export interface LoadTiming {
	firstChartMs: number | null;
	allDrawnMs: number;
	/** responseEnd of /api/dataset in the page's resource timing (0 = navigation start). */
	datasetLoadedMs: number | null;
}

export interface ColdLoad extends LoadTiming {
	transfer: TransferTally;
}

function timing(m: ProbeMarks, route: RouteSpec, datasetLoadedMs: number | null): LoadTiming {
	return { firstChartMs: round(m.firstChart), allDrawnMs: round(m[route.done]) ?? -1, datasetLoadedMs: round(datasetLoadedMs) };
}

const round = (v: number | null) => (v === null ? null : Math.round(v));

async function datasetResponseEnd(page: Page): Promise<number | null> {
	return page.evaluate(() => {
		const entry = performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname === '/api/dataset') as PerformanceResourceTiming | undefined;
		return entry ? entry.responseEnd : null;
	});
}

export async function loadRoute(page: Page, route: RouteSpec, timeoutMs: number): Promise<LoadTiming> {
	// An uncaught error in the app is the usual reason a page never draws: name it.
	const errors: string[] = [];
	const onError = (error: Error) => errors.push(error.message);
	page.on('pageerror', onError);
	try {
		await page.goto(route.path, { waitUntil: 'commit' });
		const m = await waitForMark(page, route.done, timeoutMs);
		return timing(m, route, await datasetResponseEnd(page));
	} catch (error) {
		const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
		throw new Error(`${route.name} did not finish drawing: ${message}${errors.length ? `; page errors: ${errors.join(' | ')}` : ''}`);
	} finally {
		page.off('pageerror', onError);
	}
}

/** Navigating again in the same context: what the HTTP cache saves. */
export async function warmLoad(page: Page, route: RouteSpec, timeoutMs: number): Promise<ColdLoad> {
	const transfers = countTransfers(page.context());
	const load = await loadRoute(page, route, timeoutMs);
	return { ...load, transfer: await transfers.done() };
}

/** A cold load in a new context; the context stays open for warm loads and is returned. */
export async function coldLoad(browser: Browser, baseURL: string, state: StorageState, route: RouteSpec, timeoutMs: number): Promise<{ load: ColdLoad; context: BrowserContext; page: Page }> {
	const context = await freshContext(browser, baseURL, state);
	const transfers = countTransfers(context);
	const page = await context.newPage();
	const load = await loadRoute(page, route, timeoutMs);
	return { load: { ...load, transfer: await transfers.done() }, context, page };
}

/** Client-side navigation via the header's nav link (SvelteKit router; dataset stays loaded). */
export async function switchTo(page: Page, route: RouteSpec, timeoutMs: number): Promise<LoadTiming> {
	const link = page.locator(`nav[aria-label="Views"] a[href^="${route.path}"]`).first();
	await page.evaluate(() => window.__bench.start());
	await link.click();
	const m = await waitForMark(page, route.done, timeoutMs);
	return timing(m, route, null);
}
