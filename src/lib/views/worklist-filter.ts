/**
 * The worklist page's filters and order, pure so they are tested without a browser. They
 * live in the URL (STYLE.md: bookmarkable, shareable), as the mentors view's do.
 */
import { compareFlags, compareFlagsByAge, WORKLIST_REASONS, type WorklistReason } from '$lib/metrics/worklist/types';
import type { WorklistItem } from '$lib/worklist/actions';

export interface WorklistFilter {
	reason: string;
	program: string;
	profession: string;
	/** One person's items, from their profile's "show only this person" link. */
	person: string;
	/** Longest-standing first; otherwise most urgent (severity, then age). */
	byAge: boolean;
}

export function worklistFilter(search: URLSearchParams): WorklistFilter {
	return {
		reason: search.get('reason') ?? '',
		program: search.get('program') ?? '',
		profession: search.get('profession') ?? '',
		person: search.get('person') ?? '',
		byAge: search.get('sort') === 'age'
	};
}

export interface FilteredWorklist {
	/** The items the program, profession and person filters keep, whatever the reason. */
	inScope: WorklistItem[];
	/** Of those, the chosen reason's, in the chosen order. */
	shown: WorklistItem[];
	/** Items per reason in scope, so each reason button says what it will show. */
	counts: Record<WorklistReason, number>;
}

export function filterWorklist(open: readonly WorklistItem[], professionOf: (personId: string) => string, f: WorklistFilter): FilteredWorklist {
	const inScope = open.filter(
		(i) => (!f.program || i.program_id === f.program) && (!f.profession || professionOf(i.person_id) === f.profession) && (!f.person || i.person_id === f.person)
	);
	const shown = inScope.filter((i) => !f.reason || i.reason === f.reason).sort(f.byAge ? compareFlagsByAge : compareFlags);
	const counts = Object.fromEntries(WORKLIST_REASONS.map((r) => [r, inScope.filter((i) => i.reason === r).length])) as Record<WorklistReason, number>;
	return { inScope, shown, counts };
}
