/**
 * Who may read the aggregate tables, and at which threshold.
 *
 * Reviewers (their only data); admins and deans too, to check what reviewers see. Everyone
 * gets the reviewer threshold: the tables are the reviewer's, whoever looks. Coordinators see
 * the tables of their own programs, one at a time, as a reviewer would receive them (the
 * tables they send to accreditors); never all programs, whose totals would tell them about
 * programs outside their scope, and never another program's row (reviewer-aggregates.ts).
 */
import { error } from '@sveltejs/kit';
import { audit } from '$lib/server/auth/audit';
import { authContext } from '$lib/server/auth/context';
import { requireRole } from '$lib/server/auth/guard';
import { dataScopeFor } from '$lib/server/auth/scope';
import type { Role } from '$lib/server/auth/users';
import type { SessionUser } from '$lib/server/auth/session';

export const AGGREGATE_ROLES: readonly Role[] = ['reviewer', 'admin', 'dean', 'coordinator'];

/** The programs whose tables a user may read: every one, or a coordinator's assigned programs. */
export function aggregateProgramsFor(user: Pick<SessionUser, 'role' | 'programIds'>): 'all' | readonly string[] {
	return user.role === 'coordinator' ? [...new Set(user.programIds)].sort() : 'all';
}

/** The reviewer threshold from the scope policy (SUPPRESSION_MIN_CELL, never below 11). */
export function reviewerMinCell(): number {
	const scope = dataScopeFor({ role: 'reviewer', programIds: [] });
	if (scope.kind !== 'aggregates') error(500, 'reviewer scope is not aggregate-only');
	return scope.minCell;
}

export function requireAggregateReader(locals: App.Locals, url?: URL): SessionUser {
	return requireRole(locals, AGGREGATE_ROLES, url);
}

/** Issue 6 audit log: what a reviewer received, which selection, which version. */
export function auditAggregateView(user: SessionUser, detail: { version: string; program: string; via: 'api' | 'page' }, ip: string | null): void {
	const { db, clock } = authContext();
	audit(db, { userId: user.id, action: 'aggregates_viewed', detail: { role: user.role, ...detail }, ip }, clock);
}
