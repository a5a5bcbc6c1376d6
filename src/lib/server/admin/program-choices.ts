/**
 * The programs an admin can assign to a coordinator: the current dataset's `programs` table.
 * Read once per dataset version (versions are immutable), so the user pages do not open
 * DuckDB on every request.
 */
import { openDatasetConnector } from '$lib/server/store/dataset-connector';
import { getCurrentManifest } from '$lib/server/store/versions';

export interface ProgramChoice {
	id: string;
	name: string;
}

export type ProgramChoices =
	| { status: 'ready'; versionId: string; programs: ProgramChoice[] }
	| { status: 'no-dataset'; programs: [] }
	| { status: 'unreadable'; message: string; programs: [] };

/** Reads a version's programs; replaced in tests. */
export type ProgramReader = (dataDir: string, versionId: string) => Promise<ProgramChoice[]>;

export const readProgramsFromStore: ProgramReader = async (dataDir, versionId) => {
	// 'view' mode reads one small Parquet file instead of loading every table.
	const db = await openDatasetConnector(dataDir, { versionId }, { mode: 'view' });
	try {
		const rows = await db.query<{ id: string; name: string }>(
			'SELECT program_id AS id, name FROM programs ORDER BY name, program_id'
		);
		return rows.map((r) => ({ id: String(r.id), name: String(r.name) }));
	} finally {
		db.close();
	}
};

/** The store's current version, or null before the first import; replaced in tests. */
export type CurrentVersion = (dataDir: string) => Promise<string | null>;

const currentVersionFromStore: CurrentVersion = async (dataDir) => (await getCurrentManifest(dataDir))?.versionId ?? null;

const cache = new Map<string, Promise<ProgramChoice[]>>();

export async function programChoices(
	dataDir: string,
	read: ProgramReader = readProgramsFromStore,
	currentVersion: CurrentVersion = currentVersionFromStore
): Promise<ProgramChoices> {
	let versionId: string;
	try {
		const current = await currentVersion(dataDir);
		if (!current) return { status: 'no-dataset', programs: [] };
		versionId = current;
	} catch (cause) {
		return { status: 'unreadable', message: `The current dataset could not be read: ${(cause as Error).message}`, programs: [] };
	}
	const key = `${dataDir}\u0000${versionId}`;
	let pending = cache.get(key);
	if (!pending) {
		pending = read(dataDir, versionId);
		cache.set(key, pending);
		// A failed read is not cached: the next request tries again.
		pending.catch(() => cache.delete(key));
	}
	try {
		return { status: 'ready', versionId, programs: await pending };
	} catch (cause) {
		return { status: 'unreadable', message: `The programs table could not be read: ${(cause as Error).message}`, programs: [] };
	}
}

/** Ids an admin may assign to `current` holder: the dataset's programs plus any they already have. */
export function assignablePrograms(choices: ProgramChoices, current: readonly string[] = []): Set<string> {
	return new Set([...choices.programs.map((p) => p.id), ...current]);
}
