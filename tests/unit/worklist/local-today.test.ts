/**
 * Snoozes are about the coordinator's real calendar day, near midnight too: the same instant
 * is still 1 November in Los Angeles and already 2 November in Auckland.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { localToday } from '$lib/views/worklist';
import { openItems } from '$lib/worklist/actions';

const before = process.env.TZ;
afterEach(() => {
	if (before === undefined) delete process.env.TZ;
	else process.env.TZ = before;
});

describe('localToday', () => {
	// 2026-11-02 07:30 UTC: 23:30 on 1 November in Los Angeles (PST, UTC−8 since DST ended
	// that morning), 20:30 on 2 November in Auckland (NZDT, UTC+13).
	const instant = new Date(Date.UTC(2026, 10, 2, 7, 30));

	it.each([
		['America/Los_Angeles', '2026-11-01'],
		['Pacific/Auckland', '2026-11-02'],
		['UTC', '2026-11-02']
	])('in %s it is %s', (zone, day) => {
		process.env.TZ = zone;
		expect(localToday(instant)).toBe(day);
	});

	it('brings a snooze back on its own day in the coordinator’s zone, not a day early or late', () => {
		process.env.TZ = 'America/Los_Angeles';
		const flag = { person_id: 'T1', program_id: 'P1', reason: 'unmatched' as const, severity: 'medium' as const, since: '2026-09-01', days: 61, evidence: 'x' };
		const snooze = { id: 1, personId: 'T1', programId: 'P1', reason: 'unmatched' as const, action: 'snoozed' as const, snoozeUntil: '2026-11-02', note: '', userId: 'u1', userName: 'Dana', at: 0 };
		// Late evening of the 1st in Los Angeles: still snoozed, although it is the 2nd in UTC.
		expect(openItems([flag], [snooze], localToday(instant))).toEqual([]);
		process.env.TZ = 'Pacific/Auckland';
		expect(openItems([flag], [snooze], localToday(instant))).toHaveLength(1);
	});
});
