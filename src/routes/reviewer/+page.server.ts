import { error } from '@sveltejs/kit';
import { serverConfig } from '$lib/server/env';
import { getCurrentManifest } from '$lib/server/store/versions';
import { aggregateProgramsFor, auditAggregateView, requireAggregateReader, reviewerMinCell } from '$lib/server/aggregates/access';
import { reviewerAggregates } from '$lib/server/aggregates/reviewer-aggregates';
import type { PageServerLoad } from './$types';

// Guarded here, not in a layout: layout loads do not rerun on client-side navigation.
export const load: PageServerLoad = async ({ locals, url, getClientAddress }) => {
	const user = requireAggregateReader(locals, url);
	const { dataDir } = serverConfig();
	const outcome = await reviewerAggregates(dataDir, await getCurrentManifest(dataDir), reviewerMinCell(), url.searchParams, aggregateProgramsFor(user));
	if (!outcome.ok) error(outcome.status, outcome.message);
	auditAggregateView(user, { version: outcome.body.versionId, program: outcome.body.selection.program, via: 'page' }, getClientAddress());
	return { aggregates: outcome.body };
};
