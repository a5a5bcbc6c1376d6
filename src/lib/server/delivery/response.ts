/**
 * The GET /api/dataset response, apart from authentication (done by the route): the
 * current version's payload under the user's scope, compressed as the client accepts.
 */
import type { DatasetManifest } from '$lib/server/store/manifest';
import { DATASET_MEDIA_TYPE } from '$lib/engine/dataset-container';
import { PayloadCache } from './cache';
import { chooseEncoding, compressPayload } from './compression';
import { buildDatasetPayload } from './payload';
import { ALL_SCOPE, scopeKey, type DeliveryScope } from './scope';

export interface DatasetRequest {
	manifest: DatasetManifest | null;
	dataDir: string;
	acceptEncoding: string | null;
	/** What this user may receive; the cache key is derived from it, never passed apart. */
	scope?: DeliveryScope;
	/** Tests pass their own; the server shares one per data directory. */
	cache?: PayloadCache;
}

const caches = new Map<string, PayloadCache>();
const sharedCache = (dataDir: string) => {
	let cache = caches.get(dataDir);
	if (!cache) caches.set(dataDir, (cache = new PayloadCache(dataDir)));
	return cache;
};

export async function buildDatasetResponse(request: DatasetRequest): Promise<Response> {
	const { manifest, dataDir, acceptEncoding } = request;
	if (!manifest) return jsonError(404, 'no dataset has been imported yet');
	const scope = request.scope ?? ALL_SCOPE;
	const encoding = chooseEncoding(acceptEncoding);
	const cache = request.cache ?? sharedCache(dataDir);
	const key = { versionId: manifest.versionId, scopeKey: scopeKey(scope), encoding };
	const body = await cache.get(key, async () => {
		const payload = await buildDatasetPayload(dataDir, manifest.versionId, scope);
		return compressPayload(payload.bytes, encoding);
	});
	const headers = new Headers({
		// Row-level data of identifiable trainees: never stored by the browser or a proxy.
		'Cache-Control': 'private, no-store',
		'Content-Type': DATASET_MEDIA_TYPE,
		'Content-Length': String(body.byteLength),
		'X-Dataset-Version': manifest.versionId,
		'X-Content-Type-Options': 'nosniff',
		Vary: 'Cookie, Accept-Encoding'
	});
	if (encoding !== 'identity') headers.set('Content-Encoding', encoding);
	return new Response(body as Uint8Array<ArrayBuffer>, { status: 200, headers });
}

/** Build (and cache) the payload ahead of the first download, e.g. right after an import. */
export async function warmDatasetCache(dataDir: string, manifest: DatasetManifest, scope = ALL_SCOPE): Promise<void> {
	await buildDatasetResponse({ manifest, dataDir, acceptEncoding: 'br', scope });
}

function jsonError(status: number, error: string): Response {
	return new Response(JSON.stringify({ error }), {
		status,
		headers: { 'Content-Type': 'application/json', 'Cache-Control': 'private, no-store' }
	});
}
