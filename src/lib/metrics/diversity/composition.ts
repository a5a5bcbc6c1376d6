/**
 * Composition of active trainees and of their mentors by race/ethnicity, gender, URiM and
 * first-generation status (LCME 3.3: counts in the school's own diversity categories for
 * students and faculty).
 *
 * Race/ethnicity is multi-select (AAMC; person_race has one row per selected category), and
 * is counted "in any of": a person who selected Asian and White counts once in each, so the
 * race shares of one population can add to more than 100%. Two extra rows keep this honest:
 * "multiple" (people with two or more reported categories) and "not_reported" (people with
 * no category other than "not reported", or no row at all). The chart says so in a note.
 *
 * Each share is over all people of the population (unknowns included), so the "Not
 * reported" bar and the others use one denominator.
 */
import type { Connector } from '../../engine/connector';
import { compilePopulation, EMPTY_FILTER, type PopulationFilter } from '../population-filter';
import { rateSql } from '../population';
import { CATEGORIES, categoryGridSql, COMPOSITION_DIMENSIONS, groupSql, MULTIPLE_RACES, NOT_REPORTED, type CompositionDimension } from './groups';
import { ACTIVE_PAIRS_CTE, SCOPE_MENTORS_CTE, SCOPE_TRAINEES_CTE } from './scope';

export const COMPOSITION_POPULATIONS = ['trainees', 'mentors'] as const;
export type CompositionPopulation = (typeof COMPOSITION_POPULATIONS)[number];

export interface CompositionRow {
	population: CompositionPopulation;
	dimension: CompositionDimension;
	category: string;
	/** People in the category ("in any of" for race). */
	count: number;
	/** People in the population: the denominator of every share. */
	total: number;
	/** count / total; NULL when the population is empty. */
	share: number | null;
}

export function compositionSql(filter: PopulationFilter): string {
	const { cte } = compilePopulation(filter);
	return `WITH ${cte},
${SCOPE_TRAINEES_CTE},
${ACTIVE_PAIRS_CTE},
${SCOPE_MENTORS_CTE},
members AS (
	SELECT 'trainees' AS population, person_id FROM scope_trainees
	UNION ALL
	SELECT 'mentors', person_id FROM scope_mentors
),
totals AS (
	SELECT names.population, count(m.person_id) AS total
	FROM (VALUES ('trainees'), ('mentors')) names(population)
	LEFT JOIN members m ON m.population = names.population
	GROUP BY names.population
),
reported_race AS (
	SELECT DISTINCT person_id, race_ethnicity FROM person_race WHERE race_ethnicity <> '${NOT_REPORTED}'
),
races_per_person AS (
	SELECT m.population, m.person_id, count(r.race_ethnicity) AS k
	FROM members m LEFT JOIN reported_race r ON r.person_id = m.person_id
	GROUP BY m.population, m.person_id
),
flags AS (
	SELECT m.population,
		${groupSql('gender', 'd')} AS gender,
		${groupSql('urim', 'd')} AS urim,
		${groupSql('first_gen', 'd')} AS first_gen
	FROM members m LEFT JOIN demographics d ON d.person_id = m.person_id
),
counts AS (
	SELECT m.population, 'race' AS dimension, r.race_ethnicity AS category, count(*) AS n
	FROM members m JOIN reported_race r ON r.person_id = m.person_id
	GROUP BY ALL
	UNION ALL
	SELECT population, 'race', '${MULTIPLE_RACES}', count(*) FROM races_per_person WHERE k >= 2 GROUP BY ALL
	UNION ALL
	SELECT population, 'race', '${NOT_REPORTED}', count(*) FROM races_per_person WHERE k = 0 GROUP BY ALL
	UNION ALL
	SELECT population, 'gender', gender, count(*) FROM flags GROUP BY ALL
	UNION ALL
	SELECT population, 'urim', urim, count(*) FROM flags GROUP BY ALL
	UNION ALL
	SELECT population, 'first_gen', first_gen, count(*) FROM flags GROUP BY ALL
),
grid AS (
	SELECT names.population, g.dimension, g.category, g.ord
	FROM (VALUES ('trainees'), ('mentors')) names(population)
	CROSS JOIN ${categoryGridSql(COMPOSITION_DIMENSIONS)} g(dimension, category, ord)
),
cells AS (
	SELECT coalesce(g.population, c.population) AS population,
		coalesce(g.dimension, c.dimension) AS dimension,
		coalesce(g.category, c.category) AS category,
		coalesce(g.ord, 999) AS ord,
		coalesce(c.n, 0) AS n
	FROM grid g
	FULL OUTER JOIN counts c ON c.population = g.population AND c.dimension = g.dimension AND c.category = g.category
)
SELECT cells.population, cells.dimension, cells.category, cells.n AS count, t.total,
	${rateSql('cells.n', 't.total')} AS share
FROM cells JOIN totals t ON t.population = cells.population
ORDER BY cells.population DESC, cells.dimension, cells.ord, cells.category`;
}

export async function diversityComposition(db: Connector, filter: PopulationFilter = EMPTY_FILTER): Promise<CompositionRow[]> {
	return db.query<CompositionRow & Record<string, unknown>>(compositionSql(filter), compilePopulation(filter).params);
}

/** Categories of a dimension in display order, for callers that lay out charts. */
export function compositionCategories(dimension: CompositionDimension): readonly string[] {
	return CATEGORIES[dimension];
}
