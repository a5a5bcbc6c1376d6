/**
 * The committed files are what the code produces: data/demo equals a fresh default run, and
 * the canonical-tables section of data/README.md equals what scripts/schema-doc.ts writes.
 * When either fails, rerun `npx tsx scripts/generate-demo.ts` / `npx tsx scripts/schema-doc.ts`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_FILES, generateDemo } from '../../../scripts/generate/generate';
import { DEFAULT_SEED, DEFAULT_TRAINEES } from '../../../scripts/generate/options';
import { schemaMarkdown } from '../../../scripts/schema-doc';

const fresh = mkdtempSync(join(tmpdir(), 'preceptor-default-'));
afterAll(() => rmSync(fresh, { recursive: true, force: true }));

describe('committed demo data', () => {
	generateDemo({ seed: DEFAULT_SEED, trainees: DEFAULT_TRAINEES, outDir: fresh });

	it.each(DEMO_FILES)('data/demo/%s matches a fresh default run', (name) => {
		expect(readFileSync(join('data/demo', name)).equals(readFileSync(join(fresh, name)))).toBe(true);
	});

	it('data/README.md documents the canonical tables as tables.ts defines them', () => {
		const readme = readFileSync('data/README.md', 'utf8');
		const section = readme.split('<!-- schema:begin -->')[1]?.split('<!-- schema:end -->')[0] ?? '';
		expect(section.trim()).toBe(schemaMarkdown().trim());
	});

	it('keeps the demo folder small', () => {
		const bytes = DEMO_FILES.reduce((sum, name) => sum + readFileSync(join('data/demo', name)).length, 0);
		expect(bytes).toBeLessThan(6 * 1024 * 1024);
	});
});
