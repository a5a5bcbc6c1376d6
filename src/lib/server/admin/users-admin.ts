/**
 * What an admin can do to accounts: create, change role and programs, disable and enable,
 * reset a password. Each function checks the actor is an admin itself (routes guard too),
 * writes the audit log, and ends the target's sessions whenever what they may see changes
 * (issue 6: "changing a role or scope or disabling a user ends all their sessions"), so a
 * narrowed scope takes effect on the next request, not at the next sign-in.
 */
import { error } from '@sveltejs/kit';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { audit } from '$lib/server/auth/audit';
import type { Clock } from '$lib/server/auth/clock';
import { hashPassword } from '$lib/server/auth/password';
import { invalidateUserSessions, type SessionUser } from '$lib/server/auth/session';
import { createUser, findCredentialsByEmail, updatePasswordHash, type Role } from '$lib/server/auth/users';
import type { Db } from '$lib/server/db/open';
import { countOtherActiveAdmins, findUser, type DirectoryUser } from './user-directory';

export interface AdminContext {
	db: Db;
	clock: Clock;
}

/** Who is acting and from where, for the audit log. */
export interface Actor {
	user: SessionUser;
	ip: string | null;
}

export type AdminOutcome<T = undefined> = { ok: true; value: T } | { ok: false; message: string };

export interface AccessChange {
	displayName: string;
	role: Role;
	programIds: string[];
}

/** Defence in depth: the route's requireRole already refused non-admins. */
export function assertAdmin(actor: Actor): void {
	if (actor.user.role !== 'admin') error(403, 'Only administrators manage users');
}

/**
 * 15 random bytes (120 bits) as four groups of six base32 letters and digits: strong, and
 * easy to read aloud or retype. Shown once to the admin; only the argon2id hash is kept.
 */
export function generateInitialPassword(): string {
	const bytes = new Uint8Array(15);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes).match(/.{6}/g)!.join('-');
}

export async function createAccount(
	ctx: AdminContext,
	actor: Actor,
	input: AccessChange & { email: string }
): Promise<AdminOutcome<{ userId: string; password: string }>> {
	assertAdmin(actor);
	if (findCredentialsByEmail(ctx.db, input.email)) {
		return { ok: false, message: `An account for ${input.email} already exists.` };
	}
	const password = generateInitialPassword();
	const userId = await createUser(ctx.db, { ...input, password }, ctx.clock);
	audit(
		ctx.db,
		{
			userId: actor.user.id,
			action: 'user_created',
			detail: { target: userId, email: input.email, role: input.role, programIds: input.programIds },
			ip: actor.ip
		},
		ctx.clock
	);
	return { ok: true, value: { userId, password } };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Refuses changes that would lock every admin out, or an admin out of their own session. */
function lockoutProblem(ctx: AdminContext, actor: Actor, target: DirectoryUser, losingAdmin: boolean): string | null {
	if (!losingAdmin) return null;
	if (target.id === actor.user.id) return 'You cannot remove your own administrator access; ask another administrator.';
	if (target.role === 'admin' && countOtherActiveAdmins(ctx.db, target.id) === 0) {
		return 'This is the last active administrator; make someone else an administrator first.';
	}
	return null;
}

export function changeAccess(ctx: AdminContext, actor: Actor, userId: string, change: AccessChange): AdminOutcome<{ sessionsEnded: boolean }> {
	assertAdmin(actor);
	const target = findUser(ctx.db, userId);
	if (!target) return { ok: false, message: 'No such user.' };
	const programIds = [...new Set(change.programIds)].sort();
	const roleChanged = change.role !== target.role;
	const scopeChanged = roleChanged || !sameList(programIds, target.programIds);
	const renamed = change.displayName !== target.displayName;
	if (!scopeChanged && !renamed) return { ok: true, value: { sessionsEnded: false } };

	const problem = lockoutProblem(ctx, actor, target, target.role === 'admin' && roleChanged);
	if (problem) return { ok: false, message: problem };

	ctx.db.transaction(() => {
		ctx.db
			.prepare('UPDATE users SET display_name = ?, role = ?, updated_at = ? WHERE id = ?')
			.run(change.displayName, change.role, ctx.clock.now(), userId);
		if (scopeChanged) {
			ctx.db.prepare('DELETE FROM user_programs WHERE user_id = ?').run(userId);
			const insert = ctx.db.prepare('INSERT INTO user_programs (user_id, program_id) VALUES (?, ?)');
			for (const id of programIds) insert.run(userId, id);
			invalidateUserSessions(ctx.db, userId);
		}
		audit(
			ctx.db,
			{
				userId: actor.user.id,
				action: scopeChanged ? 'user_access_changed' : 'user_renamed',
				detail: {
					target: userId,
					email: target.email,
					before: { displayName: target.displayName, role: target.role, programIds: target.programIds },
					after: { displayName: change.displayName, role: change.role, programIds },
					sessionsEnded: scopeChanged
				},
				ip: actor.ip
			},
			ctx.clock
		);
	})();
	return { ok: true, value: { sessionsEnded: scopeChanged } };
}

export function setDisabled(ctx: AdminContext, actor: Actor, userId: string, disabled: boolean): AdminOutcome {
	assertAdmin(actor);
	const target = findUser(ctx.db, userId);
	if (!target) return { ok: false, message: 'No such user.' };
	if (disabled === (target.disabledAt !== null)) return { ok: true, value: undefined };
	if (disabled) {
		if (target.id === actor.user.id) return { ok: false, message: 'You cannot disable your own account.' };
		const problem = lockoutProblem(ctx, actor, target, target.role === 'admin');
		if (problem) return { ok: false, message: problem };
	}
	const now = ctx.clock.now();
	ctx.db.transaction(() => {
		ctx.db.prepare('UPDATE users SET disabled_at = ?, updated_at = ? WHERE id = ?').run(disabled ? now : null, now, userId);
		if (disabled) invalidateUserSessions(ctx.db, userId);
		audit(
			ctx.db,
			{ userId: actor.user.id, action: disabled ? 'user_disabled' : 'user_enabled', detail: { target: userId, email: target.email }, ip: actor.ip },
			ctx.clock
		);
	})();
	return { ok: true, value: undefined };
}

/** A new generated password, shown once; whoever held the old one is signed out everywhere. */
export async function resetPassword(ctx: AdminContext, actor: Actor, userId: string): Promise<AdminOutcome<{ password: string }>> {
	assertAdmin(actor);
	const target = findUser(ctx.db, userId);
	if (!target) return { ok: false, message: 'No such user.' };
	if (target.id === actor.user.id) {
		return { ok: false, message: 'Reset your own password from another administrator account.' };
	}
	const password = generateInitialPassword();
	const hash = await hashPassword(password);
	ctx.db.transaction(() => {
		updatePasswordHash(ctx.db, userId, hash, ctx.clock);
		invalidateUserSessions(ctx.db, userId);
		audit(ctx.db, { userId: actor.user.id, action: 'user_password_reset', detail: { target: userId, email: target.email }, ip: actor.ip }, ctx.clock);
	})();
	return { ok: true, value: { password } };
}
