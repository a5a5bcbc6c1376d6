/**
 * Reading and checking the user form an admin submits. Returns what was typed alongside
 * the problems, so the page can send it back with `fail(400, ...)` and nothing is retyped.
 */
import { normalizeEmail, ROLES, type Role } from '$lib/server/auth/users';

export interface UserAccessInput {
	email: string;
	displayName: string;
	role: Role | '';
	programIds: string[];
}

/** Field name -> message, for aria-describedby on each field. */
export type FieldErrors = Partial<Record<'email' | 'displayName' | 'role' | 'programIds', string>>;

export type Checked =
	| { ok: true; input: UserAccessInput & { role: Role } }
	| { ok: false; input: UserAccessInput; errors: FieldErrors };

const EMAIL_MAX = 320;
const NAME_MAX = 120;

export function readUserForm(form: FormData): UserAccessInput {
	const role = String(form.get('role') ?? '');
	return {
		email: String(form.get('email') ?? '').trim(),
		displayName: String(form.get('displayName') ?? '').trim(),
		role: (ROLES as readonly string[]).includes(role) ? (role as Role) : '',
		programIds: [...new Set(form.getAll('programIds').map(String))].sort()
	};
}

/**
 * `allowedPrograms`: ids the admin may assign (the current dataset's programs plus any the
 * user already has). Only coordinators are scoped by program; other roles see all programs
 * (or aggregates), so their program list is cleared rather than stored and misread later.
 */
export function checkUserAccess(
	input: UserAccessInput,
	allowedPrograms: ReadonlySet<string>,
	options: { checkEmail: boolean }
): Checked {
	const errors: FieldErrors = {};
	if (options.checkEmail) {
		const email = normalizeEmail(input.email);
		// A deliberately loose check: one @ with text either side. The address is a sign-in
		// name, not a mailbox we write to, so stricter rules would only refuse real addresses.
		if (!/^[^\s@]+@[^\s@]+$/.test(email)) errors.email = 'Enter an email address such as name@school.edu.';
		else if (email.length > EMAIL_MAX) errors.email = `Use at most ${EMAIL_MAX} characters.`;
	}
	if (input.displayName === '') errors.displayName = 'Enter the name colleagues know this person by.';
	else if (input.displayName.length > NAME_MAX) errors.displayName = `Use at most ${NAME_MAX} characters.`;
	if (input.role === '') errors.role = 'Choose a role.';

	const programIds = input.role === 'coordinator' ? input.programIds : [];
	const unknown = programIds.filter((id) => !allowedPrograms.has(id));
	if (unknown.length > 0) errors.programIds = `Not a program in the current dataset: ${unknown.join(', ')}.`;
	else if (input.role === 'coordinator' && programIds.length === 0) {
		errors.programIds =
			allowedPrograms.size === 0
				? 'Coordinators see the programs assigned to them, and no dataset with programs has been imported yet.'
				: 'Choose at least one program: a coordinator sees only the programs assigned here.';
	}

	if (Object.keys(errors).length > 0 || input.role === '') return { ok: false, input, errors };
	return { ok: true, input: { ...input, email: normalizeEmail(input.email), role: input.role, programIds } };
}
