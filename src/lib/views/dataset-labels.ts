/**
 * What the people pages (worklist, mentors, a person's profile) print around their rows:
 * the data date and each program's name, read from the user's scoped rows, so only the
 * programs the user receives are named.
 */
import type { Connector } from '$lib/engine/connector';

/** The dataset's as_of, yyyy-mm-dd ('' before any import). */
export async function dataAsOf(db: Connector): Promise<string> {
	const [info] = await db.query<{ as_of: string }>('SELECT CAST(as_of AS VARCHAR) AS as_of FROM dataset_info');
	return info?.as_of ?? '';
}

/** program_id → name, in name order. */
export async function loadProgramNames(db: Connector): Promise<Map<string, string>> {
	const programs = await db.query<{ program_id: string; name: string }>('SELECT program_id, name FROM programs ORDER BY name');
	return new Map(programs.map((p) => [p.program_id, p.name]));
}
