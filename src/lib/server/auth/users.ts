/**
 * User accounts. Roles: admin (manages users and data), dean (all programs), coordinator
 * (the programs in user_programs), reviewer (accreditation staff, read-only reports).
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '$lib/server/db/open';
import { systemClock, type Clock } from './clock';
import { hashPassword } from './password';

export const ROLES = ['admin', 'dean', 'coordinator', 'reviewer'] as const;
export type Role = (typeof ROLES)[number];

/** What sign-in needs to know about an account. */
export interface UserCredentials {
	id: string;
	email: string;
	passwordHash: string | null;
	disabledAt: number | null;
}

export interface NewUser {
	email: string;
	displayName: string;
	role: Role;
	/** Omit to create an account that cannot sign in with a password yet. */
	password?: string;
	/** Coordinator scope. */
	programIds?: string[];
}

/** Emails compare case-insensitively and without surrounding spaces. */
export function normalizeEmail(email: string): string {
	return email.trim().toLowerCase();
}

export function countUsers(db: Db): number {
	return (db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
}

export async function createUser(db: Db, user: NewUser, clock: Clock = systemClock): Promise<string> {
	if (!(ROLES as readonly string[]).includes(user.role)) throw new Error(`unknown role: ${user.role}`);
	const email = normalizeEmail(user.email);
	if (!email.includes('@')) throw new Error(`not an email address: ${user.email}`);
	const passwordHash = user.password === undefined ? null : await hashPassword(user.password);
	const id = randomUUID();
	const now = clock.now();
	db.transaction(() => {
		db.prepare(
			`INSERT INTO users (id, email, display_name, role, password_hash, disabled_at, created_at, updated_at)
			 VALUES (?, ?, ?, ?, ?, NULL, ?, ?)`
		).run(id, email, user.displayName, user.role, passwordHash, now, now);
		const scope = db.prepare('INSERT INTO user_programs (user_id, program_id) VALUES (?, ?)');
		for (const programId of new Set(user.programIds ?? [])) scope.run(id, programId);
	})();
	return id;
}

export function findCredentialsByEmail(db: Db, email: string): UserCredentials | null {
	const row = db
		.prepare('SELECT id, email, password_hash, disabled_at FROM users WHERE email = ?')
		.get(normalizeEmail(email)) as
		| { id: string; email: string; password_hash: string | null; disabled_at: number | null }
		| undefined;
	return row
		? { id: row.id, email: row.email, passwordHash: row.password_hash, disabledAt: row.disabled_at }
		: null;
}

export function updatePasswordHash(db: Db, userId: string, passwordHash: string, clock: Clock = systemClock): void {
	db.prepare('UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?').run(
		passwordHash,
		clock.now(),
		userId
	);
}

export function programIdsOf(db: Db, userId: string): string[] {
	const rows = db
		.prepare('SELECT program_id FROM user_programs WHERE user_id = ? ORDER BY program_id')
		.all(userId) as { program_id: string }[];
	return rows.map((r) => r.program_id);
}
