/**
 * Links between the worklist and a person's profile that keep the list's filters: the list
 * passes its query string along as `from`, and the profile's back link rebuilds the list
 * URL from it. The back link's path is always /worklist, whatever `from` holds, so the
 * parameter cannot send anyone elsewhere.
 */

export const SUGGESTIONS_ANCHOR = 'suggested-mentors';

/** `/worklist/trainee/T1?from=reason%3Dunmatched`, optionally to the suggestions. */
export function profileHref(personId: string, listSearch = '', anchor?: string): string {
	const from = listSearch.replace(/^\?/, '');
	const query = from ? `?from=${encodeURIComponent(from)}` : '';
	return `/worklist/trainee/${encodeURIComponent(personId)}${query}${anchor ? `#${anchor}` : ''}`;
}

/**
 * Where the profile's back link goes: the worklist, or the mentors view when the profile was
 * opened from it (`list=mentors`). The path comes from this fixed list, never from the URL.
 */
const LISTS = { worklist: { path: '/worklist', label: 'the worklist' }, mentors: { path: '/mentors', label: 'mentors' } } as const;
export type ProfileList = keyof typeof LISTS;

export function backLink(profileSearch: URLSearchParams): { href: string; label: string } {
	const list = LISTS[profileSearch.get('list') === 'mentors' ? 'mentors' : 'worklist'];
	const from = new URLSearchParams(profileSearch.get('from') ?? '').toString();
	return { href: from ? `${list.path}?${from}` : list.path, label: list.label };
}

/** A mentor's profile from the mentors view, keeping its filters for the way back. */
export function mentorProfileHref(personId: string, listSearch = ''): string {
	const from = listSearch.replace(/^\?/, '');
	const query = new URLSearchParams({ list: 'mentors', ...(from ? { from } : {}) });
	return `/worklist/trainee/${encodeURIComponent(personId)}?${query}`;
}

/** The worklist showing only this person's items (the list's `person` filter). */
export function personListHref(personId: string): string {
	return `/worklist?${new URLSearchParams({ person: personId })}`;
}

/** The worklist filtered to one reason. */
export function reasonListHref(reason: string): string {
	return `/worklist?${new URLSearchParams({ reason })}`;
}
