/**
 * Whether a user may open one person's profile. The profile is drawn in the browser from
 * the user's scoped rows, so a coordinator could never see someone outside their programs
 * anyway; answering 404 on the server as well gives them a clear page instead of an empty
 * one, and says the same for "exists elsewhere" and "does not exist" so ids cannot be probed.
 */
import type { Role } from '$lib/server/auth/users';

/** Person ids as exports write them (same shape the worklist actions accept). */
const PERSON_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export type ProfileVerdict = { ok: true; programId: string } | { ok: false; status: 404; message: string };

export function isPersonId(value: string): boolean {
	return PERSON_ID.test(value);
}

export function profileAccess(
	user: { role: Role; programIds: readonly string[] },
	personId: string,
	programOf: ReadonlyMap<string, string>
): ProfileVerdict {
	const notFound: ProfileVerdict = {
		ok: false,
		status: 404,
		message: user.role === 'admin' ? `No person ${personId} in the current dataset` : `No person ${personId} in your programs`
	};
	const programId = programOf.get(personId);
	if (!programId) return notFound;
	if (user.role !== 'admin' && !user.programIds.includes(programId)) return notFound;
	return { ok: true, programId };
}
