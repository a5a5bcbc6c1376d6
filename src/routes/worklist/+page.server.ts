import type { PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { database } from '$lib/server/db/open';
import { readablePrograms } from '$lib/server/worklist/action-scope';
import { thresholdTableFor } from '$lib/server/worklist/threshold-store';

// Guarded here, not in a layout: layout loads do not rerun on client-side navigation.
// The list itself is computed in the browser from the user's scoped rows (/api/dataset),
// with the thresholds of the user's programs (a coordinator never receives another
// program's settings, though they reveal nothing about people).
export const load: PageServerLoad = ({ locals, url }) => {
	const user = requireRole(locals, ['admin', 'coordinator'], url);
	return { canAct: true, userName: user.displayName, thresholds: thresholdTableFor(database(), readablePrograms(user)) };
};
