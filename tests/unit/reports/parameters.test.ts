/**
 * The builder form's parameters, checked on the server before anything runs: a known
 * template, real calendar dates in order, non-empty program ids (deduplicated and sorted, so
 * the same choice is saved the same way), and a known population.
 */
import { describe, expect, it } from 'vitest';
import { parametersFromForm } from '$lib/reports/parameters';

const IDS = ['lcme-3-3-diversity'];

function form(fields: Record<string, string | string[]>): FormData {
	const f = new FormData();
	for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) f.append(k, x);
	return f;
}
const good = { template: 'lcme-3-3-diversity', from: '2024-07-01', to: '2025-06-30', population: 'all-trainees' };

describe('report parameters from the builder form', () => {
	it('reads a good form, with programs deduplicated and sorted', () => {
		expect(parametersFromForm(form({ ...good, program: ['UME-MD', 'GME-IM', 'UME-MD', ''] }), IDS)).toEqual({
			ok: true,
			parameters: { templateId: 'lcme-3-3-diversity', from: '2024-07-01', to: '2025-06-30', programs: ['GME-IM', 'UME-MD'], population: 'all-trainees' }
		});
	});

	it.each([
		[{ template: 'no-such' }, 'unknown report template: no-such'],
		[{ template: '' }, 'Choose a report template.'],
		[{ from: '2025-02-30' }, 'period start is not a date (yyyy-mm-dd): 2025-02-30'],
		[{ to: '30/06/2025' }, 'period end is not a date (yyyy-mm-dd): 30/06/2025'],
		[{ from: '2025-07-01' }, 'the period starts (2025-07-01) after it ends (2025-06-30)'],
		[{ population: 'everyone' }, /^unknown population: everyone; one of .*all-trainees/]
	])('refuses %o', (change, message) => {
		const result = parametersFromForm(form({ ...good, ...change }), IDS);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		if (message instanceof RegExp) expect(result.message).toMatch(message);
		else expect(result.message).toBe(message);
	});
});
