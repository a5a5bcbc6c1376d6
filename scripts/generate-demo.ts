/**
 * Write the demo exports: `tsx scripts/generate-demo.ts [--seed N] [--trainees N] [--out DIR]`.
 * Same seed and options → byte-identical files (see data/README.md).
 */
import { generateDemo } from './generate/generate';
import { DEFAULT_OUT_DIR, DEFAULT_SEED, DEFAULT_TRAINEES, type GenerateOptions } from './generate/options';

function parseArgs(argv: readonly string[]): GenerateOptions {
	const options: GenerateOptions = { seed: DEFAULT_SEED, trainees: DEFAULT_TRAINEES, outDir: DEFAULT_OUT_DIR };
	for (let i = 0; i < argv.length; i++) {
		const [flag, inline] = argv[i].split('=', 2);
		const value = inline ?? argv[++i];
		if (value === undefined) throw new Error(`missing value for ${flag}`);
		if (flag === '--seed' || flag === '--trainees') {
			const n = Number(value);
			if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} must be a non-negative integer, got "${value}"`);
			if (flag === '--seed') options.seed = n;
			else options.trainees = n;
		} else if (flag === '--out') options.outDir = value;
		else throw new Error(`unknown option: ${flag} (use --seed, --trainees, --out)`);
	}
	return options;
}

const options = parseArgs(process.argv.slice(2));
const started = performance.now();
const summary = generateDemo(options);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
for (const [name, rows] of Object.entries(summary)) console.log(`${name.padEnd(26)} ${rows} rows`);
console.log(`wrote ${options.outDir} (seed ${options.seed}, ${options.trainees} trainees) in ${seconds} s`);
