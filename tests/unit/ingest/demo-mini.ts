/**
 * The hand-written demo-mini exports (tests/fixtures/demo-mini), with optional per-file
 * edits so a test can break one cell and keep the rest valid.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { UploadedFile } from '$lib/server/ingest/prepare';

export const DEMO_MINI_DIR = resolve('tests/fixtures/demo-mini');

export const DEMO_MINI_SETTINGS = { asOf: '2026-11-01', institution: 'Northbridge University Health Sciences' };

export function demoMiniFiles(edits: Record<string, (text: string) => string> = {}): UploadedFile[] {
	return readdirSync(DEMO_MINI_DIR)
		.filter((name) => name.endsWith('.csv'))
		.sort()
		.map((name) => {
			const text = readFileSync(join(DEMO_MINI_DIR, name), 'utf8');
			const edit = edits[name];
			return { name, bytes: new TextEncoder().encode(edit ? edit(text) : text) };
		});
}

/** Replace the first occurrence of `from` in a file, failing loudly if it is not there. */
export function replaceOnce(from: string, to: string): (text: string) => string {
	return (text) => {
		if (!text.includes(from)) throw new Error(`fixture edit: "${from}" not found`);
		return text.replace(from, to);
	};
}
