/**
 * Programs' own worklist thresholds in SQLite (migration 4), one complete set per program.
 * Every save and reset is written with its audit entry in one transaction, naming what
 * changed from what, so "who set this program's silence to 30 days" has an answer.
 */
import type { Db } from '$lib/server/db/open';
import { audit } from '$lib/server/auth/audit';
import { systemClock, type Clock } from '$lib/server/auth/clock';
import {
	DEFAULT_THRESHOLDS,
	NUMERIC_FIELDS,
	thresholdProblems,
	thresholdTable,
	watchableInstruments,
	type NumericThresholds,
	type ThresholdTable,
	type WorklistThresholds
} from '$lib/metrics/worklist/thresholds';

export interface SavedThresholds {
	programId: string;
	thresholds: WorklistThresholds;
	updatedAt: number;
	/** Display name of who saved them (their id if the account is gone). */
	updatedBy: string;
}

interface Row {
	program_id: string;
	settings: string;
	updated_at: number;
	updated_by: string;
	user_name: string | null;
}

/**
 * A stored set read back: merged over the defaults, so a threshold added in a later release
 * takes its default, and any value no longer valid (an instrument since removed, a range
 * since narrowed) falls back to its default rather than breaking the list.
 */
export function decodeThresholds(json: string): WorklistThresholds {
	const stored = JSON.parse(json) as Record<string, unknown>;
	const known = new Set(watchableInstruments().map((i) => i.id));
	const list = (key: 'wellbeingFlags' | 'wellbeingWorsening') => {
		const value = stored[key];
		return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string' && known.has(id)) : DEFAULT_THRESHOLDS[key];
	};
	// Only the known keys are read, so nothing else stored can reach the rules.
	const decoded: WorklistThresholds = {
		...(Object.fromEntries(NUMERIC_FIELDS.map((f) => [f.key, stored[f.key] ?? DEFAULT_THRESHOLDS[f.key]])) as unknown as NumericThresholds),
		wellbeingFlags: list('wellbeingFlags'),
		wellbeingWorsening: list('wellbeingWorsening')
	};
	const problems = thresholdProblems(decoded);
	return Object.fromEntries(Object.entries(decoded).map(([key, value]) => [key, key in problems ? DEFAULT_THRESHOLDS[key as keyof WorklistThresholds] : value])) as unknown as WorklistThresholds;
}

/** Saved thresholds of the programs given ('all' for admins), by program id. */
export function savedThresholds(db: Db, programIds: readonly string[] | 'all'): SavedThresholds[] {
	if (programIds !== 'all' && programIds.length === 0) return [];
	const where = programIds === 'all' ? '' : `WHERE t.program_id IN (${programIds.map(() => '?').join(', ')})`;
	const rows = db
		.prepare(
			`SELECT t.program_id, t.settings, t.updated_at, t.updated_by, u.display_name AS user_name
			FROM worklist_thresholds t LEFT JOIN users u ON u.id = t.updated_by ${where} ORDER BY t.program_id`
		)
		.all(...(programIds === 'all' ? [] : programIds)) as Row[];
	return rows.map((r) => ({ programId: r.program_id, thresholds: decodeThresholds(r.settings), updatedAt: r.updated_at, updatedBy: r.user_name ?? r.updated_by }));
}

/** The table the worklist rules take: defaults plus the saved programs among those given. */
export function thresholdTableFor(db: Db, programIds: readonly string[] | 'all'): ThresholdTable {
	return thresholdTable(DEFAULT_THRESHOLDS, Object.fromEntries(savedThresholds(db, programIds).map((s) => [s.programId, s.thresholds])));
}

export type ThresholdChanges = Record<string, { from: unknown; to: unknown }>;

/** What differs between two sets, for the audit entry (the audit page reads "from 60; to 30"). */
export function thresholdChanges(before: WorklistThresholds, after: WorklistThresholds): ThresholdChanges {
	const changes: ThresholdChanges = {};
	for (const f of NUMERIC_FIELDS) if (before[f.key] !== after[f.key]) changes[f.key] = { from: before[f.key], to: after[f.key] };
	for (const key of ['wellbeingFlags', 'wellbeingWorsening'] as const) {
		const a = [...before[key]].sort().join(',');
		const b = [...after[key]].sort().join(',');
		if (a !== b) changes[key] = { from: [...before[key]].sort(), to: [...after[key]].sort() };
	}
	return changes;
}

export interface ThresholdWrite {
	programId: string;
	userId: string;
	ip: string | null;
}

function current(db: Db, programId: string): WorklistThresholds {
	return savedThresholds(db, [programId])[0]?.thresholds ?? DEFAULT_THRESHOLDS;
}

/** Saves a complete, valid set for a program (the caller checked scope and validity). */
export function saveThresholds(db: Db, write: ThresholdWrite, thresholds: WorklistThresholds, clock: Clock = systemClock): ThresholdChanges {
	const first = Object.values(thresholdProblems(thresholds))[0];
	if (first) throw new Error(`refusing invalid thresholds: ${first}`);
	return db.transaction(() => {
		const changes = thresholdChanges(current(db, write.programId), thresholds);
		db.prepare(
			`INSERT INTO worklist_thresholds (program_id, settings, updated_at, updated_by) VALUES (?, ?, ?, ?)
			ON CONFLICT (program_id) DO UPDATE SET settings = excluded.settings, updated_at = excluded.updated_at, updated_by = excluded.updated_by`
		).run(write.programId, JSON.stringify(thresholds), clock.now(), write.userId);
		audit(db, { userId: write.userId, action: 'worklist_thresholds_saved', detail: { programId: write.programId, changes }, ip: write.ip }, clock);
		return changes;
	})();
}

/** Back to the defaults: the program's row goes, and the audit entry keeps what it held. */
export function resetThresholds(db: Db, write: ThresholdWrite, clock: Clock = systemClock): ThresholdChanges {
	return db.transaction(() => {
		const changes = thresholdChanges(current(db, write.programId), DEFAULT_THRESHOLDS);
		db.prepare('DELETE FROM worklist_thresholds WHERE program_id = ?').run(write.programId);
		audit(db, { userId: write.userId, action: 'worklist_thresholds_reset', detail: { programId: write.programId, changes }, ip: write.ip }, clock);
		return changes;
	})();
}
