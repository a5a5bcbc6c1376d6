/** Profession order on every interprofessional chart and table: the schema's canonical list. */
import { PROFESSIONS } from '../../schema/tables';

export interface ProfessionCell {
	/** Mentor's profession (pairings) or one profession present (activities). */
	rowProfession: string;
	/** Mentee's profession (pairings) or the other profession present (activities). */
	columnProfession: string;
	count: number;
	/** Set by small-cell suppression (DOMAIN.md §5); the chart then hides the count. */
	suppressed?: boolean;
}

const rank = (p: string) => {
	const i = (PROFESSIONS as readonly string[]).indexOf(p);
	return i === -1 ? PROFESSIONS.length : i;
};

/** Canonical order (MD, DO, RN, …), unknown codes last and alphabetically. */
export function compareProfessions(a: string, b: string): number {
	return rank(a) - rank(b) || a.localeCompare(b);
}

/** Professions that appear on either side of any cell, in canonical order. */
export function matrixProfessions(cells: readonly ProfessionCell[]): string[] {
	const seen = new Set<string>();
	for (const c of cells) seen.add(c.rowProfession).add(c.columnProfession);
	return [...seen].sort(compareProfessions);
}
