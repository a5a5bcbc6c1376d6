/**
 * Whether a user may act on worklist items for these people (scope.ts policy: coordinators
 * work on their own programs only, admins on all). Unknown people are refused like people
 * outside the user's programs, so a coordinator cannot probe which ids exist elsewhere.
 */
import type { Role } from '$lib/server/auth/users';

export type ScopeVerdict = { ok: true } | { ok: false; status: 400 | 403; message: string };

export function worklistActionScope(
	user: { role: Role; programIds: readonly string[] },
	personIds: readonly string[],
	programOf: ReadonlyMap<string, string>
): ScopeVerdict {
	if (user.role !== 'admin' && user.role !== 'coordinator') return { ok: false, status: 403, message: 'Your role does not use the worklist' };
	const unknown = personIds.filter((id) => !programOf.has(id));
	if (user.role === 'admin') {
		return unknown.length ? { ok: false, status: 400, message: `not in the current dataset: ${unknown.slice(0, 5).join(', ')}` } : { ok: true };
	}
	const allowed = new Set(user.programIds);
	const outside = personIds.filter((id) => !allowed.has(programOf.get(id) ?? '\u0000'));
	return outside.length ? { ok: false, status: 403, message: 'Some of these people are not in your programs' } : { ok: true };
}

/** Programs whose actions the user may read. */
export function readablePrograms(user: { role: Role; programIds: readonly string[] }): readonly string[] | 'all' {
	return user.role === 'admin' ? 'all' : [...user.programIds];
}
