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
		csrf: { trustedOrigins: [] }
	}
};

export default config;
