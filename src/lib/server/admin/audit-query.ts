/**
 * Searching the audit log for the admin page and its CSV export. Filters come from URL
 * search params (bookmarkable); the SQL is fixed fragments with every value a parameter.
 */
import type { Db } from '$lib/server/db/open';

export interface AuditFilter {
	userId: string | null;
	action: string | null;
	/** yyyy-mm-dd, inclusive, UTC. */
	from: string | null;
	/** yyyy-mm-dd, inclusive, UTC. */
	to: string | null;
}

export interface AuditListRow {
	id: number;
	at: number;
	userId: string | null;
	email: string | null;
	action: string;
	detail: string | null;
	ip: string | null;
}

export const AUDIT_PAGE_SIZE = 50;
/** An export is for a review, not a backup; beyond this the admin narrows the dates. */
export const AUDIT_EXPORT_LIMIT = 100_000;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY = 86_400_000;

function dayStart(date: string): number | null {
	if (!DATE.test(date)) return null;
	const ms = Date.parse(`${date}T00:00:00Z`);
	return Number.isNaN(ms) ? null : ms;
}

/** Unknown or malformed values are dropped, not errors: a stale bookmark still opens. */
export function parseAuditFilter(params: URLSearchParams): { filter: AuditFilter; page: number } {
	const text = (name: string) => {
		const v = params.get(name)?.trim();
		return v ? v.slice(0, 200) : null;
	};
	const date = (name: string) => {
		const v = text(name);
		return v !== null && dayStart(v) !== null ? v : null;
	};
	const page = Number(params.get('page'));
	return {
		filter: { userId: text('user'), action: text('action'), from: date('from'), to: date('to') },
		page: Number.isInteger(page) && page >= 1 ? page : 1
	};
}

/** Search params for a filter (and page), for links that keep the current filter. */
export function auditFilterParams(filter: AuditFilter, page = 1): URLSearchParams {
	const params = new URLSearchParams();
	if (filter.userId) params.set('user', filter.userId);
	if (filter.action) params.set('action', filter.action);
	if (filter.from) params.set('from', filter.from);
	if (filter.to) params.set('to', filter.to);
	if (page > 1) params.set('page', String(page));
	return params;
}

function where(filter: AuditFilter): { sql: string; params: (string | number)[] } {
	const clauses: string[] = [];
	const params: (string | number)[] = [];
	if (filter.userId) {
		clauses.push('a.user_id = ?');
		params.push(filter.userId);
	}
	if (filter.action) {
		clauses.push('a.action = ?');
		params.push(filter.action);
	}
	const from = filter.from ? dayStart(filter.from) : null;
	if (from !== null) {
		clauses.push('a.at >= ?');
		params.push(from);
	}
	const to = filter.to ? dayStart(filter.to) : null;
	if (to !== null) {
		clauses.push('a.at < ?');
		params.push(to + DAY);
	}
	return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** Newest first (by id: ids follow insertion order even if the clock steps back). */
export function searchAudit(db: Db, filter: AuditFilter, limit: number, offset = 0): AuditListRow[] {
	const w = where(filter);
	return db
		.prepare(
			`SELECT a.id, a.at, a.user_id AS userId, u.email, a.action, a.detail, a.ip
			 FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
			 ${w.sql} ORDER BY a.id DESC LIMIT ? OFFSET ?`
		)
		.all(...w.params, limit, offset) as AuditListRow[];
}

export function countAudit(db: Db, filter: AuditFilter): number {
	const w = where(filter);
	return (db.prepare(`SELECT count(*) AS n FROM audit_log a ${w.sql}`).get(...w.params) as { n: number }).n;
}

/**
 * Entries by a user or about them (admin changes name the account in detail.target),
 * newest first: the account page's recent activity.
 */
export function auditAbout(db: Db, userId: string, limit: number): AuditListRow[] {
	return db
		.prepare(
			`SELECT a.id, a.at, a.user_id AS userId, u.email, a.action, a.detail, a.ip
			 FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
			 WHERE a.user_id = ? OR json_extract(a.detail, '$.target') = ?
			 ORDER BY a.id DESC LIMIT ?`
		)
		.all(userId, userId, limit) as AuditListRow[];
}

/** Every action recorded so far, for the filter's choices. */
export function auditActions(db: Db): string[] {
	return (db.prepare('SELECT DISTINCT action FROM audit_log ORDER BY action').all() as { action: string }[]).map((r) => r.action);
}
