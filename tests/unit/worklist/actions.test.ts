/**
 * Worklist actions: validation, scope, the append-only store and which items stay open.
 * Known answers worked out in each test's comment.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '$lib/server/db/open';
import { parseActionInput } from '$lib/server/worklist/action-input';
import { worklistActionScope, readablePrograms } from '$lib/server/worklist/action-scope';
import { listWorklistActions, recordWorklistActions } from '$lib/server/worklist/action-store';
import { actionHistory, describeAction, itemKey, openItems, type WorklistActionRecord } from '$lib/worklist/actions';
import type { WorklistFlag } from '$lib/metrics/worklist/types';

const flag = (person_id: string, reason: WorklistFlag['reason'], program_id = 'P1'): WorklistFlag => ({
	person_id,
	program_id,
	reason,
	severity: 'medium',
	since: '2026-09-01',
	days: 61,
	evidence: 'x'
});

describe('parseActionInput', () => {
	it('accepts a snooze with a real date and drops duplicate items', () => {
		const parsed = parseActionInput({
			action: 'snoozed',
			snoozeUntil: '2026-12-01',
			note: '  left a voicemail ',
			items: [{ personId: 'T1', reason: 'unmatched' }, { personId: 'T1', reason: 'unmatched' }, { personId: 'T2', reason: 'distress' }]
		});
		expect(parsed).toEqual({
			ok: true,
			input: { action: 'snoozed', snoozeUntil: '2026-12-01', note: 'left a voicemail', items: [{ personId: 'T1', reason: 'unmatched' }, { personId: 'T2', reason: 'distress' }] }
		});
	});

	it.each([
		['no body', null],
		['unknown action', { action: 'deleted', items: [{ personId: 'T1', reason: 'unmatched' }] }],
		['no items', { action: 'contacted', items: [] }],
		['unknown reason', { action: 'contacted', items: [{ personId: 'T1', reason: 'bored' }] }],
		['id with a quote', { action: 'contacted', items: [{ personId: "T1'--", reason: 'unmatched' }] }],
		['snooze without date', { action: 'snoozed', items: [{ personId: 'T1', reason: 'unmatched' }] }],
		['impossible date', { action: 'snoozed', snoozeUntil: '2026-02-30', items: [{ personId: 'T1', reason: 'unmatched' }] }],
		['date on a contact', { action: 'contacted', snoozeUntil: '2026-12-01', items: [{ personId: 'T1', reason: 'unmatched' }] }],
		['note too long', { action: 'contacted', note: 'x'.repeat(2001), items: [{ personId: 'T1', reason: 'unmatched' }] }]
	])('refuses %s', (_label, body) => {
		expect(parseActionInput(body).ok).toBe(false);
	});
});

describe('worklistActionScope', () => {
	const programOf = new Map([
		['T1', 'P1'],
		['T2', 'P2']
	]);
	it('lets a coordinator act only on people of their programs, hiding whether others exist', () => {
		const coordinator = { role: 'coordinator' as const, programIds: ['P1'] };
		expect(worklistActionScope(coordinator, ['T1'], programOf)).toEqual({ ok: true });
		expect(worklistActionScope(coordinator, ['T1', 'T2'], programOf)).toMatchObject({ ok: false, status: 403 });
		expect(worklistActionScope(coordinator, ['T9'], programOf)).toMatchObject({ ok: false, status: 403 });
		expect(readablePrograms(coordinator)).toEqual(['P1']);
	});
	it('lets an admin act on anyone in the dataset, and refuses deans and reviewers', () => {
		expect(worklistActionScope({ role: 'admin', programIds: [] }, ['T1', 'T2'], programOf)).toEqual({ ok: true });
		expect(worklistActionScope({ role: 'admin', programIds: [] }, ['T9'], programOf)).toMatchObject({ ok: false, status: 400 });
		expect(worklistActionScope({ role: 'dean', programIds: [] }, ['T1'], programOf)).toMatchObject({ ok: false, status: 403 });
		expect(worklistActionScope({ role: 'reviewer', programIds: [] }, ['T1'], programOf)).toMatchObject({ ok: false, status: 403 });
		expect(readablePrograms({ role: 'admin', programIds: [] })).toBe('all');
	});
});

describe('worklist action store', () => {
	let db: Db;
	beforeEach(() => {
		db = openDatabase(':memory:');
		db.prepare("INSERT INTO users (id, email, display_name, role, created_at, updated_at) VALUES ('u1', 'dana@example.org', 'Dana Lee', 'coordinator', 0, 0)").run();
	});
	afterEach(() => db.close());

	it('appends one row per item with the dataset program, and lists by program scope', () => {
		const clock = { now: () => Date.UTC(2026, 10, 20, 9, 30) };
		const programOf = new Map([
			['T1', 'P1'],
			['T2', 'P2']
		]);
		recordWorklistActions(
			db,
			{ action: 'contacted', snoozeUntil: null, note: 'emailed', items: [{ personId: 'T1', reason: 'unmatched' }, { personId: 'T2', reason: 'disengaged' }] },
			programOf,
			'u1',
			clock
		);
		const p1 = listWorklistActions(db, ['P1']);
		expect(p1).toEqual([
			{ id: 1, personId: 'T1', programId: 'P1', reason: 'unmatched', action: 'contacted', snoozeUntil: null, note: 'emailed', userId: 'u1', userName: 'Dana Lee', at: clock.now() }
		]);
		expect(describeAction(p1[0])).toBe('contacted 2026-11-20 by Dana Lee');
		expect(listWorklistActions(db, 'all').map((a) => a.personId)).toEqual(['T1', 'T2']);
		expect(listWorklistActions(db, [])).toEqual([]);
	});

	it('refuses updates and deletes: the history is append-only', () => {
		recordWorklistActions(db, { action: 'resolved', snoozeUntil: null, note: '', items: [{ personId: 'T1', reason: 'unmatched' }] }, new Map([['T1', 'P1']]), 'u1');
		expect(() => db.prepare("UPDATE worklist_actions SET note = 'x'").run()).toThrow(/append-only/);
		expect(() => db.prepare('DELETE FROM worklist_actions').run()).toThrow(/append-only/);
		// A snooze must carry its date (CHECK constraint), a contact must not.
		expect(() => db.prepare("INSERT INTO worklist_actions (person_id, program_id, reason, action, user_id, at) VALUES ('T1','P1','unmatched','snoozed','u1',0)").run()).toThrow();
	});
});

describe('openItems', () => {
	const action = (id: number, personId: string, reason: WorklistActionRecord['reason'], kind: WorklistActionRecord['action'], snoozeUntil: string | null = null): WorklistActionRecord => ({
		id,
		personId,
		programId: 'P1',
		reason,
		action: kind,
		snoozeUntil,
		note: '',
		userId: 'u1',
		userName: 'Dana Lee',
		at: 0
	});

	it('hides resolved items and snoozes until their date, keys on person and reason, and the latest action wins', () => {
		const flags = [flag('A', 'unmatched'), flag('A', 'distress'), flag('B', 'disengaged'), flag('C', 'unmatched'), flag('D', 'unmatched'), flag('E', 'unmatched')];
		const actions = [
			action(1, 'A', 'unmatched', 'resolved'), // A/unmatched hidden; A/distress untouched
			action(2, 'B', 'disengaged', 'snoozed', '2026-12-01'), // snoozed past today (2026-11-25): hidden
			action(3, 'C', 'unmatched', 'snoozed', '2026-11-25'), // snooze ends today: shown again
			action(4, 'D', 'unmatched', 'resolved'),
			action(5, 'D', 'unmatched', 'contacted'), // reopened by a later contact: shown, marked contacted
			action(6, 'E', 'unmatched', 'contacted')
		];
		const open = openItems(flags, actions, '2026-11-25');
		expect(open.map((i) => `${i.person_id}:${i.reason}:${i.latest?.action ?? '-'}`)).toEqual([
			'A:distress:-',
			'C:unmatched:snoozed',
			'D:unmatched:contacted',
			'E:unmatched:contacted'
		]);
	});

	it('keeps every action per item, oldest first, for the item’s history', () => {
		const actions = [action(7, 'A', 'unmatched', 'contacted'), action(2, 'A', 'unmatched', 'snoozed', '2026-12-01'), action(3, 'A', 'distress', 'resolved')];
		const history = actionHistory(actions);
		expect(history.get(itemKey('A', 'unmatched'))?.map((a) => a.id)).toEqual([2, 7]);
		expect(history.get(itemKey('A', 'distress'))?.map((a) => a.id)).toEqual([3]);
		expect(history.size).toBe(2);
	});
});
