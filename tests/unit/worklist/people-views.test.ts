/**
 * The pure pieces around the profile and mentors pages: links that keep the list's filters,
 * who may open a profile, the mentor table's filter and sort, the score breakdown's words,
 * and worklist actions merged into the timeline.
 */
import { describe, expect, it } from 'vitest';
import type { MentorCapacityRow } from '../../../src/lib/metrics/mentors/capacity';
import type { SuggestedMatch } from '../../../src/lib/metrics/matching/suggested-matches';
import type { TimelineEvent } from '../../../src/lib/metrics/profile/timeline';
import { profileAccess } from '../../../src/lib/server/worklist/profile-access';
import { mentorRows, tableState } from '../../../src/lib/views/mentor-table';
import { breakdown, formatPoints } from '../../../src/lib/views/suggestion-breakdown';
import { withActions } from '../../../src/lib/views/trainee-profile';
import type { WorklistActionRecord } from '../../../src/lib/worklist/actions';
import { backLink, mentorProfileHref, personListHref, profileHref, reasonListHref } from '../../../src/lib/worklist/profile-link';

describe('profile links', () => {
	it('carry the list’s filters there and back, and always lead back to /worklist', () => {
		const href = profileHref('T 1', '?reason=unmatched&program=GME-IM');
		expect(href).toBe('/worklist/trainee/T%201?from=reason%3Dunmatched%26program%3DGME-IM');
		const search = new URL(href, 'http://x').searchParams;
		expect(backLink(search).href).toBe('/worklist?reason=unmatched&program=GME-IM');
		expect(profileHref('T1', '', 'suggested-mentors')).toBe('/worklist/trainee/T1#suggested-mentors');
		expect(backLink(new URLSearchParams()).href).toBe('/worklist');
		// A crafted `from` stays a query string on /worklist.
		expect(backLink(new URLSearchParams({ from: '//evil.example/x?y=1' })).href).toBe('/worklist?%2F%2Fevil.example%2Fx%3Fy=1');
	});
});

describe('links from the mentors view and to the filtered list', () => {
	it('lead from a mentor’s name to their profile and back to the mentors view with its filters', () => {
		const href = mentorProfileHref('M 7', '?profession=PharmD&room=1');
		expect(href).toBe('/worklist/trainee/M%207?list=mentors&from=profession%3DPharmD%26room%3D1');
		expect(backLink(new URL(href, 'http://x').searchParams)).toEqual({ href: '/mentors?profession=PharmD&room=1', label: 'mentors' });
		expect(backLink(new URLSearchParams({ list: 'mentors' }))).toEqual({ href: '/mentors', label: 'mentors' });
		// Any other list name falls back to the worklist: the path never comes from the URL.
		expect(backLink(new URLSearchParams({ list: '//evil.example' }))).toEqual({ href: '/worklist', label: 'the worklist' });
	});
	it('filter the worklist to one person or one reason', () => {
		expect(personListHref('T 1')).toBe('/worklist?person=T+1');
		expect(reasonListHref('mentor_overloaded')).toBe('/worklist?reason=mentor_overloaded');
	});
});

describe('profile access', () => {
	const programOf = new Map([['T1', 'GME-IM']]);
	it('lets admins and the program’s coordinators in, and tells everyone else “not found”', () => {
		expect(profileAccess({ role: 'admin', programIds: [] }, 'T1', programOf)).toEqual({ ok: true, programId: 'GME-IM' });
		expect(profileAccess({ role: 'coordinator', programIds: ['GME-IM'] }, 'T1', programOf)).toEqual({ ok: true, programId: 'GME-IM' });
		const outside = profileAccess({ role: 'coordinator', programIds: ['NRP'] }, 'T1', programOf);
		const unknown = profileAccess({ role: 'coordinator', programIds: ['NRP'] }, 'T9', programOf);
		expect(outside).toEqual({ ok: false, status: 404, message: 'No person T1 in your programs' });
		expect(unknown).toEqual({ ok: false, status: 404, message: 'No person T9 in your programs' });
		expect(profileAccess({ role: 'admin', programIds: [] }, 'T9', programOf)).toMatchObject({ status: 404, message: 'No person T9 in the current dataset' });
	});
});

const mentor = (person_id: string, rest: Partial<MentorCapacityRow>): MentorCapacityRow => ({
	person_id,
	display_name: null,
	program_id: 'P1',
	profession: 'MD',
	specialty: null,
	capacity: 2,
	active_mentees: 0,
	free_places: 2,
	load_status: 'open',
	last_meeting: null,
	days_since_meeting: null,
	...rest
});

