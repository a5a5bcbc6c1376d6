/**
 * GET /api/worklist/actions: the action history the user may see (coordinators: their
 * programs; admins: all). POST: record contacted / snoozed / resolved for items, after
 * checking each person's program in the current dataset on the server. Deans and reviewers
 * do not work the list: 403.
 */
import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { audit } from '$lib/server/auth/audit';
import { database } from '$lib/server/db/open';
import { serverConfig } from '$lib/server/env';
import { readJsonBody } from '$lib/server/json-body';
import { parseActionInput } from '$lib/server/worklist/action-input';
import { readablePrograms, worklistActionScope } from '$lib/server/worklist/action-scope';
import { listWorklistActions, recordWorklistActions } from '$lib/server/worklist/action-store';
import { programsOfPeopleInCurrentDataset } from '$lib/server/worklist/person-programs';

const WORKLIST_ROLES = ['admin', 'coordinator'] as const;

export const GET: RequestHandler = ({ locals }) => {
	const user = requireRole(locals, WORKLIST_ROLES);
	return json({ actions: listWorklistActions(database(), readablePrograms(user)) });
};

export const POST: RequestHandler = async ({ locals, request, getClientAddress }) => {
	const user = requireRole(locals, WORKLIST_ROLES);
	const { input } = await readJsonBody(request, parseActionInput);
	const personIds = [...new Set(input.items.map((i) => i.personId))];
	const programOf = await programsOfPeopleInCurrentDataset(serverConfig().dataDir, personIds);
	const verdict = worklistActionScope(user, personIds, programOf);
	if (!verdict.ok) error(verdict.status, verdict.message);
	const db = database();
	const ids = recordWorklistActions(db, input, programOf, user.id);
	audit(db, {
		userId: user.id,
		action: 'worklist_action',
		detail: {
			action: input.action,
			snoozeUntil: input.snoozeUntil,
			items: input.items.map((i) => `${i.personId}:${i.reason}`)
		},
		ip: getClientAddress()
	});
	return json({ ids }, { status: 201 });
};
