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

/** The worklist with the filters it had when the profile was opened. */
export function backToListHref(profileSearch: URLSearchParams): string {
	const from = new URLSearchParams(profileSearch.get('from') ?? '').toString();
	return from ? `/worklist?${from}` : '/worklist';
}
