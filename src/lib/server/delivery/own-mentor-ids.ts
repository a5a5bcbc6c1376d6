/**
 * Which mentors in a dataset version are the signed-in user, matched by email.
 *
 * Mentors are not users of this product today: nobody signs in *as* a mentor. But a
 * coordinator or dean may also mentor trainees (their email then appears on a mentor's
 * people row), and DOMAIN.md §5 says "mentee feedback about a mentor is never shown to that
 * mentor". The data endpoint therefore withholds meetings.rating on pairings whose mentor
 * is the user (scope.ts, `ownMentorIds`). A mentor row without an email, or with another
 * address, cannot be matched: the rule holds only as far as the roster's emails allow.
 */
import type { Connector } from '$lib/engine/connector';
import type { DatasetManifest } from '$lib/server/store/manifest';
import { openDatasetConnector } from '$lib/server/store/dataset-connector';

/** email (trimmed, lower case) -> person_ids that have mentored in some pairing. */
export type MentorEmailIndex = ReadonlyMap<string, readonly string[]>;

const MENTOR_EMAILS_SQL = `SELECT DISTINCT lower(trim(p.email)) AS email, p.person_id
FROM people p
WHERE p.email IS NOT NULL AND trim(p.email) <> ''
	AND p.person_id IN (SELECT mentor_id FROM pairings WHERE mentor_id IS NOT NULL)
ORDER BY 1, 2`;

export async function mentorEmailIndex(db: Connector): Promise<MentorEmailIndex> {
	const rows = await db.query<{ email: string; person_id: string }>(MENTOR_EMAILS_SQL);
	const index = new Map<string, string[]>();
	for (const { email, person_id } of rows) index.set(email, [...(index.get(email) ?? []), person_id]);
	return index;
}

export function ownMentorIds(index: MentorEmailIndex, email: string): string[] {
	return [...(index.get(email.trim().toLowerCase()) ?? [])];
}

/** One index per version; versions are immutable, and only the current one is kept. */
let cached: { versionId: string; index: Promise<MentorEmailIndex> } | null = null;

export async function mentorEmailIndexFor(dataDir: string, manifest: Pick<DatasetManifest, 'versionId'>): Promise<MentorEmailIndex> {
	if (cached?.versionId !== manifest.versionId) {
		const index = (async () => {
			const db = await openDatasetConnector(dataDir, manifest, { mode: 'view' });
			try {
				return await mentorEmailIndex(db);
			} finally {
				db.close();
			}
		})();
		cached = { versionId: manifest.versionId, index };
		// A failed build must not stick: the next request tries again.
		index.catch(() => {
			if (cached?.index === index) cached = null;
		});
	}
	return cached.index;
}
