/**
 * Replace a generated section of data/README.md, between `<!-- name:begin -->` and
 * `<!-- name:end -->`, so the generated parts cannot drift from their source.
 */
import { readFileSync, writeFileSync } from 'node:fs';

export function replaceSection(path: string, name: string, body: string): void {
	const begin = `<!-- ${name}:begin -->`;
	const end = `<!-- ${name}:end -->`;
	const text = readFileSync(path, 'utf8');
	const from = text.indexOf(begin);
	const to = text.indexOf(end);
	if (from < 0 || to < from) throw new Error(`${path} has no ${begin} … ${end} section`);
	writeFileSync(path, `${text.slice(0, from + begin.length)}\n${body.trimEnd()}\n${text.slice(to)}`);
}
