import type { LayoutServerLoad } from './$types';

// Authorization is enforced in hooks.server.ts for every request (layout loads do not
// rerun on client navigation); this only hands the signed-in user to the header.
export const load: LayoutServerLoad = ({ locals }) => ({
	user: locals.user ? { displayName: locals.user.displayName, email: locals.user.email, role: locals.user.role } : null
});
