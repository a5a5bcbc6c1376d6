import { describe, expect, it } from 'vitest';
import {
	dataScopeFor,
	identifyingColumns,
	scopeKey,
	scopePolicyFromEnv,
	type DataScope
} from '$lib/server/auth/scope';

const admin = { role: 'admin', programIds: [] } as const;
const dean = { role: 'dean', programIds: [] } as const;
const reviewer = { role: 'reviewer', programIds: [] } as const;
const coordinator = (...programIds: string[]) => ({ role: 'coordinator' as const, programIds });

describe('dataScopeFor', () => {
	it('gives an admin every row and every column', () => {
		expect(dataScopeFor(admin)).toEqual({ kind: 'rows', programIds: 'all', dropColumns: [], deidentify: false });
	});

	it('gives a dean all programs without names, emails or free text', () => {
		// The model flags people.display_name, people.email and people.exit_reason_text (src/lib/schema/tables.ts).
		expect(dataScopeFor(dean)).toEqual({
			kind: 'rows',
			programIds: 'all',
			dropColumns: ['people.display_name', 'people.email', 'people.exit_reason_text'],
			deidentify: true
		});
	});

	it('keeps pseudonymous ids for a dean (they join tables, identify no one)', () => {
		const scope = dataScopeFor(dean);
		expect(scope.kind === 'rows' && scope.dropColumns).not.toContain('people.person_id');
	});

	it('limits a coordinator to their programs, sorted and without duplicates, identified', () => {
		expect(dataScopeFor(coordinator('prog-b', 'prog-a', 'prog-b'))).toEqual({
			kind: 'rows',
			programIds: ['prog-a', 'prog-b'],
			dropColumns: [],
			deidentify: false
		});
	});

	it('gives a coordinator with no programs an empty scope, not all programs', () => {
		const scope = dataScopeFor(coordinator());
		expect(scope.kind === 'rows' && scope.programIds).toEqual([]);
	});

	it('gives a reviewer aggregates only, at 11 by default', () => {
		expect(dataScopeFor(reviewer)).toEqual({ kind: 'aggregates', minCell: 11 });
	});

	it('honours a higher configured threshold and never goes below 11', () => {
		expect(dataScopeFor(reviewer, { reviewerMinCell: 20 })).toEqual({ kind: 'aggregates', minCell: 20 });
		expect(dataScopeFor(reviewer, { reviewerMinCell: 5 })).toEqual({ kind: 'aggregates', minCell: 11 });
	});

	it('fails closed for a role it does not know', () => {
		expect(() => dataScopeFor({ role: 'mentor' as never, programIds: [] })).toThrow('no data scope for role: mentor');
	});
});

describe('scopePolicyFromEnv', () => {
	it('defaults to 11', () => {
		expect(scopePolicyFromEnv({})).toEqual({ reviewerMinCell: 11 });
	});
	it('reads SUPPRESSION_MIN_CELL', () => {
		expect(scopePolicyFromEnv({ SUPPRESSION_MIN_CELL: '16' })).toEqual({ reviewerMinCell: 16 });
	});
	it.each(['10', '0', 'eleven', '11.5'])('refuses SUPPRESSION_MIN_CELL=%s, naming the variable', (raw) => {
		expect(() => scopePolicyFromEnv({ SUPPRESSION_MIN_CELL: raw })).toThrow(/SUPPRESSION_MIN_CELL/);
	});
});

describe('identifyingColumns', () => {
	it('lists every flagged column as table.column', () => {
		expect(identifyingColumns()).toEqual(['people.display_name', 'people.email', 'people.exit_reason_text']);
	});
});

describe('scopeKey', () => {
	it('is the same for equal scopes whatever the order of program ids', () => {
		expect(scopeKey(dataScopeFor(coordinator('b', 'a')))).toBe(scopeKey(dataScopeFor(coordinator('a', 'b'))));
	});

	it('differs between coordinators of different programs', () => {
		expect(scopeKey(dataScopeFor(coordinator('a')))).not.toBe(scopeKey(dataScopeFor(coordinator('b'))));
	});

	it('does not confuse one id containing a comma with two ids', () => {
		const one: DataScope = { kind: 'rows', programIds: ['a,b'], dropColumns: [], deidentify: false };
		const two: DataScope = { kind: 'rows', programIds: ['a', 'b'], dropColumns: [], deidentify: false };
		expect(scopeKey(one)).not.toBe(scopeKey(two));
	});

	it('separates every role', () => {
		const keys = [admin, dean, reviewer, coordinator('a'), coordinator()].map((u) => scopeKey(dataScopeFor(u)));
		expect(new Set(keys).size).toBe(keys.length);
	});

	it('reads as what it is and does not spell out program ids', () => {
		expect(scopeKey(dataScopeFor(admin))).toBe('rows-all-full');
		expect(scopeKey(dataScopeFor(reviewer))).toBe('agg-min11');
		expect(scopeKey(dataScopeFor(dean))).toMatch(/^rows-all-drop-[0-9a-f]{16}-deid$/);
		const key = scopeKey(dataScopeFor(coordinator('internal-medicine-gme')));
		expect(key).toMatch(/^rows-p1-[0-9a-f]{16}-full$/);
		expect(key).not.toContain('internal');
	});

	it('changes with the threshold', () => {
		expect(scopeKey({ kind: 'aggregates', minCell: 11 })).not.toBe(scopeKey({ kind: 'aggregates', minCell: 20 }));
	});
});
