/** Content negotiation, response headers and the payload cache of GET /api/dataset. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { readContainerHeader } from '$lib/engine/dataset-container';
import { chooseEncoding } from '$lib/server/delivery/compression';
import { buildDatasetResponse } from '$lib/server/delivery/response';
import { PayloadCache } from '$lib/server/delivery/cache';
import { PAYLOAD_FORMAT } from '$lib/server/delivery/payload';
import type { DatasetManifest } from '$lib/server/store/manifest';
import { FIXTURE_VERSION, writeFixtureVersion } from './dataset-fixture';

describe('chooseEncoding', () => {
	it.each([
		['gzip, deflate, br, zstd', 'br'], // what Chromium sends
		['gzip, deflate', 'gzip'],
		['br;q=0.5, gzip;q=0.8', 'gzip'],
		['br;q=0, gzip', 'gzip'],
		['*', 'br'],
		['*;q=0.1, br;q=0', 'gzip'],
		['identity', 'identity'],
		['', 'identity'],
		[null, 'identity'],
		['deflate', 'identity']
	] as const)('%s -> %s', (header, expected) => {
		expect(chooseEncoding(header)).toBe(expected);
	});
});

describe('buildDatasetResponse', () => {
	let dataDir: string;
	let manifest: DatasetManifest;
	beforeAll(async () => {
		({ dataDir, manifest } = await writeFixtureVersion());
	});
	afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

	it('answers 404 when no dataset exists', async () => {
		const response = await buildDatasetResponse({ manifest: null, dataDir, acceptEncoding: 'br' });
		expect(response.status).toBe(404);
	});

	it('sends a brotli container with no-store caching, then serves the cached bytes', async () => {
		const cache = new PayloadCache(dataDir);
		const first = await buildDatasetResponse({ manifest, dataDir, acceptEncoding: 'gzip, br', cache });
		expect(first.status).toBe(200);
		expect(Object.fromEntries(first.headers)).toMatchObject({
			'cache-control': 'private, no-store',
			'content-type': 'application/vnd.preceptor.dataset',
			'content-encoding': 'br',
			'x-dataset-version': FIXTURE_VERSION,
			vary: 'Cookie, Accept-Encoding'
		});
		const body = new Uint8Array(await first.arrayBuffer());
		expect(first.headers.get('content-length')).toBe(String(body.byteLength));
		const container = brotliDecompressSync(body);
		expect(readContainerHeader(container)!.header.tables.find((t) => t.name === 'people')!.rows).toBe(5);
		// on disk for the next process, keyed by version, scope key and encoding
		expect(existsSync(join(dataDir, 'cache', 'dataset', FIXTURE_VERSION, `all.f${PAYLOAD_FORMAT}.br`))).toBe(true);

		// a new cache over the same directory: served from disk, identical bytes
		rmSync(join(dataDir, 'versions', FIXTURE_VERSION, 'people.parquet'));
		const again = await buildDatasetResponse({ manifest, dataDir, acceptEncoding: 'br', cache: new PayloadCache(dataDir) });
		expect(new Uint8Array(await again.arrayBuffer())).toEqual(body);
	});

	it('sends gzip or identity when that is all the client takes', async () => {
		const { dataDir: dir, manifest: m } = await writeFixtureVersion();
		try {
			const cache = new PayloadCache(null);
			const gz = await buildDatasetResponse({ manifest: m, dataDir: dir, acceptEncoding: 'gzip', cache });
			expect(gz.headers.get('content-encoding')).toBe('gzip');
			const fromGzip = gunzipSync(new Uint8Array(await gz.arrayBuffer()));
			const plain = await buildDatasetResponse({ manifest: m, dataDir: dir, acceptEncoding: 'identity', cache });
			expect(plain.headers.get('content-encoding')).toBeNull();
			expect(new Uint8Array(await plain.arrayBuffer())).toEqual(new Uint8Array(fromGzip));
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
