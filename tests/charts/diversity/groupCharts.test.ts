/**
 * Group charts (match rate with intervals; values such as meetings per pairing-month):
 * snapshots and checks. Rate dots sit at rate × plot width on a fixed 0–100% axis, so the
 * dot positions of 40% and 80% are 1:2 from the axis origin. Unknown groups are listed
 * ("Not reported"), empty ones say why, suppressed ones show neither value nor n.
 */
process.env.TZ = 'UTC';

import { describe, expect, it, vi } from 'vitest';
import { groupRateChart, type GroupRate } from '../../../src/lib/charts/diversity/groupRateChart';
import { groupValueChart, type GroupValue } from '../../../src/lib/charts/diversity/groupValueChart';
import { jsdomDocument, readSnapshot } from '../svgSnapshot';

const rate = (dimension: string, category: string, label: string, n: number, r: number | null, extra: Partial<GroupRate> = {}): GroupRate => ({
	dimension,
	dimensionLabel: dimension === 'urim' ? 'URiM' : 'Gender',
	category,
	label,
	n,
	rate: r,
	lower: r === null ? null : Math.max(0, r - 0.1),
	upper: r === null ? null : Math.min(1, r + 0.1),
	selectable: category !== 'not_reported',
	...extra
});

const rates: GroupRate[] = [
	rate('urim', 'yes', 'URiM', 50, 0.4),
	rate('urim', 'no', 'Not URiM', 150, 0.8),
	rate('urim', 'not_reported', 'Not reported', 12, 0.5),
	rate('gender', 'woman', 'Woman', 110, 0.7),
	rate('gender', 'nonbinary', 'Nonbinary', 0, null),
	rate('gender', 'not_reported', 'Not reported', 5, 0.2, { suppressed: true })
];

const values: GroupValue[] = rates.map((r) => ({
	dimension: r.dimension,
	dimensionLabel: r.dimensionLabel,
	category: r.category,
	label: r.label,
	n: r.n,
	value: r.rate === null ? null : r.rate * 2,
	missingNote: 'no pairings',
	suppressed: r.suppressed,
	selectable: r.selectable
}));

const rateOptions = { valueLabel: 'Active trainees with a mentor (%)', description: 'Match rate by group.', emptyNote: 'no active trainees' };
const valueOptions = { valueLabel: 'Completed meetings per pairing-month', description: 'Meeting frequency by group.', format: (v: number) => v.toFixed(2) };

describe('groupRateChart', () => {
	for (const width of [390, 1440]) {
		it(`matches its snapshot at ${width} px`, () => {
			const svg = groupRateChart(rates, { width, document: jsdomDocument(), ...rateOptions });
			const { expected, actual } = readSnapshot(`diversity-group-rate-${width}`, svg);
			expect(actual).toBe(expected);
		});
	}

	it('places dots by rate, lists unknown and empty groups, hides suppressed ones', () => {
		const svg = groupRateChart(rates, { width: 1440, document: jsdomDocument(), ...rateOptions });
		const dots = Array.from(svg.querySelectorAll('g[aria-label="dot"] circle'));
		expect(dots).toHaveLength(4);
		// The last rule is the x = 0 baseline; dots in data order 40%, 80%, 50%, 70% (no onSelect).
		const rules = Array.from(svg.querySelectorAll('g[aria-label="rule"]'));
		const origin = Number(rules[rules.length - 1].querySelector('line')?.getAttribute('x1'));
		const cx = dots.map((d) => Number(d.getAttribute('cx')) - origin);
		expect(cx[1] / cx[0]).toBeCloseTo(80 / 40, 3);
		expect(cx[3] / cx[0]).toBeCloseTo(70 / 40, 3);
		const text = svg.textContent ?? '';
		expect(text).toContain('Not reported (n=12)');
		expect(text).toContain('no active trainees');
		expect(text).toContain('suppressed');
		expect(text).not.toMatch(/n=5(?!\d)/);
		expect(text).toContain('URiM');
	});

	it('filters on a known group only', () => {
		const onSelect = vi.fn();
		const doc = jsdomDocument();
		const svg = groupRateChart(rates, { width: 390, document: doc, ...rateOptions, onSelect });
		const buttons = Array.from(svg.querySelectorAll('[role="button"]'));
		expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
			'Filter to URiM: URiM, URiM: 40% (n=50)',
			'Filter to Not URiM: URiM, Not URiM: 80% (n=150)',
			'Filter to Woman: Gender, Woman: 70% (n=110)'
		]);
		buttons[2].dispatchEvent(new doc.defaultView!.MouseEvent('click'));
		expect(onSelect.mock.calls[0][0]).toMatchObject({ dimension: 'gender', category: 'woman' });
	});
});

describe('groupValueChart', () => {
	for (const width of [390, 1440]) {
		it(`matches its snapshot at ${width} px`, () => {
			const svg = groupValueChart(values, { width, document: jsdomDocument(), ...valueOptions });
			const { expected, actual } = readSnapshot(`diversity-group-value-${width}`, svg);
			expect(actual).toBe(expected);
		});
	}

	it('draws bars proportional to the values and says why a value is missing', () => {
		const svg = groupValueChart(values, { width: 1440, document: jsdomDocument(), ...valueOptions });
		const rects = Array.from(svg.querySelectorAll('g[aria-label="bar"] rect'));
		expect(rects).toHaveLength(4);
		const byLabel = new Map(rects.map((r) => [Number(r.getAttribute('width')), r]));
		const widths = [...byLabel.keys()].sort((a, b) => a - b);
		// values 0.8 (URiM), 1.0 (Not reported), 1.4 (Woman), 1.6 (Not URiM)
		expect(widths[3] / widths[0]).toBeCloseTo(1.6 / 0.8, 3);
		expect(svg.textContent).toContain('no pairings');
		expect(svg.textContent).toContain('1.60');
	});

	it('says "No data" for no rows', () => {
		expect(groupValueChart([], { width: 390, document: jsdomDocument(), ...valueOptions }).textContent).toBe('No data');
		expect(groupRateChart([], { width: 390, document: jsdomDocument(), ...rateOptions }).textContent).toBe('No data');
	});
});
