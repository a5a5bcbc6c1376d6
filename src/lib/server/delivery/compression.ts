/**
 * Content-Encoding for the dataset payload, chosen from the request's Accept-Encoding.
 * The payload is compressed once per (version, scope, encoding) and cached (cache.ts), so
 * compression time is paid once; the settings below are chosen in payload.ts's figures.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export type PayloadEncoding = 'br' | 'gzip' | 'identity';

/** Preference when the client accepts several: smallest first. */
const PREFERENCE: readonly PayloadEncoding[] = ['br', 'gzip', 'identity'];

/**
 * RFC 9110 §12.5.3: q=0 means "not acceptable"; "*" stands for any coding not listed;
 * identity is acceptable unless excluded. Ties go to PREFERENCE order.
 */
export function chooseEncoding(acceptEncoding: string | null | undefined): PayloadEncoding {
	const q = new Map<string, number>();
	for (const part of (acceptEncoding ?? '').split(',')) {
		const [token, ...rest] = part.trim().toLowerCase().split(';');
		if (!token) continue;
		const qParam = rest.map((p) => p.trim()).find((p) => p.startsWith('q='));
		const value = qParam ? Number(qParam.slice(2)) : 1;
		q.set(token, Number.isFinite(value) ? value : 0);
	}
	const weight = (coding: PayloadEncoding) => q.get(coding) ?? q.get('*') ?? (coding === 'identity' ? 0.001 : 0);
	let best: PayloadEncoding = 'identity';
	let bestWeight = 0;
	for (const coding of PREFERENCE) {
		const w = weight(coding);
		if (w > bestWeight) {
			best = coding;
			bestWeight = w;
		}
	}
	// Even when identity is refused, sending it beats a 406 the client cannot act on.
	return best;
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Brotli quality 5 and gzip level 6: see the figures in payload.ts. */
export const BROTLI_QUALITY = 5;
export const GZIP_LEVEL = 6;

/** Compress on libuv's thread pool, so other requests are served meanwhile. */
export async function compressPayload(bytes: Uint8Array, encoding: PayloadEncoding): Promise<Uint8Array> {
	if (encoding === 'identity') return bytes;
	if (encoding === 'gzip') return gzipAsync(bytes, { level: GZIP_LEVEL });
	return brotli(bytes, {
		params: {
			[constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
			[constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength
		}
	});
}
