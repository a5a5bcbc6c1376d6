/**
 * The demographic groups the Diversity view compares, as SQL expressions over a
 * `demographics` row joined with LEFT JOIN (so a person with no row has NULLs).
 *
 * Unknown is a group of its own, "Not reported", never dropped (issue 3): a NULL gender, a
 * NULL urim or first_gen, or no demographics row at all. Dropping unknowns would make a
 * share look precise when a tenth of the people are missing from it.
 *
 * Category lists come from schema/tables.ts (fixed lists in code, never user input), so
 * every chart shows every category, including those with nobody in them.
 */
import { GENDERS, RACE_ETHNICITY } from '../../schema/tables';

/** The attributes a group can be formed on. Race/ethnicity is multi-select and handled apart. */
export const GROUP_DIMENSIONS = ['urim', 'gender', 'first_gen'] as const;
export type GroupDimension = (typeof GROUP_DIMENSIONS)[number];

export const COMPOSITION_DIMENSIONS = ['race', ...GROUP_DIMENSIONS] as const;
export type CompositionDimension = (typeof COMPOSITION_DIMENSIONS)[number];

export const NOT_REPORTED = 'not_reported';
/** People who selected two or more reported race/ethnicity categories. */
export const MULTIPLE_RACES = 'multiple';

const YES_NO = ['yes', 'no', NOT_REPORTED] as const;

/** Reported AAMC categories (every one but "not reported"), in the schema's order. */
export const REPORTED_RACES = RACE_ETHNICITY.filter((r) => r !== NOT_REPORTED);

/** Categories of each dimension, in display order; "not_reported" last. */
export const CATEGORIES: Readonly<Record<CompositionDimension, readonly string[]>> = {
	race: [...REPORTED_RACES, MULTIPLE_RACES, NOT_REPORTED],
	urim: YES_NO,
	gender: GENDERS,
	first_gen: YES_NO
};

export const DIMENSION_LABELS: Readonly<Record<CompositionDimension, string>> = {
	race: 'Race/ethnicity',
	urim: 'URiM',
	gender: 'Gender',
	first_gen: 'First-generation'
};

const CATEGORY_LABELS: Readonly<Record<string, string>> = {
	american_indian_alaska_native: 'American Indian or Alaska Native',
	asian: 'Asian',
	black_african_american: 'Black or African American',
	hispanic_latino_spanish: 'Hispanic, Latino, or of Spanish Origin',
	native_hawaiian_pacific_islander: 'Native Hawaiian or Other Pacific Islander',
	white: 'White',
	other: 'Other',
	[MULTIPLE_RACES]: 'Multiple categories selected',
	[NOT_REPORTED]: 'Not reported',
	woman: 'Woman',
	man: 'Man',
	nonbinary: 'Nonbinary',
	yes: 'Yes',
	no: 'No'
};

/** Label a reader sees for a category; URiM and first-gen yes/no get their dimension's name. */
export function categoryLabel(dimension: CompositionDimension, category: string): string {
	if (dimension === 'urim' && category !== NOT_REPORTED) return category === 'yes' ? 'URiM' : 'Not URiM';
	if (dimension === 'first_gen' && category !== NOT_REPORTED) return category === 'yes' ? 'First-generation' : 'Not first-generation';
	return CATEGORY_LABELS[category] ?? category;
}

/**
 * SQL for the category of `dimension` from demographics alias `d` (LEFT JOINed).
 * `d` must be an alias written in code.
 */
export function groupSql(dimension: GroupDimension, d: string): string {
	switch (dimension) {
		case 'gender':
			return `coalesce(${d}.gender, '${NOT_REPORTED}')`;
		case 'urim':
			return `CASE WHEN ${d}.urim THEN 'yes' WHEN NOT ${d}.urim THEN 'no' ELSE '${NOT_REPORTED}' END`;
		case 'first_gen':
			return `CASE WHEN ${d}.first_gen THEN 'yes' WHEN NOT ${d}.first_gen THEN 'no' ELSE '${NOT_REPORTED}' END`;
	}
}

/** `VALUES` rows (dimension, category, ord) for the given dimensions: the full grid a chart shows. */
export function categoryGridSql(dimensions: readonly CompositionDimension[]): string {
	const rows = dimensions.flatMap((dim) => CATEGORIES[dim].map((c, i) => `('${dim}', '${c}', ${i})`));
	return `(VALUES ${rows.join(', ')})`;
}

/** Position of a category in its dimension's display order (unknown values last). */
export function categoryOrder(dimension: CompositionDimension, category: string): number {
	const i = CATEGORIES[dimension].indexOf(category);
	return i < 0 ? CATEGORIES[dimension].length : i;
}
