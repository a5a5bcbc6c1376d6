import { fail, redirect } from '@sveltejs/kit';
import { safeRedirectTarget } from '$lib/server/auth/access';
import { authContext, loginThrottle, secureCookies } from '$lib/server/auth/context';
import { deleteSessionCookie, setSessionCookie } from '$lib/server/auth/cookie';
import { attemptLogin } from '$lib/server/auth/login';
import { invalidateSession } from '$lib/server/auth/session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const redirectTo = safeRedirectTarget(url.searchParams.get('redirectTo'));
	// Already signed in: the form has nothing to offer.
	if (locals.user) redirect(303, redirectTo);
	return { redirectTo };
};

export const actions: Actions = {
	default: async (event) => {
		const { request, locals, cookies, url } = event;
		const form = await request.formData();
		const email = String(form.get('email') ?? '');
		const password = String(form.get('password') ?? '');
		const secure = secureCookies();
		const ctx = authContext();

		// A new sign-in never continues an old session, whoever it belonged to.
		if (locals.session) {
			invalidateSession(ctx.db, locals.session.id);
			locals.session = null;
			locals.user = null;
			deleteSessionCookie(cookies, secure);
		}

		const outcome = await attemptLogin(ctx, loginThrottle(), {
			email,
			password,
			ip: event.getClientAddress(),
			userAgent: request.headers.get('user-agent')
		});

		if (!outcome.ok) {
			if (outcome.status === 429) {
				event.setHeaders({ 'Retry-After': String(outcome.retryAfterSeconds) });
			}
			// The password is never sent back; the email is, so the user need not retype it.
			return fail(outcome.status, { message: outcome.message, email });
		}

		setSessionCookie(cookies, outcome.token, outcome.session.expiresAt, secure);
		redirect(303, safeRedirectTarget(url.searchParams.get('redirectTo')));
	}
};
