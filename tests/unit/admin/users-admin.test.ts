import { isHttpError, isRedirect } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { adminRequest } from '$lib/server/admin/admin-request';
import { findUser, listUsers } from '$lib/server/admin/user-directory';
import { changeAccess, createAccount, resetPassword, setDisabled, type Actor } from '$lib/server/admin/users-admin';
import { audit, recentAudit } from '$lib/server/auth/audit';
import { requireRole } from '$lib/server/auth/guard';
import { attemptLogin } from '$lib/server/auth/login';
import { createSession, generateSessionToken, validateSessionToken, type SessionUser } from '$lib/server/auth/session';
import { LoginThrottle } from '$lib/server/auth/throttle';
import { makeUser, PASSWORD, testContext } from '../auth/fixtures';

async function setup() {
	const ctx = testContext();
	const adminId = await makeUser(ctx, { email: 'admin@example.edu', displayName: 'Ada Admin', role: 'admin' });
	const coordId = await makeUser(ctx, { email: 'coord@example.edu', displayName: 'Cora Coord', role: 'coordinator', programIds: ['prog-a'] });
	const actor: Actor = { user: sessionUser(adminId, 'admin'), ip: '192.0.2.1' };
	return { ctx, adminId, coordId, actor };
}

function sessionUser(id: string, role: SessionUser['role']): SessionUser {
	return { id, email: `${role}@example.edu`, displayName: role, role, programIds: [] };
}

function signIn(ctx: ReturnType<typeof testContext>, userId: string): string {
	const token = generateSessionToken();
	createSession(ctx, token, userId);
	return token;
}

function lastAudit(ctx: ReturnType<typeof testContext>) {
	return recentAudit(ctx.db, 1)[0];
}

function thrownBy(fn: () => unknown): unknown {
	try {
		fn();
	} catch (e) {
		return e;
	}
	throw new Error('expected a throw');
}

describe('who may manage users', () => {
	it('requireRole refuses a dean with 403', () => {
		const e = thrownBy(() => requireRole({ user: sessionUser('d1', 'dean'), session: null }, ['admin']));
		expect(isHttpError(e) && e.status).toBe(403);
	});

	it('adminRequest refuses every non-admin role with 403 and sends the anonymous to sign in', () => {
		const url = new URL('http://localhost/admin/users');
		for (const role of ['dean', 'coordinator', 'reviewer'] as const) {
			const e = thrownBy(() => adminRequest({ locals: { user: sessionUser('x', role), session: null }, url, getClientAddress: () => '::1' }));
			expect(isHttpError(e) && e.status).toBe(403);
		}
		const anonymous = thrownBy(() => adminRequest({ locals: { user: null, session: null }, url, getClientAddress: () => '::1' }));
		expect(isRedirect(anonymous) && anonymous.location).toBe('/login?redirectTo=%2Fadmin%2Fusers');
	});

	it('the admin functions themselves refuse a non-admin actor', async () => {
		const { ctx, coordId } = await setup();
		const dean: Actor = { user: sessionUser('d1', 'dean'), ip: null };
		const e = thrownBy(() => setDisabled(ctx, dean, coordId, true));
		expect(isHttpError(e) && e.status).toBe(403);
		expect(findUser(ctx.db, coordId)?.disabledAt).toBeNull();
	});
});

describe('createAccount', () => {
	it('creates a user who can sign in with the password shown once, and audits it', async () => {
		const { ctx, actor } = await setup();
		const out = await createAccount(ctx, actor, { email: 'new@example.edu', displayName: 'New Person', role: 'coordinator', programIds: ['prog-b'] });
		if (!out.ok) throw new Error(out.message);
		expect(out.value.password).toMatch(/^[a-z2-7]{6}(-[a-z2-7]{6}){3}$/);
		const login = await attemptLogin(ctx, new LoginThrottle(ctx.db, ctx.clock), { email: 'new@example.edu', password: out.value.password, ip: '192.0.2.9', userAgent: null });
		expect(login.ok).toBe(true);
		const entry = recentAudit(ctx.db, 5).find((a) => a.action === 'user_created')!;
		expect(entry.userId).toBe(actor.user.id);
		expect(entry.detail).toEqual({ target: out.value.userId, email: 'new@example.edu', role: 'coordinator', programIds: ['prog-b'] });
		expect(JSON.stringify(recentAudit(ctx.db, 10))).not.toContain(out.value.password);
	});

	it('refuses a second account for the same email', async () => {
		const { ctx, actor } = await setup();
		const out = await createAccount(ctx, actor, { email: 'coord@example.edu', displayName: 'Again', role: 'dean', programIds: [] });
		expect(out).toEqual({ ok: false, message: 'An account for coord@example.edu already exists.' });
	});
});

