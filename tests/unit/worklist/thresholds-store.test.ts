/**
 * Worklist thresholds on the server: the form, who may edit what, the store with its audit
 * entries, and the migration that widened the action history's reasons.
 */
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '$lib/server/db/open';
import { migrate, MIGRATIONS } from '$lib/server/db/migrations';
import { recentAudit } from '$lib/server/auth/audit';
import { mayEditThresholds, readThresholdForm } from '$lib/server/worklist/threshold-form';
import { decodeThresholds, resetThresholds, saveThresholds, savedThresholds, thresholdTableFor } from '$lib/server/worklist/threshold-store';
import { DEFAULT_THRESHOLDS, NUMERIC_FIELDS, thresholdsWith } from '$lib/metrics/worklist/thresholds';

function formOf(values: Partial<Record<string, string | string[]>>): FormData {
	const form = new FormData();
	const all = { programId: 'P1', ...Object.fromEntries(NUMERIC_FIELDS.map((f) => [f.key, String(DEFAULT_THRESHOLDS[f.key])])), wellbeingFlags: ['phq2'], wellbeingWorsening: [], ...values };
	for (const [key, value] of Object.entries(all)) for (const v of Array.isArray(value) ? value : [value]) if (v !== undefined) form.append(key, v);
	return form;
}

describe('readThresholdForm', () => {
	it('reads a complete set, with the well-being boxes ticked', () => {
		const form = readThresholdForm(formOf({ noMeetingDays: ' 45 ', wellbeingFlags: ['phq2', 'mini_z_burnout'] }));
		expect(form).toEqual({ ok: true, programId: 'P1', thresholds: { ...DEFAULT_THRESHOLDS, noMeetingDays: 45, wellbeingFlags: ['phq2', 'mini_z_burnout'], wellbeingWorsening: [] } });
	});

	it('names each bad field and keeps what was typed', () => {
		const form = readThresholdForm(formOf({ noMeetingDays: '6o', cancelledInARow: '', decliningPercent: '2.5' }));
		expect(form.ok).toBe(false);
		if (form.ok) return;
		expect(Object.keys(form.errors).sort()).toEqual(['cancelledInARow', 'decliningPercent', 'noMeetingDays']);
		expect(form.errors.noMeetingDays).toBe('Disengaged: no completed meeting for must be a whole number, not “6o”.');
		expect(form.input.noMeetingDays).toBe('6o');
	});

	it('refuses values out of range, high severity before listing, and unknown instruments', () => {
		const form = readThresholdForm(formOf({ noMeetingDays: '0', unmatchedDays: '60', unmatchedHighDays: '30', wellbeingFlags: ['who5', 'astrology'], wellbeingWorsening: ['phq2'] }));
		expect(form.ok).toBe(false);
		if (form.ok) return;
		expect(form.errors).toEqual({
			noMeetingDays: 'Disengaged: no completed meeting for must be a whole number from 1 to 3650, got 0',
			unmatchedHighDays: 'high severity (30 days) cannot come before listing (60 days)',
			wellbeingFlags: 'no flag rule for: astrology',
			wellbeingWorsening: 'no meaningful change defined for: phq2'
		});
	});
});

describe('mayEditThresholds', () => {
	const known = new Set(['P1', 'P2']);
	it('lets coordinators edit their own programs and admins any program of the dataset', () => {
		expect(mayEditThresholds({ role: 'coordinator', programIds: ['P1'] }, 'P1', known)).toEqual({ ok: true });
		expect(mayEditThresholds({ role: 'coordinator', programIds: ['P1'] }, 'P2', known)).toMatchObject({ ok: false, status: 403 });
		expect(mayEditThresholds({ role: 'admin', programIds: [] }, 'P2', known)).toEqual({ ok: true });
		expect(mayEditThresholds({ role: 'admin', programIds: [] }, 'P9', known)).toMatchObject({ ok: false, status: 400 });
		expect(mayEditThresholds({ role: 'dean', programIds: ['P1'] }, 'P1', known)).toMatchObject({ ok: false, status: 403 });
	});
});

