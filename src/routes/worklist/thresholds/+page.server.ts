/**
 * Worklist thresholds per program: coordinators change their own programs', admins any
 * program's. Guarded and scope-checked here, on the server, for the load and both actions.
 */
import { error, fail } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guard';
import { programChoices } from '$lib/server/admin/program-choices';
import { database } from '$lib/server/db/open';
import { serverConfig } from '$lib/server/env';
import { mayEditThresholds, readThresholdForm } from '$lib/server/worklist/threshold-form';
import { resetThresholds, saveThresholds, savedThresholds } from '$lib/server/worklist/threshold-store';
import { DEFAULT_THRESHOLDS, NUMERIC_FIELDS, watchableInstruments } from '$lib/metrics/worklist/thresholds';
import type { Actions, PageServerLoad } from './$types';

const WORKLIST_ROLES = ['admin', 'coordinator'] as const;

/** The programs this user may edit, with names from the current dataset. */
async function editablePrograms(user: { role: string; programIds: readonly string[] }) {
	const choices = await programChoices(serverConfig().dataDir);
	const names = new Map(choices.programs.map((p) => [p.id, p.name]));
	const ids = user.role === 'admin' ? choices.programs.map((p) => p.id) : [...user.programIds];
	return { programs: ids.map((id) => ({ id, name: names.get(id) ?? id })), known: new Set(names.keys()) };
}

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireRole(locals, WORKLIST_ROLES, url);
	const { programs } = await editablePrograms(user);
	const saved = savedThresholds(database(), programs.map((p) => p.id));
	const asked = url.searchParams.get('program');
	if (asked && !programs.some((p) => p.id === asked)) {
		if (user.role === 'admin') error(404, `No program ${asked} in the current dataset.`);
		error(403, 'You can see the thresholds of your own programs only.');
	}
	const selected = asked ?? programs[0]?.id ?? null;
	const own = saved.find((s) => s.programId === selected) ?? null;
	return {
		isAdmin: user.role === 'admin',
		programs: programs.map((p) => ({ ...p, saved: saved.some((s) => s.programId === p.id) })),
		selected,
		thresholds: own?.thresholds ?? DEFAULT_THRESHOLDS,
		savedBy: own ? { name: own.updatedBy, at: own.updatedAt } : null,
		defaults: DEFAULT_THRESHOLDS,
		fields: NUMERIC_FIELDS,
		instruments: watchableInstruments()
	};
};

export const actions: Actions = {
	save: async ({ locals, request, getClientAddress }) => {
		const user = requireRole(locals, WORKLIST_ROLES);
		const form = readThresholdForm(await request.formData());
		if (!form.programId) return fail(400, { message: 'Choose a program.', errors: { programId: 'Choose a program.' }, input: null });
		const { known } = await editablePrograms(user);
		const verdict = mayEditThresholds(user, form.programId, known);
		if (!verdict.ok) return fail(verdict.status, { message: verdict.message, errors: {}, input: null });
		if (!form.ok) return fail(400, { message: 'Check the highlighted thresholds: nothing was saved.', errors: form.errors, input: form.input });
		const changes = saveThresholds(database(), { programId: form.programId, userId: user.id, ip: getClientAddress() }, form.thresholds);
		const n = Object.keys(changes).length;
		return { notice: n ? `Saved: ${n} ${n === 1 ? 'threshold' : 'thresholds'} changed. The worklist uses them from its next load.` : 'Saved (nothing changed).' };
	},

	reset: async ({ locals, request, getClientAddress }) => {
		const user = requireRole(locals, WORKLIST_ROLES);
		const programId = String((await request.formData()).get('programId') ?? '').trim();
		if (!programId) return fail(400, { message: 'Choose a program.', errors: { programId: 'Choose a program.' }, input: null });
		const { known } = await editablePrograms(user);
		const verdict = mayEditThresholds(user, programId, known);
		if (!verdict.ok) return fail(verdict.status, { message: verdict.message, errors: {}, input: null });
		resetThresholds(database(), { programId, userId: user.id, ip: getClientAddress() });
		return { notice: 'Back to the defaults.' };
	}
};
