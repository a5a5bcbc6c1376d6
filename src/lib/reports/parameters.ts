/**
 * Reading and checking a report's parameters from a form (or saved JSON). Pure, so the
 * builder page and the server agree; the server checks again against the dataset (program
 * ids exist, the period lies in the data) before it runs anything.
 */
import { POPULATIONS, populationById } from './populations';
import type { ReportParameters } from './types';

export type ParametersResult = { ok: true; parameters: ReportParameters } | { ok: false; message: string };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(value: string): boolean {
	if (!ISO_DATE.test(value)) return false;
	const d = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function checkParameters(input: { templateId: unknown; from: unknown; to: unknown; programs: unknown; population: unknown }, templateIds: readonly string[]): ParametersResult {
	const templateId = typeof input.templateId === 'string' ? input.templateId : '';
	if (!templateIds.includes(templateId)) return { ok: false, message: templateId ? `unknown report template: ${templateId}` : 'Choose a report template.' };
	const from = typeof input.from === 'string' ? input.from.trim() : '';
	const to = typeof input.to === 'string' ? input.to.trim() : '';
	if (!validDate(from)) return { ok: false, message: from ? `period start is not a date (yyyy-mm-dd): ${from}` : 'Give the period start.' };
	if (!validDate(to)) return { ok: false, message: to ? `period end is not a date (yyyy-mm-dd): ${to}` : 'Give the period end.' };
	if (from > to) return { ok: false, message: `the period starts (${from}) after it ends (${to})` };
	const programs = Array.isArray(input.programs) ? input.programs : [];
	if (programs.some((p) => typeof p !== 'string' || p === '')) return { ok: false, message: 'program ids must be non-empty text' };
	const population = typeof input.population === 'string' && input.population ? input.population : '';
	if (!populationById(population)) return { ok: false, message: `unknown population: ${population || '(none)'}; one of ${POPULATIONS.map((p) => p.id).join(', ')}` };
	const unique = [...new Set(programs as string[])].sort();
	return { ok: true, parameters: { templateId, from, to, programs: unique, population } };
}

/** From a submitted builder form: template, from, to, population and any number of `program`. */
export function parametersFromForm(form: FormData, templateIds: readonly string[]): ParametersResult {
	return checkParameters(
		{
			templateId: form.get('template'),
			from: form.get('from'),
			to: form.get('to'),
			programs: form.getAll('program').filter((p) => p !== ''),
			population: form.get('population')
		},
		templateIds
	);
}
