import { redirect } from '@sveltejs/kit';
import { audit } from '$lib/server/auth/audit';
import { authContext, secureCookies } from '$lib/server/auth/context';
import { deleteSessionCookie } from '$lib/server/auth/cookie';
import { invalidateSession } from '$lib/server/auth/session';
import type { Actions, PageServerLoad } from './$types';

// GET only shows a button: signing out on GET would let any <img src="/logout"> sign a user out.
export const load: PageServerLoad = ({ locals }) => ({ displayName: locals.user?.displayName ?? null });

export const actions: Actions = {
	default: async (event) => {
		const { locals, cookies } = event;
		const ctx = authContext();
		if (locals.session) {
			invalidateSession(ctx.db, locals.session.id);
			audit(ctx.db, { userId: locals.session.userId, action: 'logout', detail: null, ip: event.getClientAddress() }, ctx.clock);
		}
		deleteSessionCookie(cookies, secureCookies());
		// Cached pages and browser storage may hold trainee data; a shared workstation must not keep it.
		// https://www.w3.org/TR/clear-site-data/
		event.setHeaders({ 'Clear-Site-Data': '"cache", "storage"' });
		redirect(303, '/login');
	}
};
