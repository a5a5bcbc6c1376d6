import type { PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';

// Guarded here, not in a layout: layout loads do not rerun on client-side navigation.
// The list itself is computed in the browser from the user's scoped rows (/api/dataset).
export const load: PageServerLoad = ({ locals, url }) => {
	const user = requireRole(locals, ['admin', 'coordinator'], url);
	return { canAct: true, userName: user.displayName };
};
