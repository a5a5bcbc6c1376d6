/**
 * Composition chart: snapshots at phone and desktop widths, plus checks that do not depend
 * on the snapshot. Bar widths are proportional to the shares on the fixed 0–100% axis:
 * trainees white 45% vs Asian 30% → ratio 1.5. A person with two races is counted in both,
 * so the race shares of trainees add to 45 + 30 + 20 + 10 + 5 = 110%: the chart must draw
 * them as given and say so in its description.
 */
process.env.TZ = 'UTC';

import { describe, expect, it, vi } from 'vitest';
import { compositionChart, type CompositionBar } from '../../../src/lib/charts/diversity/compositionChart';
import { jsdomDocument, readSnapshot } from '../svgSnapshot';

const bar = (category: string, label: string, population: 'trainees' | 'mentors', count: number, total: number, extra: Partial<CompositionBar> = {}): CompositionBar => ({
	category,
	label,
	population,
	count,
	total,
	share: total ? count / total : null,
	...extra
});

const race: CompositionBar[] = [
	bar('asian', 'Asian', 'trainees', 60, 200),
	bar('asian', 'Asian', 'mentors', 20, 80),
	bar('white', 'White', 'trainees', 90, 200),
	bar('white', 'White', 'mentors', 50, 80),
	bar('black_african_american', 'Black or African American', 'trainees', 40, 200),
	bar('black_african_american', 'Black or African American', 'mentors', 4, 80, { suppressed: true }),
	bar('multiple', 'Multiple categories selected', 'trainees', 20, 200),
	bar('multiple', 'Multiple categories selected', 'mentors', 0, 80),
	bar('not_reported', 'Not reported', 'trainees', 10, 200),
	bar('not_reported', 'Not reported', 'mentors', 6, 80, { suppressed: true })
];

const urim: CompositionBar[] = [
	bar('yes', 'URiM', 'trainees', 50, 200, { selectable: true }),
	bar('yes', 'URiM', 'mentors', 12, 80, { selectable: true }),
	bar('no', 'Not URiM', 'trainees', 140, 200, { selectable: true }),
	bar('no', 'Not URiM', 'mentors', 68, 80, { selectable: true }),
	bar('not_reported', 'Not reported', 'trainees', 10, 200),
	bar('not_reported', 'Not reported', 'mentors', 0, 0)
];

describe('compositionChart', () => {
	for (const width of [390, 1440]) {
		it(`matches its snapshot at ${width} px`, () => {
			const svg = compositionChart(race, { width, document: jsdomDocument(), dimensionLabel: 'race/ethnicity', multiSelect: true });
			const { expected, actual } = readSnapshot(`diversity-composition-race-${width}`, svg);
			expect(actual).toBe(expected);
		});
	}

	it('draws shares as given, even when they add to more than 100%, and hides suppressed cells', () => {
		const svg = compositionChart(race, { width: 1440, document: jsdomDocument(), dimensionLabel: 'race/ethnicity', multiSelect: true });
		const rects = Array.from(svg.querySelectorAll('g[aria-label="bar"] rect'));
		// 10 cells − 2 suppressed − 1 zero-width (multiple, mentors: 0%, drawn with width 0)
		expect(rects).toHaveLength(8);
		const widths = rects.map((r) => Number(r.getAttribute('width')));
		expect(widths[2] / widths[0]).toBeCloseTo(45 / 30, 3);
		expect(svg.textContent).toContain('45% (90)');
		expect(svg.textContent).toContain('suppressed');
		expect(svg.textContent).not.toMatch(/\(4\)|\(6\)/);
		expect(svg.getAttribute('aria-label')).toContain('more than one category, so shares can add to more than 100%');
	});

	it('lets a keyboard or a click select a category, but not "Not reported"', () => {
		const onSelect = vi.fn();
		const doc = jsdomDocument();
		const svg = compositionChart(urim, { width: 390, document: doc, dimensionLabel: 'URiM', onSelect });
		const buttons = Array.from(svg.querySelectorAll('[role="button"]'));
		expect(buttons).toHaveLength(4);
		expect(buttons.every((b) => b.getAttribute('tabindex') === '0')).toBe(true);
		expect(buttons[0].getAttribute('aria-label')).toBe('Filter to URiM: URiM, trainees: 25% (50) of 200');
		buttons[2].dispatchEvent(new doc.defaultView!.MouseEvent('click'));
		buttons[1].dispatchEvent(new doc.defaultView!.KeyboardEvent('keydown', { key: 'Enter' }));
		expect(onSelect.mock.calls).toEqual([['no'], ['yes']]);
		expect(svg.textContent).toContain('no one');
	});

	it('says "No data" for no rows', () => {
		expect(compositionChart([], { width: 390, document: jsdomDocument(), dimensionLabel: 'URiM' }).textContent).toBe('No data');
	});
});
