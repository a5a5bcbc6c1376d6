/**
 * The first download of /api/dataset after a start: the server encodes the version as Arrow
 * IPC and compresses it (brotli 5) before the first byte, then caches it (delivery/cache.ts).
 * Done from Node with the signed-in cookie so the browser runs measure a warm server; Node's
 * fetch accepts br and decodes, which gives both the wire and the decoded size.
 */
import type { StorageState } from './browser.ts';
import { elapsedMs } from './stats.ts';

export interface DatasetDownload {
	ms: number;
	encoding: string | null;
	wireBytes: number;
	decodedBytes: number;
	versionId: string | null;
}

export async function downloadDataset(baseURL: string, state: StorageState): Promise<DatasetDownload> {
	const cookie = state.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
	const t0 = performance.now();
	const response = await fetch(new URL('/api/dataset', baseURL), { headers: { cookie, 'accept-encoding': 'br' } });
	if (!response.ok) throw new Error(`/api/dataset answered ${response.status}`);
	const body = await response.arrayBuffer();
	return {
		ms: elapsedMs(t0),
		encoding: response.headers.get('content-encoding'),
		wireBytes: Number(response.headers.get('content-length') ?? 0),
		decodedBytes: body.byteLength,
		versionId: response.headers.get('x-dataset-version')
	};
}
