/**
 * The generated demo exports (data/demo, from the demo generator) import cleanly through
 * ensureDemoDataset. Skipped until the generator has written them.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { TABLE_NAMES } from '$lib/schema/tables';
import { ensureDemoDataset } from '$lib/server/store/demo-dataset';

const DEMO_DIR = resolve('data/demo');

describe.skipIf(!existsSync(join(DEMO_DIR, 'roster.csv')))('bundled demo exports', () => {
	test('import without errors into every canonical table', async () => {
		const dataDir = mkdtempSync(join(tmpdir(), 'preceptor-demo-'));
		try {
			const started = performance.now();
			const manifest = await ensureDemoDataset({ dataDir, demoDir: DEMO_DIR });
			const seconds = (performance.now() - started) / 1000;
			console.log(`demo import: ${seconds.toFixed(2)} s`, manifest.rowCounts, `warnings: ${manifest.warningCount}`);
			expect(manifest.asOf).toBe('2026-11-01');
			for (const table of TABLE_NAMES) expect(manifest.rowCounts[table], table).toBeGreaterThan(0);
		} finally {
			rmSync(dataDir, { recursive: true, force: true });
		}
	}, 120_000);
});