describe('changeAccess', () => {
	it('changing a role ends all the user’s sessions and records before and after', async () => {
		const { ctx, actor, coordId } = await setup();
		const tokens = [signIn(ctx, coordId), signIn(ctx, coordId)];
		const out = changeAccess(ctx, actor, coordId, { displayName: 'Cora Coord', role: 'dean', programIds: [] });
		expect(out).toEqual({ ok: true, value: { sessionsEnded: true } });
		for (const t of tokens) expect(validateSessionToken(ctx, t)).toBeNull();
		const entry = lastAudit(ctx);
		expect(entry.action).toBe('user_access_changed');
		expect(entry.detail).toMatchObject({
			target: coordId,
			before: { role: 'coordinator', programIds: ['prog-a'] },
			after: { role: 'dean', programIds: [] },
			sessionsEnded: true
		});
	});

	it('changing only the programs also ends sessions; the new scope is what the next session sees', async () => {
		const { ctx, actor, coordId } = await setup();
		const token = signIn(ctx, coordId);
		changeAccess(ctx, actor, coordId, { displayName: 'Cora Coord', role: 'coordinator', programIds: ['prog-c', 'prog-b'] });
		expect(validateSessionToken(ctx, token)).toBeNull();
		const fresh = signIn(ctx, coordId);
		expect(validateSessionToken(ctx, fresh)?.user.programIds).toEqual(['prog-b', 'prog-c']);
	});

	it('a rename alone keeps sessions', async () => {
		const { ctx, actor, coordId } = await setup();
		const token = signIn(ctx, coordId);
		expect(changeAccess(ctx, actor, coordId, { displayName: 'Cora C.', role: 'coordinator', programIds: ['prog-a'] })).toEqual({ ok: true, value: { sessionsEnded: false } });
		expect(validateSessionToken(ctx, token)?.user.displayName).toBe('Cora C.');
		expect(lastAudit(ctx).action).toBe('user_renamed');
	});

	it('no change writes nothing', async () => {
		const { ctx, actor, coordId } = await setup();
		const before = recentAudit(ctx.db, 100).length;
		changeAccess(ctx, actor, coordId, { displayName: 'Cora Coord', role: 'coordinator', programIds: ['prog-a'] });
		expect(recentAudit(ctx.db, 100).length).toBe(before);
	});

	it('refuses to demote the acting admin or the last active admin', async () => {
		const { ctx, actor, adminId } = await setup();
		expect(changeAccess(ctx, actor, adminId, { displayName: 'Ada', role: 'dean', programIds: [] }).ok).toBe(false);
		const otherAdmin = await makeUser(ctx, { email: 'b@example.edu', role: 'admin' });
		const other: Actor = { user: sessionUser(otherAdmin, 'admin'), ip: null };
		// Two admins: one may demote the other.
		expect(changeAccess(ctx, other, adminId, { displayName: 'Ada', role: 'dean', programIds: [] }).ok).toBe(true);
		// Now `other` is the last one, and a third admin account that is disabled does not count.
		const third = await makeUser(ctx, { email: 'c@example.edu', role: 'admin' });
		setDisabled(ctx, other, third, true);
		const thirdActor: Actor = { user: sessionUser(third, 'admin'), ip: null };
		expect(changeAccess(ctx, thirdActor, otherAdmin, { displayName: 'B', role: 'reviewer', programIds: [] })).toEqual({
			ok: false,
			message: 'This is the last active administrator; make someone else an administrator first.'
		});
	});
});

describe('setDisabled', () => {
	it('disabling ends sessions, refuses sign-in and is audited; enabling is audited too', async () => {
		const { ctx, actor, coordId } = await setup();
		const token = signIn(ctx, coordId);
		expect(setDisabled(ctx, actor, coordId, true)).toEqual({ ok: true, value: undefined });
		expect(validateSessionToken(ctx, token)).toBeNull();
		expect(lastAudit(ctx)).toMatchObject({ userId: actor.user.id, action: 'user_disabled', detail: { target: coordId, email: 'coord@example.edu' }, ip: '192.0.2.1' });
		const login = await attemptLogin(ctx, new LoginThrottle(ctx.db, ctx.clock), { email: 'coord@example.edu', password: PASSWORD, ip: '192.0.2.9', userAgent: null });
		expect(login.ok).toBe(false);

		setDisabled(ctx, actor, coordId, false);
		expect(lastAudit(ctx).action).toBe('user_enabled');
		expect(findUser(ctx.db, coordId)?.disabledAt).toBeNull();
	});

	it('refuses to disable your own account', async () => {
		const { ctx, actor, adminId } = await setup();
		expect(setDisabled(ctx, actor, adminId, true)).toEqual({ ok: false, message: 'You cannot disable your own account.' });
	});
});

describe('resetPassword', () => {
	it('replaces the password, ends sessions and audits without the password', async () => {
		const { ctx, actor, coordId } = await setup();
		const token = signIn(ctx, coordId);
		const out = await resetPassword(ctx, actor, coordId);
		if (!out.ok) throw new Error(out.message);
		expect(validateSessionToken(ctx, token)).toBeNull();
		const throttle = new LoginThrottle(ctx.db, ctx.clock);
		const old = await attemptLogin(ctx, throttle, { email: 'coord@example.edu', password: PASSWORD, ip: '192.0.2.9', userAgent: null });
		expect(old.ok).toBe(false);
		const fresh = await attemptLogin(ctx, throttle, { email: 'coord@example.edu', password: out.value.password, ip: '192.0.2.9', userAgent: null });
		expect(fresh.ok).toBe(true);
		const entry = recentAudit(ctx.db, 10).find((a) => a.action === 'user_password_reset')!;
		expect(JSON.stringify(entry)).not.toContain(out.value.password);
	});
});

describe('listUsers', () => {
	it('shows programs, status and the last sign-in from the audit log', async () => {
		const { ctx, coordId, actor } = await setup();
		audit(ctx.db, { userId: coordId, action: 'login' }, ctx.clock);
		ctx.clock.advance(60_000);
		audit(ctx.db, { userId: coordId, action: 'login' }, ctx.clock);
		audit(ctx.db, { userId: coordId, action: 'logout' }, { now: () => ctx.clock.now() + 5_000 });
		setDisabled(ctx, actor, coordId, true);
		const users = listUsers(ctx.db);
		// Active first, then disabled.
		expect(users.map((u) => u.email)).toEqual(['admin@example.edu', 'coord@example.edu']);
		expect(users[1]).toMatchObject({ role: 'coordinator', programIds: ['prog-a'], hasPassword: true, lastLoginAt: ctx.clock.now() });
		expect(users[1].disabledAt).not.toBeNull();
		expect(users[0].lastLoginAt).toBeNull();
	});
});
