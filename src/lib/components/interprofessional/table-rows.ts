/**
 * The accessible table (and CSV) behind each interprofessional chart: the same numbers
 * the chart draws, one row per cell, term or program, in the chart's order.
 */
import type { ActivityMatrix, PairingMatrix, ProgramReach, TermReach } from '$lib/metrics/interprofessional';
import { compareProfessions } from '$lib/metrics/interprofessional';

export interface PairingCellRow extends Record<string, unknown> {
	mentorProfession: string;
	menteeProfession: string;
	pairings: number;
	acrossProfessions: string;
}

export function pairingCellRows(m: PairingMatrix): PairingCellRow[] {
	return [...m.cells]
		.sort((a, b) => compareProfessions(a.rowProfession, b.rowProfession) || compareProfessions(a.columnProfession, b.columnProfession))
		.map((c) => ({
			mentorProfession: c.rowProfession,
			menteeProfession: c.columnProfession,
			pairings: c.count,
			acrossProfessions: c.rowProfession === c.columnProfession ? 'no' : 'yes'
		}));
}

export interface ActivityCellRow extends Record<string, unknown> {
	profession: string;
	withProfession: string;
	activities: number;
}

/** Each unordered pair once (the matrix is symmetric); the diagonal reads "present". */
export function activityCellRows(m: ActivityMatrix): ActivityCellRow[] {
	return m.cells
		.filter((c) => compareProfessions(c.rowProfession, c.columnProfession) <= 0)
		.sort((a, b) => compareProfessions(a.rowProfession, b.rowProfession) || compareProfessions(a.columnProfession, b.columnProfession))
		.map((c) => ({
			profession: c.rowProfession,
			withProfession: c.rowProfession === c.columnProfession ? '(present)' : c.columnProfession,
			activities: c.count
		}));
}

export interface TermRow extends Record<string, unknown> {
	term: string;
	profession: string;
	trainees: number;
	reached: number;
	byPairing: number;
	byActivity: number;
	share: number | null;
	lower: number | null;
	upper: number | null;
	window: string;
}

export function termRows(terms: readonly TermReach[]): TermRow[] {
	return terms
		.filter((t) => t.profession === null || t.trainees > 0)
		.map((t) => ({
			term: t.label,
			profession: t.profession ?? 'All',
			trainees: t.trainees,
			reached: t.reached,
			byPairing: t.byPairing,
			byActivity: t.byActivity,
			share: t.share,
			lower: t.lower,
			upper: t.upper,
			window: t.partial ? `${t.windowStart} – ${t.windowEnd} (part of the term)` : `${t.windowStart} – ${t.windowEnd}`
		}));
}

export interface ProgramRow extends Record<string, unknown> {
	programId: string;
	programName: string;
	trainees: number;
	reached: number;
	share: number | null;
	lower: number | null;
	upper: number | null;
	otherProfessions: number;
	professionsMet: string;
}

export function programRows(programs: readonly ProgramReach[]): ProgramRow[] {
	return programs.map((p) => ({
		programId: p.programId ?? '',
		programName: p.programName ?? p.programId ?? '',
		trainees: p.trainees,
		reached: p.reached,
		share: p.share,
		lower: p.lower,
		upper: p.upper,
		otherProfessions: p.otherProfessions,
		professionsMet: p.professionsMet.join(', ')
	}));
}
