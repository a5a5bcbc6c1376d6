/**
 * Worklist actions as the browser and server both see them, and how the latest action on an
 * item decides whether it shows. Pure: safe to import from the page.
 */
import { WORKLIST_REASONS, type WorklistFlag, type WorklistReason } from '$lib/metrics/worklist/types';

export const WORKLIST_ACTIONS = ['contacted', 'snoozed', 'resolved'] as const;
export type WorklistActionKind = (typeof WORKLIST_ACTIONS)[number];

export interface WorklistActionRecord {
	id: number;
	personId: string;
	programId: string;
	reason: WorklistReason;
	action: WorklistActionKind;
	/** yyyy-mm-dd, snoozes only. */
	snoozeUntil: string | null;
	note: string;
	userId: string;
	/** Display name of the user who acted (or their id if the account is gone). */
	userName: string;
	/** Milliseconds since the epoch. */
	at: number;
}

export const itemKey = (personId: string, reason: string) => `${personId}\u001f${reason}`;

export function isWorklistReason(value: unknown): value is WorklistReason {
	return typeof value === 'string' && (WORKLIST_REASONS as readonly string[]).includes(value);
}

/** The latest action per person and reason (highest id wins: ids only grow). */
export function latestActions(actions: readonly WorklistActionRecord[]): Map<string, WorklistActionRecord> {
	const latest = new Map<string, WorklistActionRecord>();
	for (const a of actions) {
		const key = itemKey(a.personId, a.reason);
		const seen = latest.get(key);
		if (!seen || a.id > seen.id) latest.set(key, a);
	}
	return latest;
}

/** Every action per person and reason, oldest first, for the item's history. */
export function actionHistory(actions: readonly WorklistActionRecord[]): Map<string, WorklistActionRecord[]> {
	const history = new Map<string, WorklistActionRecord[]>();
	for (const a of [...actions].sort((x, y) => x.id - y.id)) {
		const key = itemKey(a.personId, a.reason);
		const list = history.get(key);
		if (list) list.push(a);
		else history.set(key, [a]);
	}
	return history;
}

export interface WorklistItem extends WorklistFlag {
	latest: WorklistActionRecord | null;
}

/**
 * Items still needing attention on `today` (the real calendar date, yyyy-mm-dd: a snooze is
 * a promise about real time, not about the dataset's as_of). Resolved items stay hidden
 * until a new action reopens them; snoozed ones come back the day the snooze ends.
 */
export function openItems(flags: readonly WorklistFlag[], actions: readonly WorklistActionRecord[], today: string): WorklistItem[] {
	const latest = latestActions(actions);
	const items: WorklistItem[] = [];
	for (const flag of flags) {
		const last = latest.get(itemKey(flag.person_id, flag.reason)) ?? null;
		if (last?.action === 'resolved') continue;
		if (last?.action === 'snoozed' && last.snoozeUntil !== null && last.snoozeUntil > today) continue;
		items.push({ ...flag, latest: last });
	}
	return items;
}

/** "contacted 2026-11-20 by Dana Lee", for the list. */
export function describeAction(a: WorklistActionRecord): string {
	const on = new Date(a.at).toISOString().slice(0, 10);
	const what = a.action === 'snoozed' ? `snoozed until ${a.snoozeUntil}` : a.action;
	return `${what} ${on} by ${a.userName}`;
}
