import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	ssr: { external: ['@duckdb/node-api', 'better-sqlite3', '@node-rs/argon2'] },
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/charts/**/*.test.ts'],
		environment: 'node',
		testTimeout: 30_000,
		// DuckDB instances are heavy; two workers match the two cores we run on.
		maxWorkers: 2
	}
});
