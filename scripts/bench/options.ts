/**
 * `npm run bench -- [--quick] [--people N] [--runs N] [--interactions N] [--build] [--port N]`
 *   --quick         the default demo only (foundation figures and the views on the demo)
 *   --people N      size of the large dataset (default 100,000 people; ~2 M meetings and
 *                   ~1 M survey responses are scaled with it)
 *   --runs N        cold Overview loads for the median (default 5)
 *   --interactions  scripted filter changes for the latency percentiles (default 50)
 *   --build         run `npm run build` first (otherwise the existing build/ is used)
 * The large dataset is kept under bench-data/datasets/ and reused while its size matches,
 * so a second run skips generation (delete that folder to rebuild it).
 */
import { parseArgs } from 'node:util';

export interface BenchOptions {
	quick: boolean;
	people: number;
	meetings: number;
	responses: number;
	runs: number;
	interactions: number;
	build: boolean;
	port: number;
}

/** Issue 3's target: 100,000 people, 2,000,000 meetings, 1,000,000 survey responses. */
const MEETINGS_PER_PERSON = 20;
const RESPONSES_PER_PERSON = 10;

function positiveInt(name: string, raw: string | undefined, fallback: number): number {
	if (raw === undefined) return fallback;
	const n = Number(raw);
	if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer, got "${raw}"`);
	return n;
}

export function benchOptions(argv: readonly string[]): BenchOptions {
	const { values } = parseArgs({
		args: [...argv],
		options: {
			quick: { type: 'boolean', default: false },
			people: { type: 'string' },
			runs: { type: 'string' },
			interactions: { type: 'string' },
			build: { type: 'boolean', default: false },
			port: { type: 'string' }
		}
	});
	const people = positiveInt('people', values.people, 100_000);
	return {
		quick: values.quick ?? false,
		people,
		meetings: people * MEETINGS_PER_PERSON,
		responses: people * RESPONSES_PER_PERSON,
		runs: positiveInt('runs', values.runs, 5),
		interactions: positiveInt('interactions', values.interactions, 50),
		build: values.build ?? false,
		port: positiveInt('port', values.port, 4390)
	};
}
