/**
 * Profession matrix (D3): snapshots at phone and desktop widths, and checks that do not
 * depend on the snapshot: one square per pair, shading ordered by count, counts printed,
 * suppression, tooltip on focus, click and keyboard selection, empty input.
 *
 * Rows: RN→MD 2 and MD→MD 40 and a suppressed PharmD→MD cell; professions MD, RN, PharmD
 * → 3 × 3 = 9 squares, 6 of them empty (0).
 */
process.env.TZ = 'UTC';

import { describe, expect, it, vi } from 'vitest';
import { professionMatrixChart, type MatrixCell, type ProfessionMatrixOptions } from '../../../src/lib/charts/interprofessional/professionMatrix';
import { jsdomDocument, readSnapshot } from '../svgSnapshot';

const cells: MatrixCell[] = [
	{ rowProfession: 'MD', columnProfession: 'MD', count: 40 },
	{ rowProfession: 'RN', columnProfession: 'MD', count: 2 },
	{ rowProfession: 'PharmD', columnProfession: 'MD', count: 3, suppressed: true }
];

const options = (width: number, extra: Partial<ProfessionMatrixOptions> = {}): ProfessionMatrixOptions => ({
	width,
	document: jsdomDocument(),
	professions: ['MD', 'RN', 'PharmD'],
	rowTitle: 'Mentor profession',
	columnTitle: 'Mentee profession',
	unit: ['pairing', 'pairings'],
	describePair: (row, column) => `${row} mentors with ${column} mentees`,
	summary: 'Adjacency matrix of 45 pairings by mentor profession (rows) and mentee profession (columns).',
	...extra
});

const squares = (svg: Element) => Array.from(svg.querySelectorAll('g[aria-label="cells"] > g'));

describe('professionMatrixChart', () => {
	for (const width of [390, 1440]) {
		it(`matches its snapshot at ${width} px`, () => {
			const svg = professionMatrixChart(cells, options(width, { onSelect: () => {} }));
			const { expected, actual } = readSnapshot(`ipe-profession-matrix-${width}`, svg);
			expect(actual).toBe(expected);
		});
	}

	it('draws one square per pair, darker for larger counts, and prints the counts', () => {
		const svg = professionMatrixChart(cells, options(1440));
		const all = squares(svg);
		expect(all).toHaveLength(9);
		const text = (i: number) => all[i].querySelector('text')?.textContent;
		// Row-major: MD row (MD, RN, PharmD columns), then RN row, then PharmD row.
		expect([text(0), text(3), text(6), text(1)]).toEqual(['40', '2', '–', '0']);
		const fill = (i: number) => all[i].querySelector('rect')?.getAttribute('fill') as string;
		expect(fill(1)).toBe('#ffffff'); // zero
		expect(fill(6)).toBe('#eeeeee'); // suppressed
		// Darker = lower sum of RGB channels.
		const darkness = (hex: string) => -(hex.match(/\d+/g) ?? []).map(Number).reduce((a, b) => a + b, 0);
		expect(darkness(fill(0))).toBeGreaterThan(darkness(fill(3)));
	});

	it('never reveals a suppressed count, in text, label or description', () => {
		const svg = professionMatrixChart(cells, options(390));
		const suppressed = squares(svg)[6];
		expect(suppressed.getAttribute('aria-label')).toBe('PharmD mentors with MD mentees: suppressed');
		expect(svg.outerHTML).not.toMatch(/\b3 pairings\b/);
		expect(svg.getAttribute('aria-label')).toContain('1 cells suppressed');
		expect(svg.getAttribute('aria-label')).toContain('Largest across professions: RN mentors with MD mentees, 2 pairings.');
	});

	it('shows the tooltip on focus and hides it on blur', () => {
		const svg = professionMatrixChart(cells, options(1440));
		const tip = svg.querySelector('g.matrix-tip') as Element;
		expect(tip.getAttribute('display')).toBe('none');
		const rnMd = squares(svg)[3];
		rnMd.dispatchEvent(new (rnMd.ownerDocument.defaultView as Window & typeof globalThis).FocusEvent('focus'));
		expect(tip.getAttribute('display')).toBeNull();
		expect(tip.textContent).toBe('RN mentors with MD mentees: 2 pairings');
		rnMd.dispatchEvent(new (rnMd.ownerDocument.defaultView as Window & typeof globalThis).FocusEvent('blur'));
		expect(tip.getAttribute('display')).toBe('none');
	});

	it('selects a cell’s professions on click or Enter, and one profession from a label', () => {
		const onSelect = vi.fn();
		const svg = professionMatrixChart(cells, options(1440, { onSelect }));
		const view = svg.ownerDocument.defaultView as Window & typeof globalThis;
		const rnMd = squares(svg)[3];
		expect(rnMd.getAttribute('role')).toBe('button');
		expect(rnMd.getAttribute('tabindex')).toBe('0');
		rnMd.dispatchEvent(new view.MouseEvent('click'));
		squares(svg)[0].dispatchEvent(new view.KeyboardEvent('keydown', { key: 'Enter' }));
		const rowLabel = Array.from(svg.querySelectorAll('g[aria-label="Mentor profession labels"] text')).find((t) => t.textContent === 'PharmD') as Element;
		rowLabel.dispatchEvent(new view.KeyboardEvent('keydown', { key: ' ' }));
		expect(onSelect.mock.calls).toEqual([[['RN', 'MD']], [['MD']], [['PharmD']]]);
	});

	it('says "No data" with no professions and rejects a nonsense width', () => {
		const el = professionMatrixChart([], options(390, { professions: [] }));
		expect(el.textContent).toBe('No data');
		expect(() => professionMatrixChart(cells, options(-1))).toThrow(/invalid chart width/);
	});
});
