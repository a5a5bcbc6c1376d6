/**
 * Headless Debian Chromium driven by Playwright, launched with the same flags as the e2e
 * suite (playwright.config.ts). Each cold measurement uses a fresh browser context: its own
 * cookie jar and HTTP cache, so JS, wasm and the dataset are fetched again.
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { installProbe, type ProbeMarks } from './page-probe.ts';
import { ADMIN } from './server.ts';

export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export const VIEWPORT = { width: 1440, height: 900 };

export type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

export async function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Signs in as the demo admin once; later contexts start from this cookie jar. */
export async function signIn(browser: Browser, baseURL: string): Promise<StorageState> {
	const context = await browser.newContext({ baseURL, viewport: VIEWPORT });
	try {
		const page = await context.newPage();
		await page.goto('/login?redirectTo=%2Fglossary');
		await page.getByLabel('Email').fill(ADMIN.email);
		await page.getByLabel('Password').fill(ADMIN.password);
		await page.getByRole('button', { name: /sign in/i }).click();
		// The form may submit natively (before hydration) or through SvelteKit's router.
		for (const deadline = Date.now() + 60_000; new URL(page.url()).pathname.startsWith('/login'); ) {
			if (Date.now() > deadline) throw new Error(`sign-in did not leave /login: ${(await page.textContent('main').catch(() => '')) ?? ''}`);
			await page.waitForTimeout(100);
		}
		await page.waitForLoadState('load');
		return await context.storageState();
	} finally {
		await context.close();
	}
}

export async function freshContext(browser: Browser, baseURL: string, state: StorageState): Promise<BrowserContext> {
	const context = await browser.newContext({ baseURL, viewport: VIEWPORT, storageState: state });
	// tsx (esbuild, keepNames) wraps named functions in __name(...); functions serialised into
	// the page (the probe, page.evaluate callbacks) need that helper to exist there too.
	await context.addInitScript({ content: `globalThis.__name ??= (f) => f; (${installProbe.toString()})();` });
	return context;
}

export async function marks(page: Page): Promise<ProbeMarks> {
	return page.evaluate(() => ({ ...window.__bench.marks }));
}

/** Waits until the probe has recorded `key` (or the page shows a load error). */
export async function waitForMark(page: Page, key: 'overviewDrawn' | 'viewReady', timeoutMs: number): Promise<ProbeMarks> {
	await page.waitForFunction(
		(k) => {
			window.__bench?.check();
			if (document.querySelector('.error[role="alert"]')) throw new Error(`page shows an error: ${document.querySelector('.error[role="alert"]')?.textContent}`);
			return window.__bench !== undefined && window.__bench.marks[k as 'viewReady'] !== null;
		},
		key,
		{ timeout: timeoutMs, polling: 250 }
	);
	return marks(page);
}

/** Does this route exist? (Missing views answer 404.) */
export async function routeExists(baseURL: string, path: string, state: StorageState): Promise<boolean> {
	const cookie = state.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
	const response = await fetch(new URL(path, baseURL), { headers: { cookie }, redirect: 'manual' });
	return response.status === 200;
}
