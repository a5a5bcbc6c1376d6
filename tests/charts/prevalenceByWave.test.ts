/**
 * Prevalence by wave: SVG snapshots at phone and desktop widths, plus checks that do not
 * depend on the snapshot (order, CI rules, gaps, labels, suppression, empty input).
 *
 * y runs 0–100 % from the bottom: a higher prevalence sits higher (smaller cy).
 */
process.env.TZ = 'UTC';

import { describe, expect, it } from 'vitest';
import { prevalenceByWaveChart, type WavePrevalencePoint } from '../../src/lib/charts/prevalenceByWave';
import { jsdomDocument, readSnapshot } from './svgSnapshot';

// Given out of order on purpose: the chart orders waves by opensOn.
const rows: WavePrevalencePoint[] = [
	{ waveId: 'W3', label: 'Spring 2024', opensOn: '2024-03-01', n: 40, prevalence: 0.4, lower: 0.2602, upper: 0.5555 },
	{ waveId: 'W1', label: 'Spring 2023', opensOn: '2023-03-01', n: 52, prevalence: 0.44, lower: 0.3138, upper: 0.5747 },
	{ waveId: 'W2', label: 'Autumn 2023', opensOn: '2023-10-01', n: 61, prevalence: 0.377, lower: 0.2649, upper: 0.5037 },
	{ waveId: 'W4', label: 'Autumn 2024', opensOn: '2024-10-01', n: 5, prevalence: 0.2, lower: 0.0362, upper: 0.6245, suppressed: true },
	{ waveId: 'W5', label: 'Spring 2025', opensOn: '2025-03-01', n: 70, prevalence: 0.3143, lower: 0.2171, upper: 0.4312 },
	{ waveId: 'W6', label: 'Autumn 2025', opensOn: '2025-10-01', n: 0, prevalence: null, lower: null, upper: null }
];

const tickLabels = (svg: Element) =>
	Array.from(svg.querySelectorAll('g[aria-label="x-axis tick label"] > text')).map((t) =>
		Array.from(t.querySelectorAll('tspan'))
			.map((s) => s.textContent)
			.join(' ')
	);

describe('prevalenceByWaveChart', () => {
	for (const width of [390, 1440]) {
		it(`matches its snapshot at ${width} px`, () => {
			const svg = prevalenceByWaveChart(rows, { width, document: jsdomDocument() });
			expect(svg.tagName).toBe('svg');
			const { expected, actual } = readSnapshot(`prevalence-by-wave-${width}`, svg);
			expect(actual).toBe(expected);
		});
	}

	it('orders waves by date, puts n under each label, and hides suppressed waves', () => {
		const svg = prevalenceByWaveChart(rows, { width: 1440, document: jsdomDocument() });
		expect(tickLabels(svg)).toEqual([
			'Spring 2023 n=52',
			'Autumn 2023 n=61',
			'Spring 2024 n=40',
			'Autumn 2024 suppressed',
			'Spring 2025 n=70',
			'Autumn 2025 n=0'
		]);
		const dots = Array.from(svg.querySelectorAll('g[aria-label="dot"] circle'));
		const rules = Array.from(svg.querySelectorAll('g[aria-label="rule"] line')).filter((l) => l.getAttribute('y1') !== l.getAttribute('y2'));
		expect(dots).toHaveLength(4);
		expect(rules).toHaveLength(4);
		const cy = dots.map((d) => Number(d.getAttribute('cy')));
		// 44% (W1) above 37.7% (W2) above 31.4% (W5)
		expect(cy[0]).toBeLessThan(cy[1]);
		expect(cy[1]).toBeLessThan(cy[3]);
		// The line breaks at the suppressed wave: two segments (W1–W3, then W5 alone).
		const d = svg.querySelector('g[aria-label="line"] path')?.getAttribute('d') ?? '';
		expect(d.match(/M/g)).toHaveLength(2);
		expect(svg.textContent).not.toContain('20%');
		expect(svg.textContent).not.toMatch(/n=5(?!\d)/);
	});

	it('describes itself for screen readers', () => {
		const svg = prevalenceByWaveChart(rows, { width: 390, document: jsdomDocument(), flagLabel: 'burnout' });
		const label = svg.getAttribute('aria-label') ?? '';
		expect(label).toContain('burnout prevalence by survey wave with 95% Wilson confidence intervals (6 waves)');
		expect(label).toContain('Latest: Spring 2025, 31% (n=70)');
		expect(label).toContain('1 suppressed');
	});

	it('says "No data" for no rows', () => {
		const el = prevalenceByWaveChart([], { width: 1440, document: jsdomDocument() });
		expect(el.tagName).toBe('DIV');
		expect(el.textContent).toBe('No data');
	});
});
