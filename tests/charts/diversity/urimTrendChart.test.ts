/**
 * URiM trend chart: snapshots, and checks. y runs from 0 to the highest upper bound × 1.1
 * rounded up to 10: max upper 0.30 → 33 → 40. A year with nobody known leaves no dot.
 */
process.env.TZ = 'UTC';

import { describe, expect, it, vi } from 'vitest';
import { urimTrendChart, type UrimTrendPoint } from '../../../src/lib/charts/diversity/urimTrendChart';
import { jsdomDocument, readSnapshot } from '../svgSnapshot';

const point = (year: number, population: 'trainees' | 'mentors', known: number, share: number | null, lower: number | null, upper: number | null): UrimTrendPoint => ({
	year,
	population,
	known,
	share,
	lower,
	upper
});

const rows: UrimTrendPoint[] = [
	point(2023, 'trainees', 120, 0.2, 0.14, 0.28),
	point(2023, 'mentors', 60, 0.1, 0.05, 0.2),
	point(2024, 'trainees', 130, 0.22, 0.16, 0.3),
	point(2024, 'mentors', 0, null, null, null),
	point(2025, 'trainees', 140, 0.25, 0.18, 0.29),
	point(2025, 'mentors', 70, 0.12, 0.06, 0.21)
];

describe('urimTrendChart', () => {
	for (const width of [390, 1440]) {
		it(`matches its snapshot at ${width} px`, () => {
			const svg = urimTrendChart(rows, { width, document: jsdomDocument() });
			const { expected, actual } = readSnapshot(`diversity-urim-trend-${width}`, svg);
			expect(actual).toBe(expected);
		});
	}

	it('draws a dot per known year and series, on a 0–40% axis', () => {
		const svg = urimTrendChart(rows, { width: 1440, document: jsdomDocument() });
		expect(svg.querySelectorAll('g[aria-label="dot"] > *')).toHaveLength(5);
		const yTicks = Array.from(svg.querySelectorAll('g[aria-label="y-axis tick label"] text')).map((t) => t.textContent);
		expect(yTicks[yTicks.length - 1]).toBe('40');
		expect(svg.getAttribute('aria-label')).toContain('2024, mentors (active): no one known');
		expect(svg.getAttribute('aria-label')).toContain('2025, trainees (cohort): 25% URiM (n=140)');
	});

	it('selects a cohort year from a dot', () => {
		const onSelectYear = vi.fn();
		const doc = jsdomDocument();
		const svg = urimTrendChart(rows, { width: 390, document: doc, onSelectYear });
		const buttons = Array.from(svg.querySelectorAll('[role="button"]'));
		expect(buttons).toHaveLength(5);
		buttons[1].dispatchEvent(new doc.defaultView!.KeyboardEvent('keydown', { key: ' ' }));
		expect(onSelectYear).toHaveBeenCalledWith(2023);
	});
});
