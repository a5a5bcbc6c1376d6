import { describe, expect, it } from 'vitest';
import { recentAudit } from '$lib/server/auth/audit';
import { DEMO_ADMIN_EMAIL, ensureDemoAdmin, generateDemoPassword } from '$lib/server/auth/demo-admin';
import { verifyPassword } from '$lib/server/auth/password';
import { countUsers, findCredentialsByEmail } from '$lib/server/auth/users';
import { makeUser, testContext } from './fixtures';

function capture() {
	const lines: string[] = [];
	return { lines, log: (m: string) => lines.push(m) };
}

describe('ensureDemoAdmin', () => {
	it('creates admin@preceptor.demo in demo mode on an empty database and prints the password once', async () => {
		const ctx = testContext();
		const out = capture();
		const result = await ensureDemoAdmin({ demo: true, db: ctx.db, clock: ctx.clock, log: out.log });
		expect(result).toEqual({ created: true, email: DEMO_ADMIN_EMAIL });
		expect(out.lines).toHaveLength(1);
		const password = /Password {4}(\S+)/.exec(out.lines[0])?.[1] ?? '';
		expect(password.length).toBeGreaterThanOrEqual(16);
		expect(out.lines[0]).toContain('http://localhost:3000/login');
		const account = findCredentialsByEmail(ctx.db, DEMO_ADMIN_EMAIL);
		expect(await verifyPassword(account!.passwordHash!, password)).toBe(true);
		const role = ctx.db.prepare('SELECT role FROM users WHERE id = ?').get(account!.id) as { role: string };
		expect(role.role).toBe('admin');
		expect(recentAudit(ctx.db)[0].action).toBe('demo_admin_created');
	});

	it('does nothing outside demo mode', async () => {
		const ctx = testContext();
		const out = capture();
		expect(await ensureDemoAdmin({ demo: false, db: ctx.db, log: out.log })).toEqual({
			created: false,
			reason: 'not demo mode'
		});
		expect(countUsers(ctx.db)).toBe(0);
		expect(out.lines).toEqual([]);
	});

	it('does nothing when any user exists, and never twice', async () => {
		const ctx = testContext();
		await makeUser(ctx);
		expect(await ensureDemoAdmin({ demo: true, db: ctx.db, log: () => {} })).toEqual({
			created: false,
			reason: 'users exist'
		});
		expect(findCredentialsByEmail(ctx.db, DEMO_ADMIN_EMAIL)).toBeNull();

		const fresh = testContext();
		await ensureDemoAdmin({ demo: true, db: fresh.db, log: () => {} });
		expect((await ensureDemoAdmin({ demo: true, db: fresh.db, log: () => {} })).created).toBe(false);
		expect(countUsers(fresh.db)).toBe(1);
	});

	it('uses DEMO_ADMIN_PASSWORD when given, without echoing it', async () => {
		const ctx = testContext();
		const out = capture();
		await ensureDemoAdmin({ demo: true, db: ctx.db, password: 'demo-password-for-tests', log: out.log });
		const account = findCredentialsByEmail(ctx.db, DEMO_ADMIN_EMAIL);
		expect(await verifyPassword(account!.passwordHash!, 'demo-password-for-tests')).toBe(true);
		expect(out.lines[0]).not.toContain('demo-password-for-tests');
		expect(out.lines[0]).toContain('DEMO_ADMIN_PASSWORD');
	});

	it('refuses a DEMO_ADMIN_PASSWORD shorter than 12 characters', async () => {
		const ctx = testContext();
		await expect(ensureDemoAdmin({ demo: true, db: ctx.db, password: 'short', log: () => {} })).rejects.toThrow(
			/DEMO_ADMIN_PASSWORD/
		);
		expect(countUsers(ctx.db)).toBe(0);
	});

	it('generates 24 base32 characters in dashed groups', () => {
		// 15 bytes = 120 bits = 24 base32 characters, shown as 4 groups of 6.
		expect(generateDemoPassword()).toMatch(/^[a-z2-7]{6}(-[a-z2-7]{6}){3}$/);
	});
});
