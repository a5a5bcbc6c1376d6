/**
 * Bytes a page load transferred, by kind: the dataset payload (/api/dataset), JS, wasm,
 * CSS, other. "Wire" is the encoded body plus response headers as Chromium received them
 * (Playwright's request.sizes(), from CDP Network.loadingFinished); a response served from
 * the HTTP cache transfers nothing. Requests made by the DuckDB worker (the wasm binary)
 * are reported by Playwright on the page's context as well.
 */
import type { BrowserContext, Request } from '@playwright/test';

export type TransferKind = 'dataset' | 'js' | 'wasm' | 'css' | 'other';

export interface TransferTally {
	wireBytes: Record<TransferKind, number>;
	requests: Record<TransferKind, number>;
	/** 200 responses with no body size reported: the HTTP cache, or a worker script (whose
	 * fetch Playwright reports without sizes), so only a hint. */
	fromCache: string[];
	/** Requests to anything but localhost (must be none: the app works offline). */
	offsite: string[];
}

export function kindOf(url: URL, contentType: string): TransferKind {
	if (url.pathname === '/api/dataset') return 'dataset';
	if (url.pathname.endsWith('.wasm') || contentType.includes('wasm')) return 'wasm';
	if (/\.m?js$/.test(url.pathname) || contentType.includes('javascript')) return 'js';
	if (url.pathname.endsWith('.css') || contentType.includes('text/css')) return 'css';
	return 'other';
}

const zero = (): Record<TransferKind, number> => ({ dataset: 0, js: 0, wasm: 0, css: 0, other: 0 });

/** Starts counting every finished request of `context`; read the tally with `done()`. */
export function countTransfers(context: BrowserContext): { done(): Promise<TransferTally> } {
	const tally: TransferTally = { wireBytes: zero(), requests: zero(), fromCache: [], offsite: [] };
	const pending: Promise<void>[] = [];
	const record = async (request: Request) => {
		const url = new URL(request.url());
		if (url.protocol === 'data:' || url.protocol === 'blob:') return;
		if (!['localhost', '127.0.0.1'].includes(url.hostname)) tally.offsite.push(request.url());
		const response = await request.response();
		const sizes = await request.sizes().catch(() => null);
		const kind = kindOf(url, (await response?.headerValue('content-type').catch(() => null)) ?? '');
		const wire = sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0;
		tally.requests[kind] += 1;
		tally.wireBytes[kind] += Math.max(0, wire);
		if (response && response.status() === 200 && sizes && sizes.responseBodySize === 0) tally.fromCache.push(url.pathname);
	};
	const listener = (request: Request) => void pending.push(record(request));
	context.on('requestfinished', listener);
	return {
		async done() {
			context.off('requestfinished', listener);
			await Promise.all(pending);
			return tally;
		}
	};
}