describe('mentor table', () => {
	const rows = [
		mentor('M1', { display_name: 'Bo', free_places: 1, last_meeting: '2026-01-01' }),
		mentor('M2', { display_name: 'Al', free_places: null, capacity: null, load_status: 'unknown', profession: 'RN' }),
		mentor('M3', { display_name: 'Cy', free_places: 2, program_id: 'P2', last_meeting: '2026-05-01' }),
		mentor('M4', { display_name: 'Di', free_places: -1, load_status: 'over' })
	];
	it('defaults to most free places first, unknown capacity last', () => {
		expect(mentorRows(rows, tableState(new URLSearchParams())).map((r) => r.person_id)).toEqual(['M3', 'M1', 'M4', 'M2']);
	});
	it('keeps unknowns last when reversed, and sorts by name or date on request', () => {
		expect(mentorRows(rows, tableState(new URLSearchParams('sort=free&dir=asc'))).map((r) => r.person_id)).toEqual(['M4', 'M1', 'M3', 'M2']);
		expect(mentorRows(rows, tableState(new URLSearchParams('sort=name&dir=asc'))).map((r) => r.display_name)).toEqual(['Al', 'Bo', 'Cy', 'Di']);
		expect(mentorRows(rows, tableState(new URLSearchParams('sort=last_meeting&dir=desc'))).map((r) => r.person_id)).toEqual(['M3', 'M1', 'M2', 'M4']);
	});
	it('filters by program, profession and room for a new mentee; an unknown sort falls back to the default', () => {
		expect(mentorRows(rows, tableState(new URLSearchParams('program=P1&room=1'))).map((r) => r.person_id)).toEqual(['M1']);
		expect(mentorRows(rows, tableState(new URLSearchParams('profession=RN'))).map((r) => r.person_id)).toEqual(['M2']);
		expect(tableState(new URLSearchParams('sort=drop table'))).toMatchObject({ sort: 'free', descending: true });
	});
});

describe('score breakdown', () => {
	const s = {
		rank: 1,
		mentor_id: 'M-E',
		display_name: null,
		program_id: 'P1',
		profession: 'MD',
		specialty: 'Pediatrics',
		capacity: 2,
		active_mentees: 1,
		free_places: 1,
		ended_pairings: 3,
		ended_early: 2,
		concordance_requested: null,
		concordance_met: null,
		specialty_match: 1,
		profession_match: 1,
		concordance_match: 0,
		load_room: 0.5,
		record: 1 / 3,
		specialty_points: 35,
		profession_points: 20,
		concordance_points: 0,
		load_points: 10,
		record_points: 5,
		score: 70
	} satisfies SuggestedMatch;
	it('words each component with its weight and points', () => {
		const lines = breakdown(s, { profession: 'MD', specialty_interest: 'Pediatrics' }, false);
		expect(lines.map((l) => [l.id, l.weight, l.points, l.why])).toEqual([
			['specialty', 35, 35, 'both Pediatrics'],
			['profession', 20, 20, 'MD, same'],
			['concordance', 10, 0, 'no preference recorded'],
			['load', 20, 10, '1 of 2 places free'],
			['record', 15, 5, '2 of 3 ended pairings ended early']
		]);
		expect(breakdown(s, { profession: 'MD', specialty_interest: 'Undecided' }, false)[0].why).toBe('trainee undecided');
		expect(breakdown({ ...s, profession: 'DO' }, { profession: 'MD', specialty_interest: 'Pediatrics' }, true).slice(0, 2).map((l) => l.why)).toEqual([
			'both Pediatrics',
			'DO, trainee MD (as sought)'
		]);
	});
	it('says which requested concordance dimensions the mentor meets', () => {
		const asked = 'same_gender;same_race_ethnicity;urim_mentor';
		const why = (met: string | null) => breakdown({ ...s, concordance_requested: asked, concordance_met: met }, { profession: 'MD', specialty_interest: 'Pediatrics' }, false)[2]!.why;
		expect(why(asked)).toBe('3 of 3 asked: same gender, same race/ethnicity, URiM mentor met');
		expect(why('same_gender;same_race_ethnicity')).toBe('2 of 3 asked: same gender, same race/ethnicity met; URiM mentor not met');
		expect(why(null)).toBe('0 of 3 asked: same gender, same race/ethnicity, URiM mentor not met');
	});
	it('prints points to one decimal without a trailing zero', () => {
		expect([formatPoints(70), formatPoints(47.5), formatPoints(13.333333), formatPoints(0)]).toEqual(['70', '47.5', '13.3', '0']);
	});
});

describe('timeline with worklist actions', () => {
	const event = (date: string, summary: string): TimelineEvent => ({ date, kind: 'meeting', tone: 'ok', summary, pairing_id: null, upcoming: false });
	const action = (id: number, personId: string, at: string, note = ''): WorklistActionRecord => ({
		id,
		personId,
		programId: 'P1',
		reason: 'unmatched',
		action: 'contacted',
		snoozeUntil: null,
		note,
		userId: 'u1',
		userName: 'Dana Lee',
		at: new Date(at).getTime()
	});
	it('puts this person’s actions among the events by date, newest first', () => {
		const merged = withActions(
			[event('2026-10-01', 'Met A'), event('2026-06-01', 'Met B')],
			[action(1, 'T1', '2026-08-01T12:00:00'), action(2, 'T2', '2026-09-01T12:00:00'), action(3, 'T1', '2026-11-20T12:00:00', 'left a voicemail')],
			'T1'
		);
		expect(merged.map((e) => [e.date, e.summary])).toEqual([
			['2026-11-20', 'Marked contacted (Unmatched) by Dana Lee: “left a voicemail”'],
			['2026-10-01', 'Met A'],
			['2026-08-01', 'Marked contacted (Unmatched) by Dana Lee'],
			['2026-06-01', 'Met B']
		]);
	});
	it('puts an action before the data’s event of the same day, being the latest thing that happened', () => {
		const merged = withActions([event('2026-10-01', 'Met A')], [action(1, 'T1', '2026-10-01T09:00:00')], 'T1');
		expect(merged.map((e) => e.kind)).toEqual(['worklist_action', 'meeting']);
	});
});
