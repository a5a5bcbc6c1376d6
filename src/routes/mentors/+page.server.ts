import type { PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';

// Coordinators match mentees to mentors; admins see every program. The table is computed
// in the browser from the user's scoped rows (/api/dataset), so a coordinator sees the
// mentors of their own programs only.
export const load: PageServerLoad = ({ locals, url }) => {
	requireRole(locals, ['admin', 'coordinator'], url);
	return {};
};
