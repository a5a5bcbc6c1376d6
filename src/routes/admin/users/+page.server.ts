import { fail } from '@sveltejs/kit';
import { adminRequest } from '$lib/server/admin/admin-request';
import { assignablePrograms, programChoices } from '$lib/server/admin/program-choices';
import { ROLE_CHOICES } from '$lib/server/admin/role-descriptions';
import { listUsers } from '$lib/server/admin/user-directory';
import { checkUserAccess, readUserForm } from '$lib/server/admin/user-form';
import { createAccount } from '$lib/server/admin/users-admin';
import { serverConfig } from '$lib/server/env';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { ctx } = adminRequest(event);
	const choices = await programChoices(serverConfig().dataDir);
	return {
		users: listUsers(ctx.db),
		programs: choices.programs,
		programsProblem: choices.status === 'unreadable' ? choices.message : null,
		roles: ROLE_CHOICES
	};
};

export const actions: Actions = {
	create: async (event) => {
		const { ctx, actor } = adminRequest(event);
		const input = readUserForm(await event.request.formData());
		const choices = await programChoices(serverConfig().dataDir);
		const checked = checkUserAccess(input, assignablePrograms(choices), { checkEmail: true });
		if (!checked.ok) {
			return fail(400, { action: 'create' as const, message: 'Check the highlighted fields.', errors: checked.errors, input });
		}
		const outcome = await createAccount(ctx, actor, checked.input);
		if (!outcome.ok) {
			return fail(400, { action: 'create' as const, message: outcome.message, errors: { email: outcome.message }, input });
		}
		return {
			action: 'create' as const,
			created: { id: outcome.value.userId, email: checked.input.email, displayName: checked.input.displayName, password: outcome.value.password }
		};
	}
};
