/**
 * Ids for rows a test does not name. Counters are per prefix and per test module (vitest
 * isolates modules per file), so ids are stable within a file; name ids explicitly whenever
 * the expected answer refers to a row.
 */
const counters = new Map<string, number>();

export function nextId(prefix: string): string {
	const n = (counters.get(prefix) ?? 0) + 1;
	counters.set(prefix, n);
	return `${prefix}-${String(n).padStart(3, '0')}`;
}
