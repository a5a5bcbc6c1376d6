// After `vite build`: precompress the large static assets worth it (the 34 MB duckdb-wasm
// binary shrinks to ~6 MB with brotli). adapter-node's own `precompress` would compress
// every file at brotli's maximum quality, which takes minutes; quality 5 takes seconds and
// loses little.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const ROOT = 'build/client';
const WORTH_IT = /\.(wasm|js|css|svg)$/;
const MIN_BYTES = 1024;

async function* files(dir) {
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* files(path);
		else yield path;
	}
}

const started = performance.now();
let before = 0;
let after = 0;
for await (const path of files(ROOT)) {
	if (!WORTH_IT.test(path) || (await stat(path)).size < MIN_BYTES) continue;
	const bytes = await readFile(path);
	const br = brotliCompressSync(bytes, {
		params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length }
	});
	await writeFile(`${path}.br`, br);
	await writeFile(`${path}.gz`, gzipSync(bytes, { level: 6 }));
	before += bytes.length;
	after += br.length;
}
const mb = (n) => (n / 1e6).toFixed(1);
console.log(`precompressed static assets: ${mb(before)} MB -> ${mb(after)} MB brotli in ${Math.round(performance.now() - started)} ms`);
