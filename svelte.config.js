import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Brotli-compressing the 34 MB duckdb-wasm binaries makes the build take minutes;
		// the data endpoint compresses its own responses, so static precompression is off.
		adapter: adapter({ precompress: false }),
		csrf: { trustedOrigins: [] },
		// Nonce/hash-based CSP for SvelteKit's inline hydration script; wasm-unsafe-eval lets
		// the self-hosted DuckDB WebAssembly compile, nothing else may run or load off-origin.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				'worker-src': ['self', 'blob:'],
				'connect-src': ['self'],
				'img-src': ['self', 'data:', 'blob:'],
				'style-src': ['self', 'unsafe-inline'],
				'frame-ancestors': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
