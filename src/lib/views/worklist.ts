/**
 * The worklist page's data: every rule run in the browser on the user's scoped rows, the
 * people's names and contact emails (identifying columns: absent for de-identified roles,
 * who do not reach this page), and the action history from the server.
 */
import type { Connector } from '$lib/engine/connector';
import { DEFAULT_THRESHOLD_TABLE, worklistFlags, type ThresholdTable, type WorklistFlag } from '$lib/metrics/worklist';
import { openItems, type WorklistActionRecord, type WorklistItem } from '$lib/worklist/actions';
import { dataAsOf, loadProgramNames } from '$lib/views/dataset-labels';

export interface WorklistPerson {
	person_id: string;
	display_name: string | null;
	email: string | null;
	profession: string;
	role: string;
}

export interface WorklistView {
	asOf: string;
	flags: WorklistFlag[];
	people: Map<string, WorklistPerson>;
	programNames: Map<string, string>;
}

export async function loadWorklistView(db: Connector, thresholds: ThresholdTable = DEFAULT_THRESHOLD_TABLE): Promise<WorklistView> {
	const flags = await worklistFlags(db, undefined, thresholds);
	const ids = new Set(flags.map((f) => f.person_id));
	const people = new Map<string, WorklistPerson>();
	if (ids.size) {
		// Identifying columns may be missing from a de-identified delivery; read what is there.
		const columns = new Set(
			(await db.query<{ column_name: string }>("SELECT column_name FROM information_schema.columns WHERE table_name = 'people'")).map((c) => c.column_name)
		);
		const name = columns.has('display_name') ? 'display_name' : 'NULL';
		const email = columns.has('email') ? 'email' : 'NULL';
		const rows = await db.query<WorklistPerson & Record<string, unknown>>(
			`SELECT person_id, ${name} AS display_name, ${email} AS email, profession, role FROM people`
		);
		for (const r of rows) if (ids.has(r.person_id)) people.set(r.person_id, r);
	}
	return { asOf: await dataAsOf(db), flags, people, programNames: await loadProgramNames(db) };
}

export async function fetchWorklistActions(fetcher: typeof fetch = fetch): Promise<WorklistActionRecord[]> {
	const response = await fetcher('/api/worklist/actions');
	if (!response.ok) throw new Error(`worklist actions could not be loaded (${response.status})`);
	return ((await response.json()) as { actions: WorklistActionRecord[] }).actions;
}

export interface ActionRequest {
	items: { personId: string; reason: string }[];
	action: 'contacted' | 'snoozed' | 'resolved';
	snoozeUntil: string | null;
	note: string;
}

export async function postWorklistAction(request: ActionRequest, fetcher: typeof fetch = fetch): Promise<void> {
	const response = await fetcher('/api/worklist/actions', {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(request)
	});
	if (!response.ok) {
		const body = (await response.json().catch(() => null)) as { message?: string } | null;
		throw new Error(body?.message ?? `the action was not saved (${response.status})`);
	}
}

export { openItems, type WorklistItem };

/** Today's date in the user's time zone, yyyy-mm-dd (snoozes are about real days). */
export function localToday(now: Date = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
