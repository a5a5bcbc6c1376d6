/**
 * GET /api/aggregates?program=all|<program id>: the reviewer's tables as JSON, after
 * small-cell suppression (server/aggregates). Never rows about a person. Coordinators get
 * their own programs' tables only (no "all"; default: the first of theirs).
 */
import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { serverConfig } from '$lib/server/env';
import { getCurrentManifest } from '$lib/server/store/versions';
import { aggregateProgramsFor, auditAggregateView, requireAggregateReader, reviewerMinCell } from '$lib/server/aggregates/access';
import { reviewerAggregates } from '$lib/server/aggregates/reviewer-aggregates';

export const GET: RequestHandler = async ({ locals, url, getClientAddress }) => {
	const user = requireAggregateReader(locals);
	const { dataDir } = serverConfig();
	const outcome = await reviewerAggregates(dataDir, await getCurrentManifest(dataDir), reviewerMinCell(), url.searchParams, aggregateProgramsFor(user));
	const headers = { 'Cache-Control': 'private, no-store' };
	if (!outcome.ok) return json({ message: outcome.message }, { status: outcome.status, headers });
	auditAggregateView(user, { version: outcome.body.versionId, program: outcome.body.selection.program, via: 'api' }, getClientAddress());
	return json(outcome.body, { headers });
};
