/**
 * The audit trail: who did what, when, from where. Append-only: the table's triggers
 * refuse UPDATE and DELETE, so this module only inserts.
 */
import type { Db } from '$lib/server/db/open';
import { systemClock, type Clock } from './clock';

/** Actions written by auth; other modules add their own (e.g. 'user_created', 'dataset_imported'). */
export type AuthAuditAction = 'login' | 'login_failed' | 'logout' | 'demo_admin_created';

export interface AuditEntry {
	userId: string | null;
	action: AuthAuditAction | (string & {});
	detail?: Record<string, unknown> | null;
	ip?: string | null;
}

export interface AuditRecord {
	id: number;
	at: number;
	userId: string | null;
	action: string;
	detail: Record<string, unknown> | null;
	ip: string | null;
}

export function audit(db: Db, entry: AuditEntry, clock: Clock = systemClock): void {
	db.prepare('INSERT INTO audit_log (at, user_id, action, detail, ip) VALUES (?, ?, ?, ?, ?)').run(
		clock.now(),
		entry.userId,
		entry.action,
		entry.detail == null ? null : JSON.stringify(entry.detail),
		entry.ip ?? null
	);
}

interface AuditRow {
	id: number;
	at: number;
	user_id: string | null;
	action: string;
	detail: string | null;
	ip: string | null;
}

/** Most recent entries first. */
export function recentAudit(db: Db, limit = 100): AuditRecord[] {
	const rows = db
		.prepare('SELECT id, at, user_id, action, detail, ip FROM audit_log ORDER BY id DESC LIMIT ?')
		.all(limit) as AuditRow[];
	return rows.map((r) => ({
		id: r.id,
		at: r.at,
		userId: r.user_id,
		action: r.action,
		detail: r.detail === null ? null : (JSON.parse(r.detail) as Record<string, unknown>),
		ip: r.ip
	}));
}
