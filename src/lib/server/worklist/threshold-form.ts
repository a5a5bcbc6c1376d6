/**
 * The thresholds page's form → a complete set of thresholds, or an error per field with
 * what the user typed kept, so nothing is lost on a mistake. Who may edit which program is
 * decided here too: coordinators their own programs, admins any program of the dataset.
 */
import type { Role } from '$lib/server/auth/users';
import { NUMERIC_FIELDS, thresholdProblems, type NumericThresholds, type WorklistThresholds } from '$lib/metrics/worklist/thresholds';

export type ThresholdFormInput = Record<string, string | string[]>;

export type ThresholdForm =
	| { ok: true; programId: string; thresholds: WorklistThresholds }
	| { ok: false; programId: string; errors: Record<string, string>; input: ThresholdFormInput };

const WHOLE = /^\d{1,6}$/;

export function readThresholdForm(form: FormData): ThresholdForm {
	const programId = String(form.get('programId') ?? '').trim();
	const input: ThresholdFormInput = { wellbeingFlags: form.getAll('wellbeingFlags').map(String), wellbeingWorsening: form.getAll('wellbeingWorsening').map(String) };
	const errors: Record<string, string> = {};
	if (!programId) errors.programId = 'Choose a program.';
	const numbers: Record<string, number> = {};
	for (const f of NUMERIC_FIELDS) {
		const raw = String(form.get(f.key) ?? '').trim();
		input[f.key] = raw;
		if (!WHOLE.test(raw)) errors[f.key] = raw === '' ? `${f.label} is missing.` : `${f.label} must be a whole number, not “${raw}”.`;
		else numbers[f.key] = Number(raw);
	}
	if (Object.keys(errors).length) return { ok: false, programId, errors, input };
	// Every numeric key was read above (no error), so the set is complete.
	const thresholds = { ...(numbers as unknown as NumericThresholds), wellbeingFlags: input.wellbeingFlags as string[], wellbeingWorsening: input.wellbeingWorsening as string[] };
	const problems = thresholdProblems(thresholds);
	if (Object.keys(problems).length) return { ok: false, programId, errors: problems as Record<string, string>, input };
	return { ok: true, programId, thresholds };
}

export type EditVerdict = { ok: true } | { ok: false; status: 400 | 403; message: string };

/** Whether `user` may change `programId`'s thresholds; `known` are the dataset's program ids. */
export function mayEditThresholds(user: { role: Role; programIds: readonly string[] }, programId: string, known: ReadonlySet<string>): EditVerdict {
	if (user.role === 'admin') return known.has(programId) ? { ok: true } : { ok: false, status: 400, message: `No program ${programId} in the current dataset.` };
	if (user.role === 'coordinator' && user.programIds.includes(programId)) return { ok: true };
	return { ok: false, status: 403, message: 'You can change the thresholds of your own programs only.' };
}
