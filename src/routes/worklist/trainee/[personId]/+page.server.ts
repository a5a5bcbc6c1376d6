import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { serverConfig } from '$lib/server/env';
import { isPersonId, profileAccess } from '$lib/server/worklist/profile-access';
import { programsOfPeopleInCurrentDataset } from '$lib/server/worklist/person-programs';

// Guarded here, not in a layout: layout loads do not rerun on client-side navigation.
// The profile is computed in the browser from the user's scoped rows (/api/dataset); the
// server only decides whether this person is one the user may look at.
export const load: PageServerLoad = async ({ locals, url, params }) => {
	const user = requireRole(locals, ['admin', 'coordinator'], url);
	const personId = params.personId;
	if (!isPersonId(personId)) error(404, 'Not a person id');
	const programOf = await programsOfPeopleInCurrentDataset(serverConfig().dataDir, [personId]);
	const verdict = profileAccess(user, personId, programOf);
	if (!verdict.ok) error(verdict.status, verdict.message);
	return { personId };
};
