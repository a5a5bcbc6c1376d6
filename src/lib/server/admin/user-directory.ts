/**
 * Reading accounts for the admin pages: who exists, their role and programs, whether they
 * are disabled, and when they last signed in (from the audit log, which records every login).
 */
import type { Db } from '$lib/server/db/open';
import type { Role } from '$lib/server/auth/users';

export interface DirectoryUser {
	id: string;
	email: string;
	displayName: string;
	role: Role;
	programIds: string[];
	disabledAt: number | null;
	createdAt: number;
	updatedAt: number;
	/** Last successful sign-in, or null if never. */
	lastLoginAt: number | null;
	/** False for an account that cannot sign in with a password yet. */
	hasPassword: boolean;
}

interface DirectoryRow {
	id: string;
	email: string;
	display_name: string;
	role: Role;
	disabled_at: number | null;
	created_at: number;
	updated_at: number;
	has_password: number;
	last_login_at: number | null;
	program_ids: string | null;
}

// last_login_at uses the audit_log(user_id, at) index; program ids are folded into one
// column so the list is one query however many users there are.
const SELECT_USERS = `
	SELECT u.id, u.email, u.display_name, u.role, u.disabled_at, u.created_at, u.updated_at,
	       u.password_hash IS NOT NULL AS has_password,
	       (SELECT max(a.at) FROM audit_log a WHERE a.user_id = u.id AND a.action = 'login') AS last_login_at,
	       (SELECT json_group_array(p.program_id) FROM (SELECT program_id FROM user_programs
	          WHERE user_id = u.id ORDER BY program_id) p) AS program_ids
	FROM users u`;

function toUser(row: DirectoryRow): DirectoryUser {
	return {
		id: row.id,
		email: row.email,
		displayName: row.display_name,
		role: row.role,
		programIds: row.program_ids ? (JSON.parse(row.program_ids) as string[]) : [],
		disabledAt: row.disabled_at,
		createdAt: row.created_at,
		updatedAt: row.updated_at,
		lastLoginAt: row.last_login_at,
		hasPassword: row.has_password === 1
	};
}

/** Active accounts first, then by email. */
export function listUsers(db: Db): DirectoryUser[] {
	const rows = db.prepare(`${SELECT_USERS} ORDER BY u.disabled_at IS NOT NULL, u.email`).all() as DirectoryRow[];
	return rows.map(toUser);
}

export function findUser(db: Db, userId: string): DirectoryUser | null {
	const row = db.prepare(`${SELECT_USERS} WHERE u.id = ?`).get(userId) as DirectoryRow | undefined;
	return row ? toUser(row) : null;
}

/** Active admins other than `exceptUserId`: the last one may not be demoted or disabled. */
export function countOtherActiveAdmins(db: Db, exceptUserId: string): number {
	return (
		db
			.prepare("SELECT count(*) AS n FROM users WHERE role = 'admin' AND disabled_at IS NULL AND id <> ?")
			.get(exceptUserId) as { n: number }
	).n;
}

/** Id and email of every account, for the audit log's user filter. */
export function userEmails(db: Db): { id: string; email: string }[] {
	return db.prepare('SELECT id, email FROM users ORDER BY email').all() as { id: string; email: string }[];
}
