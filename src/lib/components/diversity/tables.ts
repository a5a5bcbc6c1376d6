/**
 * Accessible data tables (and CSV exports) behind the Diversity charts: one plain row per
 * group with its label, counts, denominators and intervals, so a reader without the chart
 * gets every number it draws.
 */
import type { AccessGapRow, CompositionRow, ConcordanceRow, PairTypeRow, UrimYearRow } from '$lib/metrics/diversity';
import { categoryLabel, DIMENSION_LABELS, type CompositionDimension, type GroupDimension } from '$lib/metrics/diversity';
import { countCell as count, percentCell as percent } from '$lib/format/numbers';

export { count, percent };
export const decimal = (digits: number) => (value: unknown) => (value == null ? '—' : (value as number).toFixed(digits));

export function compositionTable(rows: readonly CompositionRow[], dimension: CompositionDimension) {
	const of = (population: string, category: string) => rows.find((r) => r.population === population && r.dimension === dimension && r.category === category);
	const categories = [...new Set(rows.filter((r) => r.dimension === dimension).map((r) => r.category))];
	return categories.map((category) => ({
		category: categoryLabel(dimension, category),
		trainees: of('trainees', category)?.count ?? 0,
		traineeShare: of('trainees', category)?.share ?? null,
		traineeTotal: of('trainees', category)?.total ?? 0,
		mentors: of('mentors', category)?.count ?? 0,
		mentorShare: of('mentors', category)?.share ?? null,
		mentorTotal: of('mentors', category)?.total ?? 0
	}));
}

export const COMPOSITION_COLUMNS = [
	{ key: 'category', label: 'Category' },
	{ key: 'trainees', label: 'Trainees', format: count },
	{ key: 'traineeShare', label: 'Share of trainees', format: percent },
	{ key: 'traineeTotal', label: 'Active trainees', format: count },
	{ key: 'mentors', label: 'Mentors', format: count },
	{ key: 'mentorShare', label: 'Share of mentors', format: percent },
	{ key: 'mentorTotal', label: 'Mentors of active pairs', format: count }
] as const;

export function urimYearTable(rows: readonly UrimYearRow[]) {
	return rows.map((r) => ({
		year: r.year,
		population: r.population === 'trainees' ? 'Trainees (cohort)' : 'Mentors (active that year)',
		urim: r.urim,
		known: r.known,
		unknown: r.unknown,
		share: r.share,
		lower: r.lower,
		upper: r.upper
	}));
}

export function accessGapTable(rows: readonly AccessGapRow[]) {
	return rows.map((r) => ({
		group: `${DIMENSION_LABELS[r.dimension]}: ${categoryLabel(r.dimension, r.category)}`,
		activeTrainees: r.activeTrainees,
		matched: r.matched,
		matchRate: r.matchRate,
		lower: r.lower,
		upper: r.upper,
		pairings: r.pairings,
		pairingMonths: r.pairingMonths,
		meetings: r.meetings,
		meetingsPerMonth: r.meetingsPerMonth
	}));
}

export function pairTypeTable(rows: readonly PairTypeRow[], dimension: GroupDimension) {
	return rows
		.filter((r) => r.dimension === dimension)
		.map((r) => ({
			mentee: categoryLabel(dimension, r.menteeCategory),
			mentor: categoryLabel(dimension, r.mentorCategory),
			pairs: r.pairs,
			menteeTotal: r.menteeTotal,
			share: r.share
		}));
}

export const PAIR_TYPE_COLUMNS = [
	{ key: 'mentee', label: 'Mentee' },
	{ key: 'mentor', label: 'Mentor' },
	{ key: 'pairs', label: 'Active pairs', format: count },
	{ key: 'menteeTotal', label: "Mentee group's active pairs", format: count },
	{ key: 'share', label: 'Share', format: percent }
] as const;

export function concordanceTable(rows: readonly ConcordanceRow[]) {
	return rows.map((r) => ({
		dimension: r.dimension === 'urim' ? 'URiM status' : 'Gender',
		concordance: r.concordance === 'not_reported' ? 'Either not reported' : r.concordance === 'concordant' ? 'Same' : 'Different',
		pairs: r.pairs,
		active: r.active,
		ended: r.ended,
		endedEarly: r.endedEarly,
		endedEarlyShare: r.endedEarlyShare,
		lower: r.lower,
		upper: r.upper,
		medianMonths: r.medianMonths
	}));
}

export const ACCESS_GAP_COLUMNS = [
	{ key: 'group', label: 'Group' },
	{ key: 'activeTrainees', label: 'Active trainees', format: count },
	{ key: 'matched', label: 'With a mentor', format: count },
	{ key: 'matchRate', label: 'Match rate', format: percent },
	{ key: 'lower', label: '95% CI low', format: percent },
	{ key: 'upper', label: '95% CI high', format: percent },
	{ key: 'pairings', label: 'Pairings', format: count },
	{ key: 'pairingMonths', label: 'Pairing-months', format: decimal(1) },
	{ key: 'meetings', label: 'Completed meetings', format: count },
	{ key: 'meetingsPerMonth', label: 'Meetings per pairing-month', format: decimal(2) }
] as const;

export const CONCORDANCE_COLUMNS = [
	{ key: 'dimension', label: 'Shared attribute' },
	{ key: 'concordance', label: 'Mentee and mentor' },
	{ key: 'pairs', label: 'Pairs matched', format: count },
	{ key: 'active', label: 'Active now', format: count },
	{ key: 'ended', label: 'Ended', format: count },
	{ key: 'endedEarly', label: 'Ended early', format: count },
	{ key: 'endedEarlyShare', label: 'Share ended early', format: percent },
	{ key: 'lower', label: '95% CI low', format: percent },
	{ key: 'upper', label: '95% CI high', format: percent },
	{ key: 'medianMonths', label: 'Median months matched', format: decimal(1) }
] as const;
