/**
 * Wave charts of the well-being view: prevalence by wave (selectable wrapper around the
 * shared chart) and response rate by wave. Snapshots at phone and desktop widths, plus
 * checks that do not depend on the snapshot: one focusable target per wave that filters on
 * click and on Enter, suppressed waves show no numbers, empty input says so.
 */
process.env.TZ = 'UTC';

import { describe, expect, it } from 'vitest';
import { prevalenceByWaveChart } from '../../../src/lib/charts/prevalenceByWave';
import { responseRateByWaveChart, type ResponseRateRow } from '../../../src/lib/charts/wellbeing/responseRateByWave';
import { wavePrevalenceChart, type WavePrevalenceRow } from '../../../src/lib/charts/wellbeing/wavePrevalence';
import { jsdomDocument, readSnapshot } from '../svgSnapshot';

const waves: WavePrevalenceRow[] = [
	{ waveId: 'W2', label: 'Spring 2026', opensOn: '2026-03-02', closesOn: '2026-03-27', eligible: 300, respondents: 150, n: 148, flagged: 60, prevalence: 60 / 148, lower: 0.3283, upper: 0.4864, responseRate: 0.5 },
	{ waveId: 'W1', label: 'Autumn 2025', opensOn: '2025-10-06', closesOn: '2025-10-31', eligible: 280, respondents: 196, n: 196, flagged: 88, prevalence: 88 / 196, lower: 0.3804, upper: 0.5187, responseRate: 0.7 },
	{ waveId: 'W3', label: 'Autumn 2026', opensOn: '2026-10-05', closesOn: '2026-10-30', eligible: 290, respondents: 8, n: 8, flagged: 3, prevalence: 0.375, lower: 0.1369, upper: 0.6943, responseRate: 8 / 290, suppressed: true }
];

const rates: ResponseRateRow[] = waves.map(({ waveId, label, opensOn, closesOn, eligible, respondents, responseRate, suppressed }) => ({
	waveId,
	label,
	opensOn,
	closesOn,
	eligible,
	respondents,
	responseRate,
	suppressed
}));

function press(el: Element, key: string) {
	const view = el.ownerDocument.defaultView as unknown as { KeyboardEvent: typeof KeyboardEvent };
	el.dispatchEvent(new view.KeyboardEvent('keydown', { key, bubbles: true }));
}

describe('wavePrevalenceChart', () => {
	for (const width of [390, 1440]) {
		it(`matches its snapshot at ${width} px`, () => {
			const svg = wavePrevalenceChart(waves, { width, document: jsdomDocument(), onSelect: () => {} });
			const { expected, actual } = readSnapshot(`wellbeing-wave-prevalence-${width}`, svg);
			expect(actual).toBe(expected);
		});
	}

	it('adds one focusable target per wave, in date order, and leaves the shared chart unchanged', () => {
		const picked: string[] = [];
		const svg = wavePrevalenceChart(waves, { width: 1440, document: jsdomDocument(), onSelect: (id) => picked.push(id) });
		const targets = Array.from(svg.querySelectorAll('rect.wb-target'));
		expect(targets.map((t) => t.getAttribute('data-key'))).toEqual(['W1', 'W2', 'W3']);
		expect(targets.every((t) => t.getAttribute('tabindex') === '0' && t.getAttribute('role') === 'button')).toBe(true);
		expect(targets[0].getAttribute('aria-label')).toBe('Filter every view to Autumn 2025, 2025-10-06 to 2025-10-31');
		expect(targets[1].querySelector('title')?.textContent).toContain('burnout: 60 of 148 (41%');
		expect(targets[1].querySelector('title')?.textContent).toContain('response rate 50% (150 of 300 eligible)');
		// Columns left to right.
		const xs = targets.map((t) => Number(t.getAttribute('x')));
		expect(xs[0]).toBeLessThan(xs[1]);
		expect(xs[1]).toBeLessThan(xs[2]);
		(targets[1] as SVGElement).dispatchEvent(new (svg.ownerDocument.defaultView as unknown as { Event: typeof Event }).Event('click'));
		press(targets[0], 'Enter');
		press(targets[2], 'x');
		expect(picked).toEqual(['W2', 'W1']);
		// The suppressed wave's hover text has no numbers.
		expect(targets[2].querySelector('title')?.textContent).toBe('Autumn 2026: suppressed (small numbers)');

		// Mark groups are hidden from assistive technology (Plot's aria-label on a <g> is a
		// prohibited attribute for axe); the group holding the targets is a real group.
		const groups = Array.from(svg.children).filter((g) => g.tagName === 'g' && g.hasAttribute('aria-label'));
		expect(groups.every((g) => g.getAttribute('aria-hidden') === 'true' || g.getAttribute('role') === 'group')).toBe(true);
		expect(groups.filter((g) => g.getAttribute('role') === 'group').map((g) => g.getAttribute('aria-label'))).toEqual(['selectable categories']);

		const plain = prevalenceByWaveChart(waves, { width: 1440, document: jsdomDocument() });
		expect(plain.querySelectorAll('rect.wb-target')).toHaveLength(0);
	});
});

describe('responseRateByWaveChart', () => {
	for (const width of [390, 1440]) {
		it(`matches its snapshot at ${width} px`, () => {
			const svg = responseRateByWaveChart(rates, { width, document: jsdomDocument(), onSelect: () => {} });
			const { expected, actual } = readSnapshot(`wellbeing-response-rate-${width}`, svg);
			expect(actual).toBe(expected);
		});
	}

	it('draws a bar per wave with "respondents of eligible", hiding suppressed numbers', () => {
		const svg = responseRateByWaveChart(rates, { width: 1440, document: jsdomDocument() });
		const bars = Array.from(svg.querySelectorAll('g[aria-label="bar"] rect'));
		expect(bars).toHaveLength(2);
		const heights = bars.map((b) => Number(b.getAttribute('height')));
		// 70% (Autumn 2025) is taller than 50% (Spring 2026).
		expect(heights[0]).toBeGreaterThan(heights[1]);
		expect(svg.textContent).toContain('70% · 196 of 280');
		expect(svg.textContent).toContain('50% · 150 of 300');
		expect(svg.textContent).toContain('suppressed');
		expect(svg.textContent).not.toContain('of 290');
		expect(svg.getAttribute('aria-label')).toContain('Lowest: Spring 2026: 50% responded (150 of 300 eligible trainees)');
		expect(svg.querySelectorAll('rect.wb-target')).toHaveLength(0);
	});

	it('keeps only the percent on narrow columns, and says "No data" for no rows', () => {
		const svg = responseRateByWaveChart(rates, { width: 390, document: jsdomDocument() });
		expect(svg.textContent).toContain('70%');
		expect(svg.textContent).not.toContain('196 of 280');
		expect(responseRateByWaveChart([], { width: 390, document: jsdomDocument() }).textContent).toBe('No data');
	});
});
