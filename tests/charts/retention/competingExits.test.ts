/**
 * Cumulative incidence and exits-by-level charts: snapshots at both widths and checks of
 * what each must show. Incidence points are the hand-worked CIFs of
 * tests/unit/metrics/retention/cumulativeIncidence.test.ts (10 trainees).
 */
process.env.TZ = 'UTC';

import { describe, expect, it } from 'vitest';
import type { IncidencePoint } from '../../../src/lib/metrics/retention/cumulativeIncidence';
import type { ExitCount } from '../../../src/lib/metrics/retention/exitsByLevel';
import type { ExitReason } from '../../../src/lib/metrics/retention/subjects';
import { cumulativeIncidenceChart } from '../../../src/lib/charts/retention/cumulativeIncidence';
import { exitsByLevelChart } from '../../../src/lib/charts/retention/exitsByLevel';
import { jsdomDocument, readSnapshot } from '../svgSnapshot';

// time → [n at risk, S(t)], and each reason's CIF at 0, 100, 200, 300, 400 days.
const times: [number, number, number][] = [
	[0, 10, 1],
	[100, 10, 0.8],
	[200, 7, 4 / 7],
	[300, 5, 12 / 35],
	[400, 3, 8 / 35]
];
const cif: Record<string, number[]> = {
	academic: [0, 0.1, 0.1, 0.1, 0.1],
	personal: [0, 0.1, 0.1, 0.1, 0.1],
	graduated: [0, 0, 4 / 35, 8 / 35, 8 / 35],
	transferred: [0, 0, 4 / 35, 4 / 35, 4 / 35],
	dismissed: [0, 0, 0, 4 / 35, 4 / 35],
	not_recorded: [0, 0, 0, 0, 4 / 35]
};
const points: IncidencePoint[] = Object.entries(cif).flatMap(([reason, values]) =>
	times.map(([time, nRisk, enrolled], i) => ({
		reason: reason as ExitReason,
		attrition: reason !== 'graduated' && reason !== 'transferred',
		time,
		incidence: values[i],
		enrolled,
		nRisk,
		nEvent: 0
	}))
);

const exits: ExitCount[] = [
	{ reason: 'academic', attrition: true, level: 'MS1', count: 12 },
	{ reason: 'personal', attrition: true, level: 'MS1', count: 14 },
	{ reason: 'personal', attrition: true, level: 'MS2', count: 3, suppressed: true },
	{ reason: 'dismissed', attrition: true, level: 'MS2', count: 4, suppressed: true },
	{ reason: 'graduated', attrition: false, level: 'MS4', count: 160 },
	{ reason: 'transferred', attrition: false, level: 'MS2', count: 20 }
];

describe('cumulativeIncidenceChart', () => {
	for (const width of [390, 1440]) {
		it(`matches its snapshot at ${width} px`, () => {
			const el = cumulativeIncidenceChart(points, { width, document: jsdomDocument() });
			const { expected, actual } = readSnapshot(`retention-incidence-${width}`, el);
			expect(actual).toBe(expected);
		});
	}

	it('shows all exits to 100% and attrition by reason on its own scale', () => {
		const el = cumulativeIncidenceChart(points, { width: 1440, document: jsdomDocument() });
		const [top, bottom] = Array.from(el.querySelectorAll('svg > svg'));
		// By 400 days (1.1 years): attrition 0.1 + 0.1 + 4/35 + 4/35 = 42.9%, transferred 4/35 =
		// 11.4%, graduated 8/35 = 22.9%, still enrolled 8/35 = 22.9%.
		expect(top.getAttribute('aria-label')).toBe(
			'Stacked cumulative incidence of leaving: by 1.1 years, 43% withdrawn or dismissed, 11% transferred, 23% graduated, 23% still enrolled.'
		);
		expect(bottom.getAttribute('aria-label')).toContain('Academic 10%, Personal 10%, Dismissed 11%, Not recorded 11%');
		expect(bottom.getAttribute('aria-label')).not.toContain('Graduated');
		expect(el.querySelectorAll('g[aria-label="area"] path').length).toBe(4 + 4);
	});

	it('says so when nobody left', () => {
		expect(cumulativeIncidenceChart([], { width: 390, document: jsdomDocument() }).textContent).toBe('No one left in this population');
	});
});

describe('exitsByLevelChart', () => {
	for (const width of [390, 1440]) {
		it(`matches its snapshot at ${width} px`, () => {
			const svg = exitsByLevelChart(exits, { width, document: jsdomDocument() });
			const { expected, actual } = readSnapshot(`retention-exits-by-level-${width}`, svg);
			expect(actual).toBe(expected);
		});
	}

	it('prints shown counts, hides suppressed ones, and marks competing exits', () => {
		const svg = exitsByLevelChart(exits, { width: 1440, document: jsdomDocument() });
		const text = Array.from(svg.querySelectorAll('text')).map((t) => t.textContent);
		expect(text).toEqual(expect.arrayContaining(['12', '14', '160', '20', 'Graduated (competing)', 'Transferred (competing)']));
		expect(text).not.toContain('3');
		expect(text).not.toContain('4');
		expect(text.filter((t) => t === '–')).toHaveLength(2);
		expect(svg.getAttribute('aria-label')).toContain('Table of 206 exits by reason and training level (5 reasons, 3 levels); 2 cells suppressed');
	});

	it('says so when nobody left', () => {
		expect(exitsByLevelChart([], { width: 390, document: jsdomDocument() }).textContent).toBe('No exits in this population');
	});
});
