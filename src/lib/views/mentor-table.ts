/**
 * The mentors view's filtering and sorting, pure so it is tested without a browser. Filters
 * and sort live in the URL (STYLE.md: bookmarkable, shareable).
 */
import type { MentorCapacityRow } from '$lib/metrics/mentors/capacity';

export const MENTOR_SORTS = ['name', 'profession', 'program', 'specialty', 'load', 'free', 'last_meeting'] as const;
export type MentorSort = (typeof MENTOR_SORTS)[number];

export interface MentorTableState {
	program: string;
	profession: string;
	/** Only mentors who can take a new mentee. */
	room: boolean;
	sort: MentorSort;
	descending: boolean;
}

/**
 * Default: most free places first, so the first rows answer "who can take a new mentee";
 * unknown capacity sorts after every known figure in either direction.
 */
export function tableState(search: URLSearchParams): MentorTableState {
	const sort = search.get('sort') ?? '';
	const known = (MENTOR_SORTS as readonly string[]).includes(sort);
	return {
		program: search.get('program') ?? '',
		profession: search.get('profession') ?? '',
		room: search.get('room') === '1',
		sort: known ? (sort as MentorSort) : 'free',
		descending: known ? search.get('dir') === 'desc' : true
	};
}

export const canTakeMentee = (r: MentorCapacityRow) => r.free_places !== null && r.free_places > 0;

const nameOf = (r: MentorCapacityRow) => r.display_name ?? r.person_id;

function key(r: MentorCapacityRow, sort: MentorSort): string | number | null {
	switch (sort) {
		case 'name':
			return nameOf(r).toLowerCase();
		case 'profession':
			return r.profession;
		case 'program':
			return r.program_id;
		case 'specialty':
			return r.specialty?.trim().toLowerCase() || null;
		case 'load':
			return r.capacity ? r.active_mentees / r.capacity : null;
		case 'free':
			return r.free_places;
		case 'last_meeting':
			return r.last_meeting;
	}
}

export function mentorRows(rows: readonly MentorCapacityRow[], state: MentorTableState): MentorCapacityRow[] {
	const kept = rows.filter(
		(r) => (!state.program || r.program_id === state.program) && (!state.profession || r.profession === state.profession) && (!state.room || canTakeMentee(r))
	);
	const sign = state.descending ? -1 : 1;
	return kept.sort((a, b) => {
		const ka = key(a, state.sort);
		const kb = key(b, state.sort);
		// Missing values last whichever way the column is sorted; then by name, then id.
		if (ka !== kb) {
			if (ka === null) return 1;
			if (kb === null) return -1;
			return (ka < kb ? -1 : 1) * sign;
		}
		return nameOf(a).localeCompare(nameOf(b)) || a.person_id.localeCompare(b.person_id);
	});
}
