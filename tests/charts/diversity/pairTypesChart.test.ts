/**
 * Pair types chart: snapshots and checks. Segments of one mentee group stack to 100%: URiM
 * mentees 10 pairs with a URiM mentor and 30 with a non-URiM one → 25% + 75%, so the two
 * segment widths are 1:3. The key is drawn inside the SVG, so exports keep it.
 */
process.env.TZ = 'UTC';

import { describe, expect, it } from 'vitest';
import { pairTypesChart, type PairTypeSegment } from '../../../src/lib/charts/diversity/pairTypesChart';
import { jsdomDocument, readSnapshot } from '../svgSnapshot';

const LABELS: Record<string, string> = { yes: 'URiM', no: 'Not URiM', not_reported: 'Not reported' };
const seg = (mentee: string, mentor: string, pairs: number, total: number, suppressed = false): PairTypeSegment => ({
	menteeCategory: mentee,
	menteeLabel: LABELS[mentee],
	mentorCategory: mentor,
	mentorLabel: LABELS[mentor],
	pairs,
	menteeTotal: total,
	share: pairs / total,
	suppressed
});

const rows = [seg('yes', 'yes', 10, 40), seg('yes', 'no', 30, 40), seg('no', 'yes', 20, 100), seg('no', 'no', 78, 100), seg('no', 'not_reported', 2, 100), seg('not_reported', 'no', 3, 3, true)];
const mentorCategories = ['yes', 'no', 'not_reported'].map((category) => ({ category, label: LABELS[category] }));

describe('pairTypesChart', () => {
	for (const width of [390, 1440]) {
		it(`matches its snapshot at ${width} px`, () => {
			const svg = pairTypesChart(rows, { width, document: jsdomDocument(), dimensionLabel: 'URiM status', mentorCategories });
			const { expected, actual } = readSnapshot(`diversity-pair-types-${width}`, svg);
			expect(actual).toBe(expected);
		});
	}

	it('stacks each mentee group to 100% and keeps a suppressed group without a bar', () => {
		const svg = pairTypesChart(rows, { width: 1440, document: jsdomDocument(), dimensionLabel: 'URiM status', mentorCategories });
		const rects = Array.from(svg.querySelectorAll('g[aria-label="bar"] rect'));
		expect(rects).toHaveLength(5);
		const widths = rects.map((r) => Number(r.getAttribute('width')));
		// stacked in key order: yes-mentor segments first (URiM mentees, Not URiM mentees), then no-mentor
		expect(widths[2] / widths[0]).toBeCloseTo(75 / 25, 2);
		expect(svg.textContent).toContain('Mentor: Not reported');
		expect(svg.textContent).toContain('suppressed');
		expect(svg.getAttribute('aria-label')).toContain('URiM mentees with a urim mentor: 25% (10 of 40 pairs)');
	});
});
