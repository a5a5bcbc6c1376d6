/**
 * SVG snapshots as in Plot's own test harness (observablehq/plot test/plot.js): render with
 * jsdom's document, give the SVG its namespaces, renumber generated class names and ids,
 * round coordinates to 2 decimals (float noise differs across platforms), and compare with
 * a committed file in tests/charts/snapshots/.
 *
 * A missing snapshot is written on a developer's machine and fails in CI (CI=true), so a
 * chart nobody has reviewed cannot pass there. UPDATE_SNAPSHOTS=1 rewrites snapshots after
 * an intended change; review the diff before committing.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// jsdom ships no types and @types/jsdom is not installed; this is the one constructor we use.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
	JSDOM: new (html: string) => { window: { document: Document } };
};

const SNAPSHOT_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'snapshots');

export function jsdomDocument(): Document {
	return new JSDOM('<!DOCTYPE html><html><body></body></html>').window.document;
}

/** Plot's generated class (plot-xxxxxx) becomes `plot`, as in Plot's reindexStyle. */
function reindexClasses(root: Element): void {
	const style = root.querySelector('style');
	const uid = root.getAttribute('class')?.split(/\s+/).find((c) => /^plot-[0-9a-f]{6}$/.test(c));
	if (!uid) return;
	const pattern = new RegExp(`\\b${uid}\\b`, 'g');
	for (const el of [root, ...root.querySelectorAll('[class]')]) el.setAttribute('class', (el.getAttribute('class') ?? '').replace(pattern, 'plot'));
	if (style) style.textContent = (style.textContent ?? '').replace(pattern, 'plot');
}

/** Generated ids (plot-clip-N, plot-marker-N, …) are numbered in document order. */
function reindexIds(root: Element): void {
	const map = new Map<string, string>();
	let index = 0;
	for (const el of root.querySelectorAll('[id^="plot-"]')) {
		const id = el.getAttribute('id') as string;
		const kind = id.replace(/-?\d+$/, '');
		const next = `${kind}-${++index}`;
		map.set(id, next);
		el.setAttribute('id', next);
	}
	for (const el of root.querySelectorAll('*')) {
		for (const attr of Array.from(el.attributes)) {
			const m = /^url\(#(.+)\)$/.exec(attr.value);
			if (m && map.has(m[1])) el.setAttribute(attr.name, `url(#${map.get(m[1])})`);
		}
	}
}

/** Round every number with more than 2 decimals in attribute values. */
function roundNumbers(root: Element): void {
	for (const el of [root, ...root.querySelectorAll('*')]) {
		for (const attr of Array.from(el.attributes)) {
			const rounded = attr.value.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100));
			if (rounded !== attr.value) el.setAttribute(attr.name, rounded);
		}
	}
}

export function normaliseSvg(root: Element): string {
	const svg = root.cloneNode(true) as Element;
	for (const el of svg.tagName === 'svg' ? [svg] : Array.from(svg.querySelectorAll('svg'))) {
		el.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns', 'http://www.w3.org/2000/svg');
	}
	reindexClasses(svg);
	reindexIds(svg);
	roundNumbers(svg);
	// One element per line between marks, for readable diffs; text content is left alone.
	return `${svg.outerHTML.replace(/>(?=<(?:\/?g\b|rect|line|path|circle|text|style|\/svg))/g, '>\n')}\n`;
}

/** Compare `root` with snapshots/<name>.svg; returns the expected and actual text. */
export function readSnapshot(name: string, root: Element): { expected: string; actual: string } {
	const actual = normaliseSvg(root);
	const file = path.join(SNAPSHOT_DIR, `${name}.svg`);
	const ci = process.env.CI === 'true' || process.env.CI === '1';
	if (!existsSync(file) || process.env.UPDATE_SNAPSHOTS === '1') {
		if (ci) throw new Error(`missing chart snapshot ${path.relative(process.cwd(), file)}: run the tests locally and commit it`);
		mkdirSync(SNAPSHOT_DIR, { recursive: true });
		writeFileSync(file, actual, 'utf8');
		console.warn(`! wrote chart snapshot ${file}`);
	}
	return { expected: readFileSync(file, 'utf8'), actual };
}
