/**
 * The one policy that says what data a signed-in user may receive (issue 6, DOMAIN.md §5).
 * Every data path (Parquet delivery, filter values, exports, API responses) asks this
 * function, so a role's view cannot differ between the main path and a side path.
 *
 *   admin        all rows, all columns
 *   dean         all programs, de-identified: identifying columns dropped, pseudonymous ids kept
 *   coordinator  identified rows of their assigned programs only (none assigned: nothing)
 *   reviewer     aggregates only, after small-cell suppression (src/lib/privacy/suppression.ts)
 *
 * Mentors are not users of this product: nobody signs in as a mentor, so "a mentor never sees
 * what their mentees wrote about them" (DOMAIN.md §5) holds by construction. A coordinator or
 * dean who also mentors (their email on a mentor's people row) gets nothing more for it: no
 * role reads the users↔people link except the data endpoint, which uses it only to withhold
 * meetings.rating on that person's own pairings (server/delivery/own-mentor-ids.ts).
 * Per-meeting ratings (mentee feedback on a pairing) are otherwise shown to coordinators
 * (their program's quality signal, acted on by re-matching) and to deans (de-identified).
 * Survey free text has no column in the canonical model and is not imported.
 */
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import { TABLES } from '$lib/schema/tables';
import type { SessionUser } from './session';

export type DataScope =
	| {
			kind: 'rows';
			/** Programs whose rows may be sent; 'all' for every program in the dataset. */
			programIds: string[] | 'all';
			/** Qualified 'table.column' names that must not leave the server. */
			dropColumns: string[];
			/** True when the user must not learn who a row is about (pseudonymous ids only). */
			deidentify: boolean;
	  }
	| {
			kind: 'aggregates';
			/** Counts from 1 to minCell − 1 are suppressed. */
			minCell: number;
	  };

/**
 * CMS cell-size suppression policy: counts 1–10 are never shown, i.e. the smallest shown
 * non-zero count is 11. A site may raise it, never lower it (issue 6: "never below 11").
 */
export const REVIEWER_MIN_CELL_FLOOR = 11;

export interface ScopePolicy {
	reviewerMinCell: number;
}

export const DEFAULT_SCOPE_POLICY: ScopePolicy = { reviewerMinCell: REVIEWER_MIN_CELL_FLOOR };

/** Reads SUPPRESSION_MIN_CELL (optional). A value below the floor is a configuration error, not a silent clamp. */
export function scopePolicyFromEnv(env: Record<string, string | undefined> = process.env): ScopePolicy {
	const raw = env.SUPPRESSION_MIN_CELL;
	if (raw === undefined || raw === '') return DEFAULT_SCOPE_POLICY;
	const value = Number(raw);
	if (!Number.isInteger(value) || value < REVIEWER_MIN_CELL_FLOOR) {
		throw new Error(`SUPPRESSION_MIN_CELL must be a whole number of at least ${REVIEWER_MIN_CELL_FLOOR}, got "${raw}"`);
	}
	return { reviewerMinCell: value };
}

let cachedPolicy: ScopePolicy | null = null;

function scopePolicy(): ScopePolicy {
	cachedPolicy ??= scopePolicyFromEnv();
	return cachedPolicy;
}

/**
 * Columns flagged `identifying` in the canonical model (names, emails, free text such as
 * exit reasons and any survey comment column). A free-text survey column added to the
 * model must carry the flag; tests/unit/auth/scope.test.ts pins today's list.
 */
export function identifyingColumns(): string[] {
	return TABLES.flatMap((t) => t.columns.filter((c) => c.identifying).map((c) => `${t.name}.${c.name}`)).sort();
}

export function dataScopeFor(
	user: { role: SessionUser['role']; programIds: readonly string[] },
	policy: ScopePolicy = scopePolicy()
): DataScope {
	switch (user.role) {
		case 'admin':
			return { kind: 'rows', programIds: 'all', dropColumns: [], deidentify: false };
		case 'dean':
			return { kind: 'rows', programIds: 'all', dropColumns: identifyingColumns(), deidentify: true };
		case 'coordinator':
			return { kind: 'rows', programIds: [...new Set(user.programIds)].sort(), dropColumns: [], deidentify: false };
		case 'reviewer':
			// Defence in depth: a policy object built by hand still cannot go below the floor.
			return { kind: 'aggregates', minCell: Math.max(REVIEWER_MIN_CELL_FLOOR, policy.reviewerMinCell) };
		default: {
			// A role added to the database but not here must fail closed, not fall through to rows.
			const role: never = user.role;
			throw new Error(`no data scope for role: ${String(role)}`);
		}
	}
}

function shortHash(parts: readonly string[]): string {
	// Unit separator: no program id or column name contains it, so ['a,b'] and ['a','b'] differ.
	return encodeHexLowerCase(sha256(new TextEncoder().encode(parts.join('\u001f')))).slice(0, 16);
}

/**
 * A stable cache key for everything built from a scope (Parquet files, aggregate tables).
 * Two users share cached output exactly when their scopes are equal; the dataset version
 * is the caller's to add. Program ids are hashed so keys (and file names) stay short and
 * do not spell out a coordinator's assignment.
 */
export function scopeKey(scope: DataScope): string {
	if (scope.kind === 'aggregates') return `agg-min${scope.minCell}`;
	const programs = scope.programIds === 'all' ? 'all' : `p${scope.programIds.length}-${shortHash([...new Set(scope.programIds)].sort())}`;
	const columns = scope.dropColumns.length === 0 ? 'full' : `drop-${shortHash([...new Set(scope.dropColumns)].sort())}`;
	return `rows-${programs}-${columns}${scope.deidentify ? '-deid' : ''}`;
}
