/**
 * Kaplan–Meier chart: snapshots at phone and desktop widths, plus checks that hold whatever
 * the snapshot says: one curve per unsuppressed group, the number-at-risk table under the
 * ticks, the log-rank note, clicks and keys that select a group, suppression, empty input.
 *
 * Steps are the hand-worked curves of tests/unit/metrics/retention/logRank.test.ts
 * (mentored 7 at risk, unmentored 5), times in days. At 1 year (365.25 days) the curves read
 * S = 15/28 = 54% (mentored, last step 200) and 8/15 = 53% (unmentored, last step 300).
 */
process.env.TZ = 'UTC';

import { describe, expect, it } from 'vitest';
import type { KaplanMeierStep } from '../../../src/lib/metrics/kaplanMeier';
import { survivalCurvesChart, type SurvivalChartOptions } from '../../../src/lib/charts/retention/survivalCurves';
import { MENTORING_SERIES } from '../../../src/lib/charts/retention/reasonColors';
import { jsdomDocument, readSnapshot } from '../svgSnapshot';

const step = (group: string, time: number, nRisk: number, nEvent: number, nCensor: number, survival: number, lower: number | null, upper: number | null): KaplanMeierStep => ({
	group,
	time,
	nRisk,
	nEvent,
	nCensor,
	survival,
	stdErr: null,
	lower,
	upper
});

const steps: KaplanMeierStep[] = [
	step('mentored', 0, 7, 0, 0, 1, null, null),
	step('mentored', 60, 7, 2, 0, 5 / 7, 0.2587, 0.9205),
	step('mentored', 100, 5, 0, 1, 5 / 7, 0.2587, 0.9205),
	step('mentored', 200, 4, 1, 1, 15 / 28, 0.132, 0.825),
	step('mentored', 641, 2, 0, 2, 15 / 28, 0.132, 0.825),
	step('unmentored', 0, 5, 0, 0, 1, null, null),
	step('unmentored', 30, 5, 1, 0, 0.8, 0.2038, 0.9692),
	step('unmentored', 150, 4, 0, 1, 0.8, 0.2038, 0.9692),
	step('unmentored', 300, 3, 1, 0, 8 / 15, 0.0683, 0.8631),
	step('unmentored', 641, 2, 0, 2, 8 / 15, 0.0683, 0.8631)
];

const options = (width: number, extra: Partial<SurvivalChartOptions> = {}): SurvivalChartOptions => ({
	width,
	document: jsdomDocument(),
	series: [...MENTORING_SERIES],
	timeLabel: 'Years since the 90-day landmark',
	description: 'Retention from the 90-day landmark, mentored vs unmentored',
	logRank: { groups: [], chiSquare: 0.026003006, df: 1, pValue: 0.871892977 },
	...extra
});

const texts = (root: Element) => Array.from(root.querySelectorAll('svg text')).map((t) => t.textContent);

describe('survivalCurvesChart', () => {
	for (const width of [390, 1440]) {
		it(`matches its snapshot at ${width} px`, () => {
			const el = survivalCurvesChart(steps, options(width));
			const { expected, actual } = readSnapshot(`retention-survival-${width}`, el);
			expect(actual).toBe(expected);
		});
	}

	it('draws a curve and a band per group, the log-rank note and the number at risk', () => {
		const el = survivalCurvesChart(steps, options(1440));
		expect(el.querySelectorAll('g[aria-description^="Retention curve of"] path')).toHaveLength(2);
		expect(el.querySelectorAll('g[aria-label="area"] path')).toHaveLength(2);
		const t = texts(el);
		expect(t).toContain('Log-rank χ² = 0.03, 1 df, p = 0.872');
		expect(t).toContain('Number at risk');
		// 641 days = 1.75 years: ticks at 0, 0.5, 1, 1.5 years = 0, 182.6, 365.25, 547.9 days.
		// Mentored at risk (time ≥ T): 7, 4 (200 is the first step ≥ 182.6), 2, 2;
		// unmentored: 5, 3 (300), 2, 2.
		const row = (label: string) => {
			const i = t.indexOf(label);
			return t.slice(i + 1, i + 5);
		};
		expect(row('Mentored')).toEqual(['7', '4', '2', '2']);
		expect(row('Unmentored')).toEqual(['5', '3', '2', '2']);
		expect(el.querySelector('svg')?.getAttribute('aria-label')).toContain('At 1 year: Mentored 54%, Unmentored 53%.');
	});

	it('selects a group from its curve (click, Enter) and from the legend', () => {
		const picked: string[] = [];
		const el = survivalCurvesChart(steps, options(1440, { onSelect: (k) => picked.push(k) }));
		const [mentoredPath, unmentoredPath] = Array.from(el.querySelectorAll('g[aria-description] path'));
		expect(mentoredPath.getAttribute('role')).toBe('button');
		expect(mentoredPath.getAttribute('tabindex')).toBe('0');
		expect(mentoredPath.getAttribute('aria-label')).toBe('Filter to Mentored');
		mentoredPath.dispatchEvent(new (el.ownerDocument.defaultView as Window & typeof globalThis).MouseEvent('click'));
		unmentoredPath.dispatchEvent(new (el.ownerDocument.defaultView as Window & typeof globalThis).KeyboardEvent('keydown', { key: 'Enter' }));
		(el.querySelector('.chart-legend button[data-key="mentored"]') as HTMLButtonElement).click();
		expect(picked).toEqual(['mentored', 'unmentored', 'mentored']);
	});

	it('hides a suppressed group but keeps its legend entry and at-risk row', () => {
		const el = survivalCurvesChart(steps, options(390, { series: [MENTORING_SERIES[0], { ...MENTORING_SERIES[1], suppressed: true }] }));
		expect(el.querySelectorAll('g[aria-description] path')).toHaveLength(1);
		expect(texts(el)).toContain('suppressed');
		expect(el.querySelector('.chart-legend')?.textContent).toContain('Unmentored(suppressed)');
		expect(texts(el)).not.toContain('5');
	});

	it('says when there is no test and when there is no data', () => {
		const el = survivalCurvesChart(steps, options(390, { logRank: null }));
		expect(texts(el)).toContain('Log-rank test: needs two groups with events');
		const empty = survivalCurvesChart([], options(390));
		expect(empty.textContent).toBe('No data');
	});
});
