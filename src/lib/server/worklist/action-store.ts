/**
 * Worklist actions in SQLite (migration 3): append-only, one row per item acted on.
 */
import type { Db } from '$lib/server/db/open';
import { systemClock, type Clock } from '$lib/server/auth/clock';
import type { WorklistActionRecord } from '$lib/worklist/actions';
import type { ActionInput } from './action-input';

interface ActionRow {
	id: number;
	person_id: string;
	program_id: string;
	reason: WorklistActionRecord['reason'];
	action: WorklistActionRecord['action'];
	snooze_until: string | null;
	note: string;
	user_id: string;
	user_name: string | null;
	at: number;
}

const toRecord = (r: ActionRow): WorklistActionRecord => ({
	id: r.id,
	personId: r.person_id,
	programId: r.program_id,
	reason: r.reason,
	action: r.action,
	snoozeUntil: r.snooze_until,
	note: r.note,
	userId: r.user_id,
	userName: r.user_name ?? r.user_id,
	at: r.at
});

/**
 * Stores one action for each item, in one transaction. `programOf` gives each person's
 * program in the current dataset (checked by the caller before this is reached).
 */
export function recordWorklistActions(
	db: Db,
	input: ActionInput,
	programOf: ReadonlyMap<string, string>,
	userId: string,
	clock: Clock = systemClock
): number[] {
	const insert = db.prepare(
		'INSERT INTO worklist_actions (person_id, program_id, reason, action, snooze_until, note, user_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'
	);
	const at = clock.now();
	return db.transaction(() =>
		input.items.map((item) => {
			const programId = programOf.get(item.personId);
			if (!programId) throw new Error(`no program for person ${item.personId}`);
			return Number(insert.run(item.personId, programId, item.reason, input.action, input.snoozeUntil, input.note, userId, at).lastInsertRowid);
		})
	)();
}

/** Every action in the programs given ('all' for admins), oldest first. */
export function listWorklistActions(db: Db, programIds: readonly string[] | 'all'): WorklistActionRecord[] {
	if (programIds !== 'all' && programIds.length === 0) return [];
	const where = programIds === 'all' ? '' : `WHERE a.program_id IN (${programIds.map(() => '?').join(', ')})`;
	const rows = db
		.prepare(
			`SELECT a.id, a.person_id, a.program_id, a.reason, a.action, a.snooze_until, a.note, a.user_id, u.display_name AS user_name, a.at
			FROM worklist_actions a LEFT JOIN users u ON u.id = a.user_id
			${where}
			ORDER BY a.id`
		)
		.all(...(programIds === 'all' ? [] : programIds)) as ActionRow[];
	return rows.map(toRecord);
}
