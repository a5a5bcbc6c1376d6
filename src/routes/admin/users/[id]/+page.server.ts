import { error, fail } from '@sveltejs/kit';
import { adminRequest } from '$lib/server/admin/admin-request';
import { auditAbout } from '$lib/server/admin/audit-query';
import { assignablePrograms, programChoices } from '$lib/server/admin/program-choices';
import { ROLE_CHOICES } from '$lib/server/admin/role-descriptions';
import { findUser } from '$lib/server/admin/user-directory';
import { checkUserAccess, readUserForm } from '$lib/server/admin/user-form';
import { changeAccess, resetPassword, setDisabled } from '$lib/server/admin/users-admin';
import { serverConfig } from '$lib/server/env';
import type { Actions, PageServerLoad } from './$types';

const RECENT_ACTIVITY = 10;

export const load: PageServerLoad = async (event) => {
	const { ctx, actor } = adminRequest(event);
	const user = findUser(ctx.db, event.params.id);
	if (!user) error(404, 'No such user');
	const choices = await programChoices(serverConfig().dataDir);
	return {
		user,
		isSelf: user.id === actor.user.id,
		programs: choices.programs,
		programsProblem: choices.status === 'unreadable' ? choices.message : null,
		roles: ROLE_CHOICES,
		recent: auditAbout(ctx.db, user.id, RECENT_ACTIVITY)
	};
};

export const actions: Actions = {
	update: async (event) => {
		const { ctx, actor } = adminRequest(event);
		const user = findUser(ctx.db, event.params.id);
		if (!user) error(404, 'No such user');
		const input = readUserForm(await event.request.formData());
		const choices = await programChoices(serverConfig().dataDir);
		const checked = checkUserAccess(input, assignablePrograms(choices, user.programIds), { checkEmail: false });
		if (!checked.ok) {
			return fail(400, { action: 'update' as const, message: 'Check the highlighted fields.', errors: checked.errors, input });
		}
		const outcome = changeAccess(ctx, actor, user.id, checked.input);
		if (!outcome.ok) return fail(400, { action: 'update' as const, message: outcome.message, errors: {}, input });
		return {
			action: 'update' as const,
			notice: outcome.value.sessionsEnded
				? 'Saved. Their role or programs changed, so they were signed out everywhere.'
				: 'Saved.'
		};
	},

	disable: async (event) => {
		const { ctx, actor } = adminRequest(event);
		const outcome = setDisabled(ctx, actor, event.params.id, true);
		if (!outcome.ok) return fail(400, { action: 'status' as const, message: outcome.message });
		return { action: 'status' as const, notice: 'Account disabled and signed out everywhere.' };
	},

	enable: async (event) => {
		const { ctx, actor } = adminRequest(event);
		const outcome = setDisabled(ctx, actor, event.params.id, false);
		if (!outcome.ok) return fail(400, { action: 'status' as const, message: outcome.message });
		return { action: 'status' as const, notice: 'Account enabled. They can sign in with their current password.' };
	},

	resetPassword: async (event) => {
		const { ctx, actor } = adminRequest(event);
		const outcome = await resetPassword(ctx, actor, event.params.id);
		if (!outcome.ok) return fail(400, { action: 'password' as const, message: outcome.message });
		return { action: 'password' as const, password: outcome.value.password };
	}
};
