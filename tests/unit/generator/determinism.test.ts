/** Same seed and options → byte-identical files; another seed → different files. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_FILES, generateDemo } from '../../../scripts/generate/generate';

const dirs: string[] = [];
function run(seed: number): string {
	const outDir = mkdtempSync(join(tmpdir(), 'preceptor-gen-'));
	dirs.push(outDir);
	generateDemo({ seed, trainees: 300, outDir });
	return outDir;
}

afterAll(() => {
	for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('generateDemo determinism', () => {
	const a = run(7);
	const b = run(7);
	const c = run(8);

	it.each(DEMO_FILES)('%s is byte-identical for the same seed', (name) => {
		expect(readFileSync(join(a, name)).equals(readFileSync(join(b, name)))).toBe(true);
	});

	it('a different seed gives different people and surveys', () => {
		for (const name of ['roster.csv', 'pairings.csv', 'meetings.csv', 'wellbeing_qualtrics.csv']) {
			expect(readFileSync(join(a, name)).equals(readFileSync(join(c, name)))).toBe(false);
		}
	});

	it('files that do not depend on the seed stay the same', () => {
		for (const name of ['programs.csv', 'survey_waves.csv', 'wellbeing_redcap_dictionary.csv']) {
			expect(readFileSync(join(a, name)).equals(readFileSync(join(c, name)))).toBe(true);
		}
	});

	it('writes 300 trainees', () => {
		const roster = readFileSync(join(a, 'roster.csv'), 'utf8').trimEnd().split('\n');
		expect(roster.filter((line) => line.startsWith('T')).length).toBe(300);
	});
});
