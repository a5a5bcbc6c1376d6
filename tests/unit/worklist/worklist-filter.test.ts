/**
 * The worklist page's filters, on four hand-made open items:
 *   A  P1 MD  unmatched   medium  40 days
 *   A  P1 MD  distress    high    10 days
 *   B  P1 RN  unmatched   high     5 days
 *   C  P2 MD  disengaged  medium  90 days
 */
import { describe, expect, it } from 'vitest';
import { filterWorklist, worklistFilter } from '$lib/views/worklist-filter';
import type { WorklistItem } from '$lib/worklist/actions';
import type { WorklistFlag } from '$lib/metrics/worklist/types';

const item = (person_id: string, program_id: string, reason: WorklistFlag['reason'], severity: WorklistFlag['severity'], days: number): WorklistItem => ({
	person_id,
	program_id,
	reason,
	severity,
	days,
	since: '2026-01-01',
	evidence: '',
	latest: null
});
const open = [item('A', 'P1', 'unmatched', 'medium', 40), item('A', 'P1', 'distress', 'high', 10), item('B', 'P1', 'unmatched', 'high', 5), item('C', 'P2', 'disengaged', 'medium', 90)];
const professionOf = (id: string) => ({ A: 'MD', B: 'RN', C: 'MD' })[id] ?? '';
const keys = (items: readonly WorklistItem[]) => items.map((i) => `${i.person_id}:${i.reason}`);
const run = (search: string) => filterWorklist(open, professionOf, worklistFilter(new URLSearchParams(search)));

describe('worklist filters', () => {
	it('shows everything most urgent first: severity, then the older item', () => {
		// high: A distress 10 days, B unmatched 5 days; medium: C 90, A unmatched 40.
		expect(keys(run('').shown)).toEqual(['A:distress', 'B:unmatched', 'C:disengaged', 'A:unmatched']);
	});

	it('orders by age on request: 90, 40, 10, 5 days', () => {
		expect(keys(run('sort=age').shown)).toEqual(['C:disengaged', 'A:unmatched', 'A:distress', 'B:unmatched']);
	});

	it('counts each reason within the program and profession filters, and shows the chosen reason only', () => {
		// P1 and MD keep A's two items; B is RN, C is in P2.
		const r = run('program=P1&profession=MD&reason=unmatched');
		expect(keys(r.inScope)).toEqual(['A:unmatched', 'A:distress']);
		expect(keys(r.shown)).toEqual(['A:unmatched']);
		expect(r.counts).toMatchObject({ unmatched: 1, distress: 1, disengaged: 0 });
	});

	it('keeps one person’s items from the profile link', () => {
		expect(keys(run('person=B').shown)).toEqual(['B:unmatched']);
		expect(run('person=B').counts.unmatched).toBe(1);
	});
});
