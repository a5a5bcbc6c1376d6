/**
 * Who may generate and read reports, and what reviewers may ask for.
 *
 * - Admins and deans: any template, period, programs and population; they see every saved
 *   report. Reviewers: reports too, and only their own saved reports.
 * - Coordinators: no reports (decision). A report's tables are institution-level
 *   accreditation figures; a coordinator's own programs are already in their views and
 *   worklist, and letting them pick programs they do not hold would tell them about those.
 * - Everyone gets the same suppressed output (threshold from the reviewer scope, ≥ 11):
 *   a report is made to be handed on, whoever makes it.
 * - Reviewers report on all programs, all trainees and one academic year. Every choice a
 *   reviewer could make must give a population that is not a subset of another choice's:
 *   one program inside "all programs", or an academic year inside "the whole record", would
 *   let two suppressed reports be subtracted to show a small group (the reviewer aggregates
 *   page solves the program case with one programs × categories table; reports are
 *   suppressed per report, so they offer no nested choices instead). Academic years overlap
 *   but none contains another. Free dates, program sets and populations are refused for the
 *   same reason. Admins and deans see rows anyway and keep every choice.
 */
import { audit } from '$lib/server/auth/audit';
import { authContext } from '$lib/server/auth/context';
import { requireRole } from '$lib/server/auth/guard';
import type { SessionUser } from '$lib/server/auth/session';
import type { Role } from '$lib/server/auth/users';
import { DEFAULT_POPULATION } from '$lib/reports/populations';
import type { PeriodPreset } from '$lib/reports/periods';
import type { ReportParameters } from '$lib/reports/types';

export const REPORT_ROLES: readonly Role[] = ['admin', 'dean', 'reviewer'];

export function requireReportUser(locals: App.Locals, url?: URL): SessionUser {
	return requireRole(locals, REPORT_ROLES, url);
}

/** Admins and deans read every saved report; reviewers their own. */
export function readsAllReports(user: Pick<SessionUser, 'role'>): boolean {
	return user.role === 'admin' || user.role === 'dean';
}

export function mayReadReport(user: Pick<SessionUser, 'id' | 'role'>, generatedById: string): boolean {
	return readsAllReports(user) || user.id === generatedById;
}

/** The periods a reviewer may choose: academic years only (none contains another). */
export function reviewerPeriods(presets: readonly PeriodPreset[]): PeriodPreset[] {
	return presets.filter((p) => p.id.startsWith('ay-'));
}

/** Why a reviewer may not run these parameters, or null. */
export function reviewerRefusal(user: Pick<SessionUser, 'role'>, parameters: ReportParameters, presets: readonly PeriodPreset[]): string | null {
	if (user.role !== 'reviewer') return null;
	if (parameters.programs.length > 0) return 'Reviewers report on all programs; a one-program report could be subtracted from it to show a small group.';
	if (parameters.population !== DEFAULT_POPULATION) return 'Reviewers report on all trainees; narrower populations are not offered.';
	if (!reviewerPeriods(presets).some((p) => p.from === parameters.from && p.to === parameters.to)) return 'Reviewers choose one academic year as the period.';
	return null;
}

export type ReportAuditAction = 'report_generated' | 'report_previewed' | 'report_downloaded';

export function auditReport(user: SessionUser, action: ReportAuditAction, detail: Record<string, unknown>, ip: string | null): void {
	const { db, clock } = authContext();
	audit(db, { userId: user.id, action, detail: { role: user.role, ...detail }, ip }, clock);
}
