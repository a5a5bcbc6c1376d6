import { describe, expect, it } from 'vitest';
import { checkUserAccess, readUserForm } from '$lib/server/admin/user-form';

function form(fields: Record<string, string | string[]>): FormData {
	const f = new FormData();
	for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) f.append(k, x);
	return f;
}

const programs = new Set(['prog-a', 'prog-b']);

describe('readUserForm', () => {
	it('trims, sorts and de-duplicates, and drops an unknown role', () => {
		expect(readUserForm(form({ email: ' A@X.edu ', displayName: ' Ann ', role: 'superuser', programIds: ['prog-b', 'prog-a', 'prog-b'] }))).toEqual({
			email: 'A@X.edu',
			displayName: 'Ann',
			role: '',
			programIds: ['prog-a', 'prog-b']
		});
	});
});

describe('checkUserAccess', () => {
	it('accepts a coordinator with known programs and normalises the email', () => {
		const out = checkUserAccess({ email: 'Ann@X.edu', displayName: 'Ann', role: 'coordinator', programIds: ['prog-a'] }, programs, { checkEmail: true });
		expect(out).toEqual({ ok: true, input: { email: 'ann@x.edu', displayName: 'Ann', role: 'coordinator', programIds: ['prog-a'] } });
	});

	it('clears programs for roles that are not scoped by program', () => {
		const out = checkUserAccess({ email: 'd@x.edu', displayName: 'D', role: 'dean', programIds: ['prog-a', 'nonexistent'] }, programs, { checkEmail: true });
		expect(out.ok && out.input.programIds).toEqual([]);
	});

	it('names every bad field and keeps the input', () => {
		const input = { email: 'not-an-email', displayName: '', role: '' as const, programIds: [] };
		const out = checkUserAccess(input, programs, { checkEmail: true });
		expect(out.ok).toBe(false);
		if (out.ok) return;
		expect(Object.keys(out.errors).sort()).toEqual(['displayName', 'email', 'role']);
		expect(out.input).toBe(input);
	});

	it('refuses programs outside the dataset, and a coordinator without programs', () => {
		const unknown = checkUserAccess({ email: 'c@x.edu', displayName: 'C', role: 'coordinator', programIds: ['prog-z'] }, programs, { checkEmail: true });
		expect(!unknown.ok && unknown.errors.programIds).toBe('Not a program in the current dataset: prog-z.');
		const none = checkUserAccess({ email: 'c@x.edu', displayName: 'C', role: 'coordinator', programIds: [] }, programs, { checkEmail: true });
		expect(!none.ok && none.errors.programIds).toMatch(/at least one program/);
		const noDataset = checkUserAccess({ email: 'c@x.edu', displayName: 'C', role: 'coordinator', programIds: [] }, new Set(), { checkEmail: true });
		expect(!noDataset.ok && noDataset.errors.programIds).toMatch(/no dataset/);
	});

	it('does not check the email when editing (it is not a field there)', () => {
		expect(checkUserAccess({ email: '', displayName: 'D', role: 'reviewer', programIds: [] }, programs, { checkEmail: false }).ok).toBe(true);
	});
});
