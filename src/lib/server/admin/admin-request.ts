/**
 * The start of every admin load, action and endpoint: refuse anyone but an admin (403;
 * anonymous requests go to /login), then hand back the database, clock and acting user.
 * Called in each +page.server.ts / +server.ts, never only in a layout, because layout
 * loads do not rerun on client-side navigation.
 */
import type { RequestEvent } from '@sveltejs/kit';
import { authContext } from '$lib/server/auth/context';
import { requireRole } from '$lib/server/auth/guard';
import type { Actor, AdminContext } from './users-admin';

export function adminRequest(event: Pick<RequestEvent, 'locals' | 'url' | 'getClientAddress'>): { ctx: AdminContext; actor: Actor } {
	const user = requireRole(event.locals, ['admin'], event.url);
	const { db, clock } = authContext();
	return { ctx: { db, clock }, actor: { user, ip: event.getClientAddress() } };
}