describe('threshold store', () => {
	let db: Db;
	const clock = { now: () => Date.UTC(2026, 10, 20, 9, 30) };
	beforeEach(() => {
		db = openDatabase(':memory:');
		db.prepare("INSERT INTO users (id, email, display_name, role, created_at, updated_at) VALUES ('u1', 'dana@example.org', 'Dana Lee', 'coordinator', 0, 0)").run();
	});
	afterEach(() => db.close());

	it('saves a program’s set, audits what changed from what, and hands the rules a table', () => {
		const changes = saveThresholds(db, { programId: 'P1', userId: 'u1', ip: '10.0.0.1' }, thresholdsWith({ noMeetingDays: 30, wellbeingFlags: ['phq2'] }), clock);
		expect(changes).toEqual({ noMeetingDays: { from: 60, to: 30 }, wellbeingFlags: { from: ['mayo_wbi', 'phq2'], to: ['phq2'] } });
		expect(savedThresholds(db, ['P1'])).toEqual([
			{ programId: 'P1', thresholds: thresholdsWith({ noMeetingDays: 30, wellbeingFlags: ['phq2'] }), updatedAt: clock.now(), updatedBy: 'Dana Lee' }
		]);
		// A coordinator of P2 gets only the defaults; P1's row is not theirs.
		expect(thresholdTableFor(db, ['P2'])).toEqual({ defaults: DEFAULT_THRESHOLDS, programs: {} });
		expect(Object.keys(thresholdTableFor(db, 'all').programs)).toEqual(['P1']);
		const [entry] = recentAudit(db, 1);
		expect(entry).toMatchObject({ userId: 'u1', action: 'worklist_thresholds_saved', ip: '10.0.0.1', detail: { programId: 'P1', changes } });
	});

	it('goes back to the defaults, keeping the old values in the audit log', () => {
		saveThresholds(db, { programId: 'P1', userId: 'u1', ip: null }, thresholdsWith({ unmatchedDays: 10 }), clock);
		expect(resetThresholds(db, { programId: 'P1', userId: 'u1', ip: null }, clock)).toEqual({ unmatchedDays: { from: 10, to: 30 } });
		expect(savedThresholds(db, 'all')).toEqual([]);
		expect(recentAudit(db, 1)[0]).toMatchObject({ action: 'worklist_thresholds_reset', detail: { programId: 'P1', changes: { unmatchedDays: { from: 10, to: 30 } } } });
	});

	it('refuses to store an invalid set, and reads an old or damaged one back over the defaults', () => {
		expect(() => saveThresholds(db, { programId: 'P1', userId: 'u1', ip: null }, { ...DEFAULT_THRESHOLDS, noMeetingDays: -1 })).toThrow(/whole number/);
		expect(savedThresholds(db, 'all')).toEqual([]);
		// Saved before decliningPercent existed, with an instrument since removed, a bad number
		// and a key no release knows (dropped).
		expect(decodeThresholds(JSON.stringify({ noMeetingDays: 45, cancelledInARow: 0, wellbeingFlags: ['phq2', 'gone'], sql: 'DROP TABLE people' }))).toEqual({
			...DEFAULT_THRESHOLDS,
			noMeetingDays: 45,
			wellbeingFlags: ['phq2']
		});
	});
});

describe('migration 4', () => {
	it('keeps every action row and id, still refuses edits, and accepts the two new reasons', () => {
		const db = new Database(':memory:');
		migrate(db, MIGRATIONS.slice(0, 3));
		db.prepare("INSERT INTO worklist_actions (person_id, program_id, reason, action, snooze_until, note, user_id, at) VALUES ('T1', 'P1', 'unmatched', 'contacted', NULL, 'called', 'u1', 5)").run();
		db.prepare("INSERT INTO worklist_actions (person_id, program_id, reason, action, snooze_until, note, user_id, at) VALUES ('T2', 'P1', 'distress', 'snoozed', '2026-12-01', '', 'u1', 6)").run();
		migrate(db);
		expect(db.prepare('SELECT id, person_id, reason, action, snooze_until, note, at FROM worklist_actions ORDER BY id').all()).toEqual([
			{ id: 1, person_id: 'T1', reason: 'unmatched', action: 'contacted', snooze_until: null, note: 'called', at: 5 },
			{ id: 2, person_id: 'T2', reason: 'distress', action: 'snoozed', snooze_until: '2026-12-01', note: '', at: 6 }
		]);
		expect(() => db.prepare("UPDATE worklist_actions SET note = 'x'").run()).toThrow(/append-only/);
		expect(() => db.prepare('DELETE FROM worklist_actions').run()).toThrow(/append-only/);
		const insert = db.prepare("INSERT INTO worklist_actions (person_id, program_id, reason, action, user_id, at) VALUES ('N1', 'P1', ?, 'contacted', 'u1', 7)");
		expect(Number(insert.run('mentor_inactive').lastInsertRowid)).toBe(3);
		expect(Number(insert.run('declining_frequency').lastInsertRowid)).toBe(4);
		expect(() => insert.run('bored')).toThrow(/CHECK/);
		db.close();
	});
});
