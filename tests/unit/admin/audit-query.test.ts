import { describe, expect, it } from 'vitest';
import { exportAudit } from '$lib/server/admin/audit-export';
import { auditAbout, auditActions, auditFilterParams, countAudit, parseAuditFilter, searchAudit, type AuditFilter } from '$lib/server/admin/audit-query';
import { audit, recentAudit } from '$lib/server/auth/audit';
import { HOUR } from '$lib/server/auth/clock';
import { makeUser, testContext } from '../auth/fixtures';

const none: AuditFilter = { userId: null, action: null, from: null, to: null };

/**
 * Five entries: clock starts 2025-01-06 09:00 UTC (fixtures.ts).
 *   1  2025-01-06 09:00  ann  login
 *   2  2025-01-06 23:00  bob  login
 *   3  2025-01-07 09:00  ann  login_failed
 *   4  2025-01-08 09:00  —    login_failed   (unknown email)
 *   5  2025-01-08 10:00  ann  logout
 */
async function seeded() {
	const ctx = testContext();
	const ann = await makeUser(ctx, { email: 'ann@example.edu', role: 'admin' });
	const bob = await makeUser(ctx, { email: 'bob@example.edu' });
	const log = (userId: string | null, action: string, hoursLater: number) => {
		ctx.clock.advance(hoursLater * HOUR);
		audit(ctx.db, { userId, action, detail: { n: 1 }, ip: '192.0.2.1' }, ctx.clock);
	};
	log(ann, 'login', 0);
	log(bob, 'login', 14);
	log(ann, 'login_failed', 10);
	log(null, 'login_failed', 24);
	log(ann, 'logout', 1);
	return { ctx, ann, bob };
}

describe('searchAudit', () => {
	it('lists newest first with the user email joined', async () => {
		const { ctx } = await seeded();
		const rows = searchAudit(ctx.db, none, 10);
		expect(rows.map((r) => r.action)).toEqual(['logout', 'login_failed', 'login_failed', 'login', 'login']);
		expect(rows.map((r) => r.email)).toEqual(['ann@example.edu', null, 'ann@example.edu', 'bob@example.edu', 'ann@example.edu']);
	});

	it('filters by user, action and inclusive UTC dates', async () => {
		const { ctx, ann } = await seeded();
		expect(countAudit(ctx.db, { ...none, userId: ann })).toBe(3);
		expect(countAudit(ctx.db, { ...none, action: 'login_failed' })).toBe(2);
		// 2025-01-06 holds entries 1 and 2 (23:00 is still the 6th in UTC).
		expect(countAudit(ctx.db, { ...none, from: '2025-01-06', to: '2025-01-06' })).toBe(2);
		// From the 7th: entries 3, 4, 5.
		expect(countAudit(ctx.db, { ...none, from: '2025-01-07' })).toBe(3);
		expect(searchAudit(ctx.db, { userId: ann, action: 'login_failed', from: '2025-01-07', to: '2025-01-07' }, 10).map((r) => r.id)).toEqual([3]);
	});

	it('pages with limit and offset', async () => {
		const { ctx } = await seeded();
		expect(searchAudit(ctx.db, none, 2, 2).map((r) => r.id)).toEqual([3, 2]);
	});

	it('lists each action once', async () => {
		const { ctx } = await seeded();
		expect(auditActions(ctx.db)).toEqual(['login', 'login_failed', 'logout']);
	});
});

describe('auditAbout', () => {
	it('lists what a user did and what was done to their account', async () => {
		const { ctx, ann, bob } = await seeded();
		audit(ctx.db, { userId: ann, action: 'user_disabled', detail: { target: bob } }, ctx.clock);
		// Bob: his own login (id 2) and Ann disabling him (id 6); none of Ann's other entries.
		expect(auditAbout(ctx.db, bob, 10).map((r) => [r.id, r.action])).toEqual([[6, 'user_disabled'], [2, 'login']]);
	});
});

describe('parseAuditFilter', () => {
	it('reads the URL and drops malformed values', () => {
		const params = new URLSearchParams('user=u1&action=login&from=2025-01-06&to=2025-13-45&page=3');
		expect(parseAuditFilter(params)).toEqual({ filter: { userId: 'u1', action: 'login', from: '2025-01-06', to: null }, page: 3 });
		expect(parseAuditFilter(new URLSearchParams('page=-2&from=yesterday'))).toEqual({ filter: none, page: 1 });
	});

	it('round-trips through auditFilterParams', () => {
		const filter = { userId: 'u1', action: 'login', from: '2025-01-06', to: '2025-01-31' };
		expect(parseAuditFilter(auditFilterParams(filter, 2))).toEqual({ filter, page: 2 });
	});
});

describe('exportAudit', () => {
	it('writes the filtered entries as CSV and audits the export with its filter', async () => {
		const { ctx, ann } = await seeded();
		const actor = { user: { id: ann, email: 'ann@example.edu', displayName: 'Ann', role: 'admin' as const, programIds: [] }, ip: '192.0.2.5' };
		const out = exportAudit(ctx, actor, { ...none, action: 'logout' });
		expect(out.rows).toBe(1);
		expect(out.csv).toBe(
			'time (UTC),user email,user id,action,detail,ip\r\n' +
				`2025-01-08T10:00:00.000Z,ann@example.edu,${ann},logout,"{""n"":1}",192.0.2.1\r\n`
		);
		expect(out.fileName).toBe('preceptor-audit-20250108.csv');
		expect(recentAudit(ctx.db, 1)[0]).toMatchObject({
			userId: ann,
			action: 'audit_export',
			detail: { filter: { ...none, action: 'logout' }, rows: 1, truncated: false },
			ip: '192.0.2.5'
		});
	});
});
