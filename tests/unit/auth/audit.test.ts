import { describe, expect, it } from 'vitest';
import { audit, recentAudit } from '$lib/server/auth/audit';
import { migrate, schemaVersion, MIGRATIONS } from '$lib/server/db/migrations';
import { testContext } from './fixtures';

describe('audit log', () => {
	it('appends entries with JSON detail', () => {
		const ctx = testContext();
		audit(ctx.db, { userId: 'u1', action: 'login', detail: null, ip: '192.0.2.1' }, ctx.clock);
		audit(ctx.db, { userId: null, action: 'login_failed', detail: { email: 'x@example.edu' } }, ctx.clock);
		const [latest, first] = recentAudit(ctx.db);
		expect(first).toMatchObject({ userId: 'u1', action: 'login', detail: null, ip: '192.0.2.1', at: ctx.clock.now() });
		expect(latest).toMatchObject({ userId: null, action: 'login_failed', detail: { email: 'x@example.edu' }, ip: null });
	});

	it('refuses UPDATE and DELETE', () => {
		const ctx = testContext();
		audit(ctx.db, { userId: 'u1', action: 'login' }, ctx.clock);
		expect(() => ctx.db.prepare("UPDATE audit_log SET action = 'nothing'").run()).toThrow(/append-only/);
		expect(() => ctx.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
		expect(recentAudit(ctx.db)).toHaveLength(1);
		expect(recentAudit(ctx.db)[0].action).toBe('login');
	});

	it('refuses detail that is not JSON', () => {
		const ctx = testContext();
		expect(() =>
			ctx.db.prepare("INSERT INTO audit_log (at, action, detail) VALUES (1, 'x', '{not json')").run()
		).toThrow(/CHECK/);
	});
});

describe('migrations', () => {
	it('record the schema version and are idempotent', () => {
		const ctx = testContext();
		expect(schemaVersion(ctx.db)).toBe(MIGRATIONS.length);
		migrate(ctx.db);
		expect(schemaVersion(ctx.db)).toBe(MIGRATIONS.length);
	});

	it('enforce roles and foreign keys', () => {
		const ctx = testContext();
		const insertUser = ctx.db.prepare(
			"INSERT INTO users (id, email, display_name, role, created_at, updated_at) VALUES (?, ?, 'X', ?, 0, 0)"
		);
		expect(() => insertUser.run('u1', 'a@example.edu', 'superuser')).toThrow(/CHECK/);
		insertUser.run('u1', 'a@example.edu', 'reviewer');
		expect(() => insertUser.run('u2', 'A@EXAMPLE.EDU', 'reviewer')).toThrow(/UNIQUE/);
		expect(() =>
			ctx.db.prepare("INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at) VALUES ('s', 'nobody', 0, 0, 1)").run()
		).toThrow(/FOREIGN KEY/);
	});

	it('refuse a database newer than the code', () => {
		const ctx = testContext();
		ctx.db.prepare("INSERT INTO schema_version (version, name, applied_at) VALUES (99, 'future', 0)").run();
		expect(() => migrate(ctx.db)).toThrow(/newer than this build/);
	});
});
