/**
 * Memory of a page with the dataset loaded. What can be measured from outside:
 * - the page's JS heap: CDP Runtime.getHeapUsage on the page (V8 heap of the main thread);
 * - the DuckDB worker's JS heap (CDP Runtime.getHeapUsage on the worker target, worker-cdp.ts).
 *   duckdb-wasm's linear memory is NOT measured apart: V8's backingStorageSize leaves it out
 *   (0.9 MB with the demo loaded), CDP Runtime.queryObjects(WebAssembly.Memory.prototype) in
 *   the worker took the renderer down, and duckdb_memory() is not reachable from outside (the
 *   app does not expose its connection). The renderer RSS below contains it;
 * - the renderer processes' resident memory (Linux /proc/<pid>/status VmRSS), which holds
 *   the page, its worker and the wasm memory: the figure to hold against the 1 GB goal.
 * performance.measureUserAgentSpecificMemory() would need cross-origin isolation, which the
 * app does not enable (duckdb-wasm's eh bundle runs without COOP/COEP).
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { attachWorkers } from './worker-cdp.ts';

export interface MemoryFigures {
	pageJsHeapUsed: number | null;
	workerJsHeapUsed: number | null;
	/** duckdb-wasm's linear memory (WebAssembly.Memory buffers in the worker). */
	wasmMemory: number | null;
	rendererRss: number | null;
	rendererCount: number;
	notes: string[];
}

interface HeapUsage {
	usedSize: number;
	totalSize: number;
	embedderHeapUsedSize?: number;
	backingStorageSize?: number;
}

export async function measureMemory(page: Page): Promise<MemoryFigures> {
	const notes: string[] = [];
	const session = await page.context().newCDPSession(page);
	const pageHeap = (await session.send('Runtime.getHeapUsage')) as HeapUsage;
	let worker: HeapUsage | null = null;
	// Not measured separately: see the header comment.
	const wasm: number | null = null;
	try {
		const workers = await attachWorkers(session);
		if (workers.length === 0) notes.push('worker memory not measured: no worker target attached');
		for (const w of workers) {
			const heap = await w.send<HeapUsage>('Runtime.getHeapUsage');
			worker = { ...heap, usedSize: (worker?.usedSize ?? 0) + heap.usedSize };
			notes.push(`worker ${w.url.split('/').pop()}: JS heap ${(heap.usedSize / 1e6).toFixed(1)} MB, backing stores ${((heap.backingStorageSize ?? 0) / 1e6).toFixed(1)} MB`);
		}
	} catch (error) {
		notes.push(`worker memory not measured: ${error instanceof Error ? error.message : String(error)}`);
	}
	await session.detach().catch(() => undefined);
	// Playwright drives Chromium from this process, so the browser is our child process.
	const renderers = rendererPids(process.pid);
	if (renderers.length === 0) notes.push('renderer RSS not measured: no renderer processes found under the browser');
	const rss = renderers.reduce((sum, pid) => sum + rssBytes(pid), 0);
	return {
		pageJsHeapUsed: pageHeap.usedSize,
		workerJsHeapUsed: worker?.usedSize ?? null,
		wasmMemory: wasm,
		rendererRss: renderers.length ? rss : null,
		rendererCount: renderers.length,
		notes
	};
}

/** Chromium's renderer processes: descendants of `rootPid` with --type=renderer. */
function rendererPids(rootPid: number): number[] {
	const parent = new Map<number, number>();
	const renderer = new Set<number>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
			if (readFileSync(`/proc/${name}/cmdline`, 'utf8').includes('--type=renderer')) renderer.add(Number(name));
		} catch {
			// the process ended while we looked
		}
	}
	const descends = (pid: number): boolean => {
		for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) if (p === rootPid) return true;
		return false;
	};
	return [...renderer].filter(descends);
}

function rssBytes(pid: number): number {
	try {
		const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return match ? Number(match[1]) * 1024 : 0;
	} catch {
		return 0;
	}
}
