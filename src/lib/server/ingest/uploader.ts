/**
 * Who may upload, and for which programs: admins for every program, coordinators for the
 * programs assigned to them (ingest/program-scope.ts enforces it row by row). Coordinators
 * cannot change the as-of date or institution: those are every program's, so the current
 * version's values are used whatever the form says.
 */
import { error } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guard';
import type { SessionUser } from '$lib/server/auth/session';
import type { DatasetManifest } from '$lib/server/store/manifest';
import type { UploadForm } from './upload-form';

export interface Uploader {
	user: SessionUser;
	/** null: every program (admin). */
	programScope: string[] | null;
}

export function requireUploader(locals: App.Locals, url?: URL): Uploader {
	const user = requireRole(locals, ['admin', 'coordinator'], url);
	if (user.role === 'admin') return { user, programScope: null };
	if (user.programIds.length === 0) error(403, 'No program is assigned to you yet; ask an administrator');
	return { user, programScope: [...user.programIds].sort() };
}

/** The as-of date and institution the import uses. */
export function importSettings(uploader: Uploader, form: Pick<UploadForm, 'asOf' | 'institution'>, current: DatasetManifest | null): { asOf?: string; institution?: string } {
	const fromCurrent = { asOf: current?.asOf, institution: current?.institution };
	if (uploader.programScope) return fromCurrent;
	return { asOf: form.asOf ?? fromCurrent.asOf, institution: form.institution ?? fromCurrent.institution };
}
