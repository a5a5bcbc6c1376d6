/**
 * Validation of a POST /api/worklist/actions body. Nothing from the client is trusted beyond
 * its shape: program membership is checked against the dataset (person-programs.ts).
 */
import { isWorklistReason, WORKLIST_ACTIONS, type WorklistActionKind } from '$lib/worklist/actions';
import type { WorklistReason } from '$lib/metrics/worklist/types';

export const MAX_ITEMS = 500;
export const MAX_NOTE = 2000;
const PERSON_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface ActionInput {
	items: { personId: string; reason: WorklistReason }[];
	action: WorklistActionKind;
	snoozeUntil: string | null;
	note: string;
}

export type ParsedInput = { ok: true; input: ActionInput } | { ok: false; message: string };

function isRealDate(text: string): boolean {
	if (!ISO_DATE.test(text)) return false;
	const d = new Date(`${text}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

export function parseActionInput(body: unknown): ParsedInput {
	if (typeof body !== 'object' || body === null) return { ok: false, message: 'expected a JSON object' };
	const b = body as Record<string, unknown>;
	if (typeof b.action !== 'string' || !(WORKLIST_ACTIONS as readonly string[]).includes(b.action)) {
		return { ok: false, message: `action must be one of ${WORKLIST_ACTIONS.join(', ')}` };
	}
	const action = b.action as WorklistActionKind;
	if (!Array.isArray(b.items) || b.items.length === 0) return { ok: false, message: 'items must be a non-empty list' };
	if (b.items.length > MAX_ITEMS) return { ok: false, message: `at most ${MAX_ITEMS} items at once` };
	const items: ActionInput['items'] = [];
	const seen = new Set<string>();
	for (const raw of b.items as unknown[]) {
		const item = raw as Record<string, unknown> | null;
		if (!item || typeof item.personId !== 'string' || !PERSON_ID.test(item.personId)) return { ok: false, message: 'each item needs a valid personId' };
		if (!isWorklistReason(item.reason)) return { ok: false, message: `unknown reason: ${String(item.reason)}` };
		const key = `${item.personId}\u001f${item.reason}`;
		if (seen.has(key)) continue;
		seen.add(key);
		items.push({ personId: item.personId, reason: item.reason });
	}
	let snoozeUntil: string | null = null;
	if (action === 'snoozed') {
		if (typeof b.snoozeUntil !== 'string' || !isRealDate(b.snoozeUntil)) return { ok: false, message: 'a snooze needs snoozeUntil as yyyy-mm-dd' };
		snoozeUntil = b.snoozeUntil;
	} else if (b.snoozeUntil != null && b.snoozeUntil !== '') {
		return { ok: false, message: 'snoozeUntil is only for snoozes' };
	}
	const note = b.note == null ? '' : b.note;
	if (typeof note !== 'string') return { ok: false, message: 'note must be text' };
	if (note.length > MAX_NOTE) return { ok: false, message: `note is longer than ${MAX_NOTE} characters` };
	return { ok: true, input: { items, action, snoozeUntil, note: note.trim() } };
}
