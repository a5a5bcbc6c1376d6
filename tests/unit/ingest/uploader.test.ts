/**
 * Who may upload, for which programs, and with which shared settings (ingest/uploader.ts).
 * The page only shows a coordinator's as-of date and institution read-only; the server must
 * ignore what their form says.
 */
import { describe, expect, test } from 'vitest';
import type { SessionUser } from '$lib/server/auth/session';
import { importSettings, requireUploader } from '$lib/server/ingest/uploader';
import type { DatasetManifest } from '$lib/server/store/manifest';

const user = (role: SessionUser['role'], programIds: string[] = []): SessionUser => ({ id: `${role}-1`, email: `${role}@test.example`, displayName: role, role, programIds });
const locals = (u: SessionUser): App.Locals => ({ user: u, session: null });
const current = { asOf: '2026-06-30', institution: 'Current School' } as DatasetManifest;
const form = { asOf: '2027-01-01', institution: 'Other School' };

function thrownStatus(run: () => unknown): number | undefined {
	try {
		run();
	} catch (e) {
		return (e as { status?: number }).status;
	}
	return undefined;
}

describe('uploader', () => {
	test('an admin uploads for every program and sets the shared settings', () => {
		const admin = requireUploader(locals(user('admin')));
		expect(admin.programScope).toBeNull();
		expect(importSettings(admin, form, current)).toEqual(form);
		expect(importSettings(admin, {}, current)).toEqual({ asOf: '2026-06-30', institution: 'Current School' });
	});

	test("a coordinator uploads for their programs, and the form's as-of date and institution are ignored", () => {
		const coordinator = requireUploader(locals(user('coordinator', ['PB', 'PA'])));
		expect(coordinator.programScope).toEqual(['PA', 'PB']);
		expect(importSettings(coordinator, form, current)).toEqual({ asOf: '2026-06-30', institution: 'Current School' });
	});

	test('a coordinator without programs, and other roles, may not upload', () => {
		expect(thrownStatus(() => requireUploader(locals(user('coordinator'))))).toBe(403);
		expect(thrownStatus(() => requireUploader(locals(user('dean'))))).toBe(403);
		expect(thrownStatus(() => requireUploader(locals(user('reviewer', ['PA']))))).toBe(403);
	});
});
