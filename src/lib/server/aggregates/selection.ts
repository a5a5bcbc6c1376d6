/**
 * What a reviewer may ask for: all programs, or exactly one program. Nothing else.
 *
 * Why so little (DOMAIN.md §5, "two overlapping filters"; privacy/suppression.ts, Limits):
 * two selections whose populations differ by 1–10 people reveal those people's counts by
 * subtraction, even when each table was suppressed correctly on its own. Arbitrary subsets
 * make such pairs trivial (programs {A, B, C} vs {A, B}); so would cohort, profession or date
 * filters (cohort 2024 vs all cohorts). With "all or one program", every table a reviewer can
 * see is a slice of a single programs × categories table suppressed once: one program is a
 * row, all programs is the column totals (linked-counts.ts). Subtracting one selection from
 * another is then a row/column equation of that table, and complementary suppression has
 * already made sure no hidden cell is determined by those equations.
 *
 * `differencingGuard` is defence in depth on top: it refuses a one-program selection when its
 * shown total and the shown all-programs total differ by 1..minCell−1 (unreachable while the
 * rows cover every person, which programRows guarantees; it stays in case that changes).
 */
import { differencingRefusal } from '$lib/privacy/differencing';
import type { SuppressedTable } from '$lib/privacy/suppression';

export type ReviewerSelection = { program: 'all' } | { program: string; index: number };

export type SelectionResult = { ok: true; selection: ReviewerSelection } | { ok: false; message: string };

/** Reads `?program=` (absent or "all": all programs). Any other value must be a program id of the dataset. */
export function parseSelection(params: URLSearchParams, programIds: readonly string[]): SelectionResult {
	const values = params.getAll('program');
	if (values.length > 1) return { ok: false, message: 'Choose one program or all programs; combinations are not offered.' };
	// Other filters are refused rather than ignored, so nobody believes a table was filtered when it was not.
	const extra = [...params.keys()].filter((k) => k !== 'program');
	if (extra.length > 0) return { ok: false, message: `filters not offered to reviewers: ${[...new Set(extra)].join(', ')}` };
	const program = values[0] ?? 'all';
	if (program === 'all' || program === '') return { ok: true, selection: { program: 'all' } };
	const index = programIds.indexOf(program);
	if (index < 0) return { ok: false, message: `unknown program: ${program}` };
	return { ok: true, selection: { program, index } };
}

/** Refusal message when showing this program's totals beside the all-programs totals would reveal a small group. */
export function differencingGuard(tables: readonly (SuppressedTable | null)[], selection: ReviewerSelection, minCell: number): string | null {
	if (selection.program === 'all' || !('index' in selection)) return null;
	for (const table of tables) {
		if (!table) continue;
		const all = table.grandTotal;
		const one = table.rowTotals[selection.index];
		if (all.suppressed || one.suppressed || all.value === null || one.value === null) continue;
		const refusal = differencingRefusal({ first: all.value, second: one.value, both: one.value }, minCell);
		if (refusal) return refusal;
	}
	return null;
}
