/** The goals table (issue 3's goals) and the JSON written to bench-data/results/. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_DATA } from './server.ts';

export interface GoalRow {
	figure: string;
	value: number | null;
	unit: 'ms' | 'MB';
	/** null: reported, no goal. */
	goal: number | null;
}

export const GOALS = { firstChartMs: 1000, allViewsColdMs: 2500, filterP95Ms: 100, memoryMB: 1024 } as const;

const fmt = (v: number | null, unit: string) => (v === null ? 'n/a' : `${unit === 'MB' ? v.toFixed(1) : Math.round(v).toLocaleString('en-US')} ${unit}`);

export function goalTable(rows: readonly GoalRow[]): string {
	const cells = rows.map((r) => [
		r.figure,
		fmt(r.value, r.unit),
		r.goal === null ? '' : `≤ ${fmt(r.goal, r.unit)}`,
		r.goal === null ? '' : r.value === null ? 'not measured' : r.value <= r.goal ? 'yes' : 'NO'
	]);
	const header = ['figure', 'value', 'goal', 'met?'];
	const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
	const line = (c: string[]) => c.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
	return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

export function writeResults(result: unknown): string {
	const dir = join(BENCH_DATA, 'results');
	mkdirSync(dir, { recursive: true });
	const file = join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
	writeFileSync(file, JSON.stringify(result, null, '\t'));
	return file;
}

export const mb = (bytes: number | null) => (bytes === null ? null : bytes / 1e6);
