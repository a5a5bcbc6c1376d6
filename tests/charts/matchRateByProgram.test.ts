/**
 * Match rate by program: SVG snapshots at phone and desktop widths, plus checks that do not
 * depend on the snapshot (bar order and lengths, labels, suppression, empty input).
 *
 * Plot area at 1440 px: x from marginLeft to 1440 − 44 maps 0–100 %, so bar widths are
 * proportional to the rates: 80 / 35.4 = 2.2599 for General Surgery vs PharmD.
 */
process.env.TZ = 'UTC';

import { describe, expect, it } from 'vitest';
import { matchRateByProgramChart, type MatchRateBar } from '../../src/lib/charts/matchRateByProgram';
import { jsdomDocument, readSnapshot } from './svgSnapshot';

const rows: MatchRateBar[] = [
	{ programId: 'P1', programName: 'UME Mentoring', activeTrainees: 120, rate: 0.62 },
	{ programId: 'P2', programName: 'General Surgery Residency Program', activeTrainees: 35, rate: 0.8 },
	{ programId: 'P3', programName: 'Nurse Residency', activeTrainees: 6, rate: 0.5, suppressed: true },
	{ programId: 'P4', programName: 'PharmD Peer Mentoring', activeTrainees: 48, rate: 0.354 },
	{ programId: 'P5', programName: 'Social Work', activeTrainees: 0, rate: null }
];

const tickLabels = (svg: Element) =>
	Array.from(svg.querySelectorAll('g[aria-label="y-axis tick label"] > text')).map((t) =>
		Array.from(t.querySelectorAll('tspan')).length
			? Array.from(t.querySelectorAll('tspan')).map((s) => s.textContent).join(' | ')
			: t.textContent
	);

describe('matchRateByProgramChart', () => {
	for (const width of [390, 1440]) {
		it(`matches its snapshot at ${width} px`, () => {
			const svg = matchRateByProgramChart(rows, { width, document: jsdomDocument() });
			expect(svg.tagName).toBe('svg');
			const { expected, actual } = readSnapshot(`match-rate-by-program-${width}`, svg);
			expect(actual).toBe(expected);
		});
	}

	it('sorts bars by rate, labels each with n, and draws none for suppressed or empty programs', () => {
		const svg = matchRateByProgramChart(rows, { width: 1440, document: jsdomDocument() });
		expect(tickLabels(svg)).toEqual([
			'General Surgery Residency Program | n=35',
			'UME Mentoring | n=120',
			'PharmD Peer Mentoring | n=48',
			// suppressed: name only, no n (n=6 would reveal the small cell)
			'Nurse Residency',
			'Social Work | n=0'
		]);
		const bars = Array.from(svg.querySelectorAll('g[aria-label="bar"] rect'));
		expect(bars).toHaveLength(3);
		const widths = bars.map((b) => Number(b.getAttribute('width')));
		expect(widths[0] / widths[2]).toBeCloseTo(80 / 35.4, 3);
		expect(svg.textContent).toContain('suppressed');
		expect(svg.textContent).not.toContain('50%');
		expect(svg.textContent).not.toMatch(/n=6(?!\d)/);
	});

	it('describes itself for screen readers and leaves the title to the page', () => {
		const svg = matchRateByProgramChart(rows, { width: 390, document: jsdomDocument() });
		const label = svg.getAttribute('aria-label') ?? '';
		expect(label).toMatch(/share of active trainees with a mentor, by program \(5 programs\)/);
		expect(label).toContain('Highest: General Surgery Residency Program, n=35, 80%');
		expect(label).toContain('1 suppressed');
		expect(svg.querySelector('h2, h3, figcaption')).toBeNull();
	});

	it('says "No data" for no rows and rejects a nonsense width', () => {
		const el = matchRateByProgramChart([], { width: 390, document: jsdomDocument() });
		expect(el.tagName).toBe('DIV');
		expect(el.textContent).toBe('No data');
		expect(() => matchRateByProgramChart(rows, { width: 0, document: jsdomDocument() })).toThrow(/invalid chart width/);
	});
});
