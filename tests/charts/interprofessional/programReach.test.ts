/**
 * Most and least connected programs: snapshots at both widths, and checks: rows keep the
 * metric's order, each drawn with its n and the number of other professions met; a
 * suppressed program shows neither; labels select the program.
 */
process.env.TZ = 'UTC';

import { describe, expect, it, vi } from 'vitest';
import { programReachChart, type ProgramReachBar } from '../../../src/lib/charts/interprofessional/programReach';
import { jsdomDocument, readSnapshot } from '../svgSnapshot';

const rows: ProgramReachBar[] = [
	{ programId: 'MSW', programName: 'MSW Field Mentoring', trainees: 240, reached: 194, otherProfessions: 5, professionsMet: ['MD', 'DO', 'RN', 'NP', 'PharmD'], share: 0.808, lower: 0.754, upper: 0.853 },
	{ programId: 'NRP', programName: 'Nurse Residency Program', trainees: 8, reached: 6, otherProfessions: 2, professionsMet: ['MD', 'PharmD'], share: 0.75, lower: 0.41, upper: 0.93, suppressed: true },
	{ programId: 'GME-SURG', programName: 'General Surgery Residency Mentoring', trainees: 200, reached: 107, otherProfessions: 1, professionsMet: ['RN'], share: 0.535, lower: 0.466, upper: 0.603 }
];

describe('programReachChart', () => {
	for (const width of [390, 1440]) {
		it(`matches its snapshot at ${width} px`, () => {
			const svg = programReachChart(rows, { width, document: jsdomDocument(), onSelect: () => {} });
			const { expected, actual } = readSnapshot(`ipe-program-reach-${width}`, svg);
			expect(actual).toBe(expected);
		});
	}

	it('keeps the given order, shows n and breadth, hides the suppressed program', () => {
		const svg = programReachChart(rows, { width: 1440, document: jsdomDocument() });
		const text = svg.textContent ?? '';
		expect(text).toContain('n=240');
		expect(text).toContain('81% · 5 other professions');
		expect(text).toContain('54% · 1 other profession');
		expect(text).not.toMatch(/n=8(?!\d)/);
		expect(text).not.toContain('75%');
		expect(svg.querySelectorAll('g[aria-label="dot"] circle')).toHaveLength(2);
		expect(svg.getAttribute('aria-label')).toContain('Most connected: MSW Field Mentoring');
		expect(svg.getAttribute('aria-label')).toContain('Least connected: General Surgery Residency Mentoring');
	});

	it('selects a program from its label, on the axis (desktop) or above its row (phone)', () => {
		const onSelect = vi.fn();
		for (const [width, group] of [[1440, 'y-axis tick label'], [390, 'program-label']] as const) {
			const svg = programReachChart(rows, { width, document: jsdomDocument(), onSelect });
			const view = svg.ownerDocument.defaultView as Window & typeof globalThis;
			const labels = Array.from(svg.querySelectorAll(group === 'program-label' ? 'g.program-label text' : `g[aria-label="${group}"] text`));
			expect(labels.map((l) => l.getAttribute('aria-label'))).toEqual([
				'Filter to MSW Field Mentoring',
				'Filter to Nurse Residency Program',
				'Filter to General Surgery Residency Mentoring'
			]);
			labels[2].dispatchEvent(new view.MouseEvent('click'));
		}
		expect(onSelect.mock.calls).toEqual([['GME-SURG'], ['GME-SURG']]);
	});

	it('on a phone, names each program in full with its n, except the suppressed one', () => {
		const svg = programReachChart(rows, { width: 390, document: jsdomDocument() });
		const names = Array.from(svg.querySelectorAll('g.program-label text')).map((t) => t.textContent);
		expect(names).toEqual(['MSW Field Mentoring · n=240', 'Nurse Residency Program', 'General Surgery Residency Mentoring · n=200']);
	});

	it('says "No data" for no programs', () => {
		expect(programReachChart([], { width: 390, document: jsdomDocument() }).textContent).toBe('No data');
	});
});
