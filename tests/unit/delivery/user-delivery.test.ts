/**
 * GET /api/dataset per role, on the hand-made version of tests/unit/engine/dataset-fixture.ts:
 *   PA: people a1 (trainee), a2 (trainee, withdrawn, exit text "moved away"), m1 (mentor,
 *       m1@x.edu); pairings pa1 (m1–a1, meeting ma1 rated 5; ma2 unrated), pa2 (a2, no mentor)
 *   PB: people b1 (trainee), m2 (mentor); pairing pb1 (m2–b1, meeting mb1 rated 4)
 *   IPE: act-a (PA) attended by a1 and b1; act-b (PB) by b1; act-x (no program) by a2.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { tableFromIPC } from 'apache-arrow';
import { containerTables, readContainerHeader } from '$lib/engine/dataset-container';
import { recentAudit } from '$lib/server/auth/audit';
import { openDatabase, type Db } from '$lib/server/db/open';
import { PayloadCache } from '$lib/server/delivery/cache';
import { mentorEmailIndexFor } from '$lib/server/delivery/own-mentor-ids';
import { scopeKey } from '$lib/server/delivery/scope';
import { datasetResponseFor, deliveryScopeFor, REVIEWER_REFUSAL } from '$lib/server/delivery/user-delivery';
import type { DatasetManifest } from '$lib/server/store/manifest';
import { FIXTURE_VERSION, writeFixtureVersion } from '../engine/dataset-fixture';

let dataDir: string;
let manifest: DatasetManifest;
let auditDb: Db;
let cache: PayloadCache;

beforeAll(async () => {
	({ dataDir, manifest } = await writeFixtureVersion());
	auditDb = openDatabase(':memory:');
	cache = new PayloadCache(null);
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

type Role = 'admin' | 'dean' | 'coordinator' | 'reviewer';
const user = (role: Role, programIds: string[] = [], email = `${role}@school.edu`) => ({ id: `u-${role}-${email}`, email, role, programIds });

async function download(u: ReturnType<typeof user>) {
	const response = await datasetResponseFor({
		user: u,
		manifest,
		dataDir,
		acceptEncoding: 'identity',
		auditDb,
		ip: '192.0.2.7',
		mentorIndex: (m) => mentorEmailIndexFor(dataDir, m),
		cache
	});
	if (!response.ok) return { response, tables: null };
	const bytes = new Uint8Array(await response.arrayBuffer());
	const parsed = readContainerHeader(bytes)!;
	const tables = Object.fromEntries(
		containerTables(bytes, parsed).map(({ table, ipc }) => [table.name, tableFromIPC(ipc).toArray().map((r) => r.toJSON() as Record<string, unknown>)])
	);
	return { response, tables };
}
const column = (rows: Record<string, unknown>[], name: string) => rows.map((r) => r[name]).sort();

describe('GET /api/dataset by role', () => {
	it('refuses a reviewer with 403 and a message pointing to aggregates', async () => {
		const { response } = await download(user('reviewer'));
		expect(response.status).toBe(403);
		expect(await response.json()).toEqual({ message: REVIEWER_REFUSAL });
	});

	it('gives a coordinator of PA only PA rows, identified, and withholds PB attendees', async () => {
		const { response, tables } = await download(user('coordinator', ['PA']));
		expect(response.status).toBe(200);
		expect(column(tables!.people, 'person_id')).toEqual(['a1', 'a2', 'm1']);
		expect(column(tables!.people, 'display_name')).toEqual(['Al Two', 'Ann One', 'Meg Mentor']);
		expect(column(tables!.pairings, 'pairing_id')).toEqual(['pa1', 'pa2']);
		// act-a is PA's and attended by b1 of PB: the activity is sent, b1's attendance is not.
		expect(column(tables!.ipe_activities, 'activity_id')).toEqual(['act-a', 'act-x']);
		expect(tables!.ipe_attendance.map((r) => `${r.activity_id}:${r.person_id}`).sort()).toEqual(['act-a:a1', 'act-x:a2']);
		// Ratings are the program's quality signal: a coordinator sees them.
		expect(tables!.meetings.map((m) => [m.meeting_id, m.rating])).toEqual([['ma1', 5], ['ma2', null]]);
	});

	it('gives a coordinator of PB nothing of PA', async () => {
		const { tables } = await download(user('coordinator', ['PB']));
		expect(column(tables!.people, 'person_id')).toEqual(['b1', 'm2']);
		expect(column(tables!.programs, 'program_id')).toEqual(['PB']);
		expect(column(tables!.survey_responses, 'response_id')).toEqual(['rb1']);
	});

	it('gives a coordinator without programs no program rows at all', async () => {
		const { tables } = await download(user('coordinator', []));
		for (const name of ['programs', 'people', 'pairings', 'meetings', 'survey_responses', 'ipe_attendance']) expect(tables![name]).toEqual([]);
	});

	it('gives a dean every program with names, emails and exit text as NULL, ratings kept', async () => {
		const { tables } = await download(user('dean'));
		expect(column(tables!.people, 'person_id')).toEqual(['a1', 'a2', 'b1', 'm1', 'm2']);
		for (const name of ['display_name', 'email', 'exit_reason_text']) expect(new Set(column(tables!.people, name))).toEqual(new Set([null]));
		expect(column(tables!.meetings, 'rating')).toEqual([4, 5, null]);
	});

	it('withholds the ratings about a coordinator who is also a mentor in the data (same email)', async () => {
		// m1@x.edu mentors pa1; its meeting ma1 was rated 5 by mentee a1.
		const { tables } = await download(user('coordinator', ['PA'], 'M1@x.edu '));
		expect(tables!.meetings.map((m) => [m.meeting_id, m.rating])).toEqual([['ma1', null], ['ma2', null]]);
		// Nothing else changes: same people, same pairings.
		expect(column(tables!.people, 'person_id')).toEqual(['a1', 'a2', 'm1']);
	});

	it('audits every download with user, scope and version', async () => {
		const before = recentAudit(auditDb, 1000).length;
		const u = user('coordinator', ['PB']);
		await download(u);
		await download(u); // a cache hit is still a download
		const entries = recentAudit(auditDb, 1000);
		expect(entries.length - before).toBe(2);
		expect(entries[0]).toMatchObject({
			userId: u.id,
			action: 'dataset_download',
			ip: '192.0.2.7',
			detail: { role: 'coordinator', programIds: ['PB'], version: FIXTURE_VERSION, ratingsWithheld: false }
		});
		expect(String(entries[0].detail?.scope)).toMatch(/^rows-p1-/);
	});
});

describe('payload cache keys', () => {
	it('differ by role scope, programs and withheld ratings; the version is part of the cache key', () => {
		const keys = [
			scopeKey(deliveryScopeFor(user('admin'), [])!),
			scopeKey(deliveryScopeFor(user('dean'), [])!),
			scopeKey(deliveryScopeFor(user('coordinator', ['PA']), [])!),
			scopeKey(deliveryScopeFor(user('coordinator', ['PB']), [])!),
			scopeKey(deliveryScopeFor(user('coordinator', ['PA']), ['m1'])!)
		];
		expect(new Set(keys).size).toBe(5);
		expect(keys[0]).toBe('all');
		expect(deliveryScopeFor(user('reviewer'), [])).toBeNull();
	});

	it('never serves one version’s payload for another', async () => {
		// PayloadCache keys are (versionId, scopeKey, encoding): a second version id misses.
		const built: string[] = [];
		const c = new PayloadCache(null);
		const key = { scopeKey: 'all', encoding: 'identity' as const };
		await c.get({ versionId: 'v1', ...key }, async () => (built.push('v1'), new Uint8Array([1])));
		await c.get({ versionId: 'v2', ...key }, async () => (built.push('v2'), new Uint8Array([2])));
		await c.get({ versionId: 'v1', ...key }, async () => (built.push('again'), new Uint8Array([3])));
		expect(built).toEqual(['v1', 'v2']);
	});
});
