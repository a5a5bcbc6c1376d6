/**
 * Which delimiter a text export uses: comma, semicolon (Excel in locales with a decimal
 * comma), tab (TSV, Excel "Text") or pipe. Parse the first records with each candidate and
 * keep the one that gives the header more than one column and the most rows of the header's
 * width. Ties go to the comma, then to the file extension's hint.
 */
import { DELIMITERS, isBlankRecord, parseCsv, type Delimiter } from './csv';

/** Enough text for ~20 records of a wide export. */
const SAMPLE_CHARS = 64 * 1024;
const SAMPLE_RECORDS = 20;

function scoreOf(sample: string, delimiter: Delimiter): number {
	const records = parseCsv(sample, delimiter)
		.filter((r) => !isBlankRecord(r))
		.slice(0, SAMPLE_RECORDS);
	// The sample may cut the last record short; drop it.
	if (records.length > 2) records.pop();
	const width = records[0]?.cells.length ?? 0;
	if (width < 2) return 0;
	const consistent = records.filter((r) => r.cells.length === width).length / records.length;
	// Width breaks near-ties: a real delimiter splits into more columns than a stray one.
	return consistent * 1000 + Math.min(width, 999);
}

export function sniffDelimiter(text: string, fileName = ''): Delimiter {
	const sample = text.slice(0, SAMPLE_CHARS);
	const hint: Delimiter = /\.(tsv|tab)$/i.test(fileName) ? '\t' : ',';
	let best: Delimiter = hint;
	let bestScore = scoreOf(sample, hint);
	for (const candidate of DELIMITERS) {
		if (candidate === hint) continue;
		const score = scoreOf(sample, candidate);
		if (score > bestScore) {
			best = candidate;
			bestScore = score;
		}
	}
	return best;
}

export const DELIMITER_NAMES: Record<Delimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };
