/**
 * Shapes the Diversity metrics' rows into the rows each chart draws: labels from the
 * metric's category lists, and which groups a click may filter on. Unknown ("Not
 * reported") groups are never selectable: the shared filter cannot select "unknown"
 * (population-filter.ts: unknown matches neither value).
 */
import type { AccessGapRow } from '../../metrics/diversity/accessGap';
import type { CompositionRow } from '../../metrics/diversity/composition';
import type { ConcordanceRow } from '../../metrics/diversity/concordance';
import { CATEGORIES, categoryLabel, DIMENSION_LABELS, GROUP_DIMENSIONS, NOT_REPORTED, type CompositionDimension, type GroupDimension } from '../../metrics/diversity/groups';
import type { PairTypeRow } from '../../metrics/diversity/pairTypes';
import type { UrimYearRow } from '../../metrics/diversity/urimByYear';
import type { CompositionBar } from './compositionChart';
import type { GroupRate } from './groupRateChart';
import type { GroupValue } from './groupValueChart';
import type { PairTypeSegment } from './pairTypesChart';
import type { UrimTrendPoint } from './urimTrendChart';

/** Dimensions the shared filter can select on, and how: urim / firstGen flags, genders list. */
export const FILTERABLE: ReadonlySet<string> = new Set<GroupDimension>(['urim', 'gender', 'first_gen']);

const selectable = (dimension: string, category: string) => FILTERABLE.has(dimension) && category !== NOT_REPORTED;

export function compositionBars(rows: readonly CompositionRow[], dimension: CompositionDimension): CompositionBar[] {
	return rows
		.filter((r) => r.dimension === dimension)
		.map((r) => ({
			category: r.category,
			label: categoryLabel(dimension, r.category),
			population: r.population,
			count: r.count,
			total: r.total,
			share: r.share,
			selectable: selectable(dimension, r.category)
		}));
}

export function urimTrendPoints(rows: readonly UrimYearRow[]): UrimTrendPoint[] {
	return rows.map((r) => ({ year: r.year, population: r.population, known: r.known, share: r.share, lower: r.lower, upper: r.upper }));
}

/** URiM first, then gender, then first-generation (GROUP_DIMENSIONS order), categories in list order. */
function byDimension<T extends { dimension: GroupDimension; category: string }>(rows: readonly T[]): T[] {
	const rank = (r: T) => GROUP_DIMENSIONS.indexOf(r.dimension) * 100 + CATEGORIES[r.dimension].indexOf(r.category);
	return [...rows].sort((a, b) => rank(a) - rank(b));
}

export function matchRateRows(rows: readonly AccessGapRow[]): GroupRate[] {
	return byDimension(rows).map((r) => ({
		dimension: r.dimension,
		dimensionLabel: DIMENSION_LABELS[r.dimension],
		category: r.category,
		label: categoryLabel(r.dimension, r.category),
		n: r.activeTrainees,
		rate: r.matchRate,
		lower: r.lower,
		upper: r.upper,
		selectable: selectable(r.dimension, r.category)
	}));
}

export function meetingFrequencyRows(rows: readonly AccessGapRow[]): GroupValue[] {
	return byDimension(rows).map((r) => ({
		dimension: r.dimension,
		dimensionLabel: DIMENSION_LABELS[r.dimension],
		category: r.category,
		label: categoryLabel(r.dimension, r.category),
		n: r.pairings,
		value: r.meetingsPerMonth,
		missingNote: 'no pairings',
		selectable: selectable(r.dimension, r.category)
	}));
}

const CONCORDANCE_LABELS: Readonly<Record<string, string>> = {
	concordant: 'Same',
	discordant: 'Different',
	[NOT_REPORTED]: 'Either not reported'
};

const concordanceHeading = (dimension: string) => (dimension === 'urim' ? 'URiM status of mentee and mentor' : 'Gender of mentee and mentor');

export function pairDurationRows(rows: readonly ConcordanceRow[]): GroupValue[] {
	return rows.map((r) => ({
		dimension: r.dimension,
		dimensionLabel: concordanceHeading(r.dimension),
		category: r.concordance,
		label: CONCORDANCE_LABELS[r.concordance] ?? r.concordance,
		n: r.pairs,
		value: r.medianMonths,
		missingNote: r.pairs === 0 ? 'no pairs' : 'median not reached'
	}));
}

export function endedEarlyRows(rows: readonly ConcordanceRow[]): GroupRate[] {
	return rows.map((r) => ({
		dimension: r.dimension,
		dimensionLabel: concordanceHeading(r.dimension),
		category: r.concordance,
		label: CONCORDANCE_LABELS[r.concordance] ?? r.concordance,
		n: r.ended,
		rate: r.endedEarlyShare,
		lower: r.lower,
		upper: r.upper
	}));
}

export function pairTypeSegments(rows: readonly PairTypeRow[], dimension: GroupDimension): PairTypeSegment[] {
	const order = CATEGORIES[dimension];
	return rows
		.filter((r) => r.dimension === dimension)
		.sort((a, b) => order.indexOf(a.menteeCategory) - order.indexOf(b.menteeCategory) || order.indexOf(a.mentorCategory) - order.indexOf(b.mentorCategory))
		.map((r) => ({
			menteeCategory: r.menteeCategory,
			menteeLabel: categoryLabel(dimension, r.menteeCategory),
			mentorCategory: r.mentorCategory,
			mentorLabel: categoryLabel(dimension, r.mentorCategory),
			pairs: r.pairs,
			menteeTotal: r.menteeTotal,
			share: r.share
		}));
}

export function mentorCategoryKey(dimension: GroupDimension): { category: string; label: string }[] {
	return CATEGORIES[dimension].map((category) => ({ category, label: categoryLabel(dimension, category) }));
}
