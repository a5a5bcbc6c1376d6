/**
 * GET /api/dataset for one signed-in user: the role policy (auth/scope.ts) decides what
 * they may receive, this turns it into a DeliveryScope, builds (or reuses) the payload and
 * writes the download to the audit log. Reviewers never receive rows (issue 6): they are
 * refused here and pointed at the aggregate endpoint.
 *
 * What each role's payload holds (decisions, also in auth/scope.ts):
 *  - admin        every row and column.
 *  - dean         every program; people.display_name, email and exit_reason_text as NULL.
 *                 Per-meeting ratings are kept: they describe a pairing under pseudonymous
 *                 ids and are the programs' quality signal a dean reviews.
 *  - coordinator  their programs' rows, identified. IPE activities their people attended are
 *                 sent, but attendance rows of people outside the scope are withheld
 *                 (delivery/scope.ts); the professions those people had arrive as derived
 *                 contact facts, never their rows or ids (metrics/interprofessional/
 *                 contact-facts.ts). Per-meeting ratings are kept: a coordinator acts on
 *                 them (re-matching a pair that is not working).
 *  - anyone who is also a mentor in the data (same email): the ratings their own mentees
 *    gave arrive as NULL (own-mentor-ids.ts).
 * Survey free text: the canonical model has no free-text survey column (survey_items.value is
 * numeric) and the import maps only instrument items, so comment questions such as the
 * Qualtrics export's Q5 never reach the store (tests/unit/delivery pins this).
 */
import type { Db } from '$lib/server/db/open';
import { audit } from '$lib/server/auth/audit';
import { dataScopeFor, scopeKey as policyScopeKey, type ScopePolicy } from '$lib/server/auth/scope';
import type { SessionUser } from '$lib/server/auth/session';
import type { DatasetManifest } from '$lib/server/store/manifest';
import type { PayloadCache } from './cache';
import { buildDatasetResponse } from './response';
import { scopeKey as deliveryScopeKey, type DeliveryScope } from './scope';
import { ownMentorIds, type MentorEmailIndex } from './own-mentor-ids';

export interface UserDatasetRequest {
	user: Pick<SessionUser, 'id' | 'email' | 'role' | 'programIds'>;
	manifest: DatasetManifest | null;
	dataDir: string;
	acceptEncoding: string | null;
	/** Where the download is recorded. */
	auditDb: Db;
	ip: string | null;
	/** The version's mentor emails, looked up only when a payload will be built. */
	mentorIndex: (manifest: DatasetManifest) => Promise<MentorEmailIndex>;
	policy?: ScopePolicy;
	cache?: PayloadCache;
}

export const REVIEWER_REFUSAL =
	'Reviewers receive aggregate tables only, never rows about a person. Use /api/aggregates or the Aggregates page.';

/** The rows a user may receive, or null for a role that receives no rows at all. */
export function deliveryScopeFor(
	user: UserDatasetRequest['user'],
	ownMentorIds: readonly string[],
	policy?: ScopePolicy
): DeliveryScope | null {
	const scope = dataScopeFor(user, policy);
	if (scope.kind !== 'rows') return null;
	return { programIds: scope.programIds, dropColumns: scope.dropColumns, ownMentorIds: [...ownMentorIds].sort() };
}

export async function datasetResponseFor(request: UserDatasetRequest): Promise<Response> {
	const { user, manifest } = request;
	const policyScope = dataScopeFor(user, request.policy);
	if (policyScope.kind !== 'rows') return jsonMessage(403, REVIEWER_REFUSAL);
	if (!manifest) return jsonMessage(404, 'no dataset has been imported yet');

	const own = ownMentorIds(await request.mentorIndex(manifest), user.email);
	const scope = deliveryScopeFor(user, own, request.policy)!;
	const response = await buildDatasetResponse({
		manifest,
		dataDir: request.dataDir,
		acceptEncoding: request.acceptEncoding,
		scope,
		cache: request.cache
	});
	if (response.ok) {
		// Issue 6, audit log: "data downloads (who, which scope, which dataset version)".
		audit(request.auditDb, {
			userId: user.id,
			action: 'dataset_download',
			detail: {
				role: user.role,
				scope: policyScopeKey(policyScope),
				payload: deliveryScopeKey(scope),
				programIds: scope.programIds,
				ratingsWithheld: own.length > 0,
				version: manifest.versionId
			},
			ip: request.ip
		});
	}
	return response;
}

function jsonMessage(status: number, message: string): Response {
	return new Response(JSON.stringify({ message }), {
		status,
		headers: { 'Content-Type': 'application/json', 'Cache-Control': 'private, no-store' }
	});
}
