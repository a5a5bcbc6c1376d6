/**
 * Reach by term: snapshots at both widths, and snapshot-free checks: one facet per
 * profession under "All", a hollow point for the partial term, no point for a suppressed
 * one, selectable term labels.
 *
 * Rows: three terms; all professions 40% (20 of 50), 50% (25 of 50), 30% (12 of 40,
 * partial); MD 10 of 30, 15 of 30, suppressed; RN 10 of 20, 10 of 20, 8 of 16.
 */
process.env.TZ = 'UTC';

import { describe, expect, it, vi } from 'vitest';
import { reachByTermChart, type TermReachPoint } from '../../../src/lib/charts/interprofessional/reachByTerm';
import { jsdomDocument, readSnapshot } from '../svgSnapshot';

const term = (termId: string, label: string, windowStart: string, partial = false) => ({ termId, label, windowStart, partial });
const T1 = term('2025-spring', 'Spring 2025', '2025-01-01');
const T2 = term('2025-summer', 'Summer 2025', '2025-06-01');
const T3 = term('2025-fall', 'Fall 2025', '2025-08-01', true);
const point = (t: typeof T1, profession: string | null, reached: number, trainees: number, extra: Partial<TermReachPoint> = {}): TermReachPoint => ({
	...t,
	profession,
	reached,
	trainees,
	share: reached / trainees,
	lower: reached / trainees - 0.1,
	upper: reached / trainees + 0.1,
	...extra
});

const rows: TermReachPoint[] = [
	point(T1, null, 20, 50), point(T1, 'MD', 10, 30), point(T1, 'RN', 10, 20),
	point(T2, null, 25, 50), point(T2, 'MD', 15, 30), point(T2, 'RN', 10, 20),
	point(T3, null, 12, 40), point(T3, 'MD', 4, 24, { suppressed: true }), point(T3, 'RN', 8, 16)
];

describe('reachByTermChart', () => {
	for (const width of [390, 1440]) {
		it(`matches its snapshot at ${width} px`, () => {
			const svg = reachByTermChart(rows, { width, document: jsdomDocument(), onSelect: () => {} });
			const { expected, actual } = readSnapshot(`ipe-reach-by-term-${width}`, svg);
			expect(actual).toBe(expected);
		});
	}

	it('draws All first then professions in canonical order, hollow for partial, none for suppressed', () => {
		const svg = reachByTermChart(rows, { width: 1440, document: jsdomDocument() });
		const facetLabels = Array.from(svg.querySelectorAll('g[aria-label="fy-axis tick label"] text')).map((t) => t.textContent);
		expect(facetLabels).toEqual(['All', 'MD', 'RN']);
		const dots = Array.from(svg.querySelectorAll('g[aria-label="dot"] circle'));
		// 9 points − 1 suppressed = 8 drawn; partial: All and RN in Fall 2025 = 2 hollow.
		expect(dots).toHaveLength(8);
		expect(dots.filter((d) => d.getAttribute('fill') === 'white' || d.parentElement?.getAttribute('fill') === 'white')).toHaveLength(2);
		expect(svg.getAttribute('aria-label')).toContain('Latest complete term, Summer 2025: 50% (25 of 50).');
		expect(svg.getAttribute('aria-label')).toContain('1 points suppressed');
	});

	it('makes term labels buttons that select the term', () => {
		const onSelect = vi.fn();
		const svg = reachByTermChart(rows, { width: 1440, document: jsdomDocument(), onSelect });
		const view = svg.ownerDocument.defaultView as Window & typeof globalThis;
		const labels = Array.from(svg.querySelectorAll('g[aria-label="x-axis tick label"] text'));
		expect(labels.map((l) => l.getAttribute('aria-label'))).toEqual(['Filter to Spring 2025', 'Filter to Summer 2025', 'Filter to Fall 2025']);
		labels[1].dispatchEvent(new view.KeyboardEvent('keydown', { key: 'Enter' }));
		expect(onSelect).toHaveBeenCalledWith('2025-summer');
	});

	it('says "No data" when nobody was enrolled', () => {
		const el = reachByTermChart([], { width: 390, document: jsdomDocument() });
		expect(el.textContent).toBe('No data');
	});
});
