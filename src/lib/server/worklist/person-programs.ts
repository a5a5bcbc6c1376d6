/**
 * Which program each person belongs to in the current dataset, read on the server so a
 * coordinator cannot act on someone outside their programs by editing the request.
 */
import type { Connector } from '$lib/engine/connector';
import { openDatasetConnector } from '$lib/server/store/dataset-connector';
import { getCurrentManifest } from '$lib/server/store/versions';

/** person_id → program_id for the ids found (unknown ids are absent). */
export async function programsOfPeople(db: Connector, personIds: readonly string[]): Promise<Map<string, string>> {
	const found = new Map<string, string>();
	const BATCH = 200;
	for (let i = 0; i < personIds.length; i += BATCH) {
		const batch = personIds.slice(i, i + BATCH);
		const rows = await db.query<{ person_id: string; program_id: string }>(
			`SELECT person_id, program_id FROM people WHERE person_id IN (${batch.map(() => '?').join(', ')})`,
			batch
		);
		for (const r of rows) found.set(r.person_id, r.program_id);
	}
	return found;
}

/** Same, against the current dataset version in `dataDir`; empty when nothing is imported. */
export async function programsOfPeopleInCurrentDataset(dataDir: string, personIds: readonly string[]): Promise<Map<string, string>> {
	const manifest = await getCurrentManifest(dataDir);
	if (!manifest) return new Map();
	// Views: only the people table is read, once.
	const db = await openDatasetConnector(dataDir, manifest, { mode: 'view' });
	try {
		return await programsOfPeople(db, personIds);
	} finally {
		db.close();
	}
}
