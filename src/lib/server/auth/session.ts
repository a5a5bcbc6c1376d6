/**
 * Server-side sessions after Lucia's design (https://lucia-auth.com/sessions/basic):
 * the browser holds a random token; the database holds only its SHA-256, so a leaked
 * database (or backup) yields no usable cookie. Sessions end after an idle period
 * (sliding) or an absolute lifetime, whichever comes first (see policy.ts).
 */
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import type { Db } from '$lib/server/db/open';
import type { Clock } from './clock';
import type { SessionPolicy } from './policy';
import { programIdsOf, type Role } from './users';

/** The signed-in user as every route sees it (`event.locals.user`). */
export interface SessionUser {
	id: string;
	email: string;
	displayName: string;
	role: Role;
	/** Programs assigned in user_programs: a coordinator's scope (other roles normally have none). */
	programIds: string[];
}

export interface SessionRecord {
	/** Hex SHA-256 of the token. */
	id: string;
	userId: string;
	createdAt: Date;
	lastSeenAt: Date;
	/** Absolute end of the session; the idle timeout may end it sooner. */
	expiresAt: Date;
	ip: string | null;
	userAgent: string | null;
}

/** What session functions depend on, passed in so tests can use `:memory:` and a fake clock. */
export interface AuthContext {
	db: Db;
	clock: Clock;
	policy: SessionPolicy;
}

export interface ValidatedSession {
	session: SessionRecord;
	user: SessionUser;
	/** `last_seen_at` was moved forward on this request. */
	extended: boolean;
}

/** 20 random bytes (160 bits, above the 128 OWASP asks for), base32 so it is cookie- and URL-safe. */
export function generateSessionToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

/** 20 bytes in unpadded base32 are exactly 32 characters of a–z and 2–7. */
const TOKEN_SHAPE = /^[a-z2-7]{32}$/;

export function sessionIdFromToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export function createSession(
	ctx: AuthContext,
	token: string,
	userId: string,
	client: { ip?: string | null; userAgent?: string | null } = {}
): SessionRecord {
	const now = ctx.clock.now();
	const session: SessionRecord = {
		id: sessionIdFromToken(token),
		userId,
		createdAt: new Date(now),
		lastSeenAt: new Date(now),
		expiresAt: new Date(now + ctx.policy.absoluteLifetimeMs),
		ip: client.ip ?? null,
		// Bounded: the header is client-controlled and only kept for the admin's session list.
		userAgent: client.userAgent?.slice(0, 512) ?? null
	};
	ctx.db
		.prepare(
			`INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at, ip, user_agent)
			 VALUES (?, ?, ?, ?, ?, ?, ?)`
		)
		.run(session.id, userId, now, now, session.expiresAt.getTime(), session.ip, session.userAgent);
	return session;
}

interface SessionRow {
	id: string;
	user_id: string;
	created_at: number;
	last_seen_at: number;
	expires_at: number;
	ip: string | null;
	user_agent: string | null;
	email: string;
	display_name: string;
	role: Role;
	disabled_at: number | null;
}

/**
 * The session and user for a cookie's token, or null when the token is malformed,
 * unknown, expired (idle or absolute) or its user is disabled; dead sessions are deleted.
 *
 * No constant-time comparison is needed: the lookup is by SHA-256 of the presented token,
 * so an attacker timing the index search learns about hashes of their own guesses, not
 * about any stored id (Lucia, "Sessions": timing attacks on hashed ids).
 */
export function validateSessionToken(ctx: AuthContext, token: string): ValidatedSession | null {
	if (!TOKEN_SHAPE.test(token)) return null;
	const id = sessionIdFromToken(token);
	const row = ctx.db
		.prepare(
			`SELECT s.id, s.user_id, s.created_at, s.last_seen_at, s.expires_at, s.ip, s.user_agent,
			        u.email, u.display_name, u.role, u.disabled_at
			 FROM sessions s JOIN users u ON u.id = s.user_id
			 WHERE s.id = ?`
		)
		.get(id) as SessionRow | undefined;
	if (!row) return null;

	const now = ctx.clock.now();
	const idleDeadline = row.last_seen_at + ctx.policy.idleTimeoutMs;
	if (row.disabled_at !== null || now >= row.expires_at || now >= idleDeadline) {
		invalidateSession(ctx.db, id);
		return null;
	}

	// Sliding idle window, written at most once per touch interval (one write per minute, not per request).
	const extended = now - row.last_seen_at >= ctx.policy.touchIntervalMs;
	if (extended) {
		ctx.db.prepare('UPDATE sessions SET last_seen_at = ? WHERE id = ?').run(now, id);
	}

	return {
		session: {
			id,
			userId: row.user_id,
			createdAt: new Date(row.created_at),
			lastSeenAt: new Date(extended ? now : row.last_seen_at),
			expiresAt: new Date(row.expires_at),
			ip: row.ip,
			userAgent: row.user_agent
		},
		user: {
			id: row.user_id,
			email: row.email,
			displayName: row.display_name,
			role: row.role,
			programIds: programIdsOf(ctx.db, row.user_id)
		},
		extended
	};
}

export function invalidateSession(db: Db, sessionId: string): void {
	db.prepare('DELETE FROM sessions WHERE id = ?').run(sessionId);
}

/** Signs a user out everywhere (password change, account disabled). */
export function invalidateUserSessions(db: Db, userId: string): void {
	db.prepare('DELETE FROM sessions WHERE user_id = ?').run(userId);
}

/** Housekeeping: drops sessions past their absolute or idle end. Returns how many. */
export function deleteExpiredSessions(ctx: AuthContext): number {
	const now = ctx.clock.now();
	return ctx.db
		.prepare('DELETE FROM sessions WHERE expires_at <= ? OR last_seen_at <= ?')
		.run(now, now - ctx.policy.idleTimeoutMs).changes;
}
