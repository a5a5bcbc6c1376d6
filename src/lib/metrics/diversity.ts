/**
 * URiM share among active trainees and among active mentors (LCME 3.3: counts of the
 * school's own diversity categories for students and faculty).
 *
 * demographics.urim is set at import from the school's configured URiM set; here it is
 * only counted. Denominator: people whose urim is known (not NULL). People with no
 * demographics row or a NULL urim are counted as unknown and reported beside the share,
 * because a share over the known alone can mislead when many are unknown.
 * A person with role 'both' who is active counts in both populations.
 */
import type { Connector } from '../engine/connector';
import { ACTIVE_MENTORS_CTE, ACTIVE_TRAINEES_CTE, rateSql } from './population';
import { wilsonBoundsSql } from './wilson';

export interface UrimShare {
	/** People with urim = true. */
	urim: number;
	/** Denominator: people with urim known (true or false). */
	known: number;
	/** People with urim NULL or no demographics row. */
	unknown: number;
	/** urim / known; NULL when nobody's urim is known. */
	share: number | null;
	lower: number | null;
	upper: number | null;
}

export interface UrimShares {
	trainees: UrimShare;
	mentors: UrimShare;
}

const wilson = wilsonBoundsSql('urim', 'known');

export const URIM_SHARES_SQL = `WITH ${ACTIVE_TRAINEES_CTE},
${ACTIVE_MENTORS_CTE},
populations AS (
	SELECT 'trainees' AS population, person_id FROM active_trainees
	UNION ALL
	SELECT 'mentors', person_id FROM active_mentors
),
counts AS (
	SELECT pop.population,
		count(*) FILTER (WHERE d.urim) AS urim,
		count(d.urim) AS known,
		count(*) FILTER (WHERE d.urim IS NULL) AS unknown
	FROM populations pop
	LEFT JOIN demographics d ON d.person_id = pop.person_id
	GROUP BY pop.population
),
names(population) AS (VALUES ('trainees'), ('mentors')),
shares AS (
	SELECT names.population,
		coalesce(c.urim, 0) AS urim,
		coalesce(c.known, 0) AS known,
		coalesce(c.unknown, 0) AS unknown
	FROM names
	LEFT JOIN counts c ON c.population = names.population
)
SELECT population, urim, known, unknown,
	${rateSql('urim', 'known')} AS share,
	${wilson.lower} AS lower,
	${wilson.upper} AS upper
FROM shares
ORDER BY population DESC`;

interface Row extends Record<string, unknown> {
	population: 'trainees' | 'mentors';
	urim: number;
	known: number;
	unknown: number;
	share: number | null;
	lower: number | null;
	upper: number | null;
}

export async function urimShares(db: Connector): Promise<UrimShares> {
	const rows = await db.query<Row>(URIM_SHARES_SQL);
	const pick = (population: Row['population']): UrimShare => {
		const r = rows.find((x) => x.population === population);
		if (!r) throw new Error(`urim shares: no row for ${population}`);
		return { urim: r.urim, known: r.known, unknown: r.unknown, share: r.share, lower: r.lower, upper: r.upper };
	};
	return { trainees: pick('trainees'), mentors: pick('mentors') };
}

// ---- The Diversity view (issue 3): each metric in its own module under diversity/. ----
import { retentionByGroupSql } from './diversity/retentionByGroup';
import type { MetricSql } from './metric-sql';
import { EMPTY_FILTER } from './population-filter';
import { accessGapSql } from './diversity/accessGap';
import { compositionSql } from './diversity/composition';
import { concordanceSql } from './diversity/concordance';
import { pairTypesSql } from './diversity/pairTypes';
import { urimByYearSql } from './diversity/urimByYear';

export { diversityComposition, compositionSql, COMPOSITION_POPULATIONS, type CompositionRow, type CompositionPopulation } from './diversity/composition';
export { activePairTypes, pairTypesSql, type PairTypeRow } from './diversity/pairTypes';
export { urimShareByYear, urimByYearSql, type UrimYearRow } from './diversity/urimByYear';
export { mentoringAccessGap, accessGapSql, type AccessGapRow } from './diversity/accessGap';
export {
	pairConcordance,
	concordanceSql,
	CONCORDANCE_DIMENSIONS,
	CONCORDANCE_CLASSES,
	type ConcordanceRow,
	type ConcordanceDimension,
	type ConcordanceClass
} from './diversity/concordance';
export {
	CATEGORIES,
	COMPOSITION_DIMENSIONS,
	GROUP_DIMENSIONS,
	DIMENSION_LABELS,
	NOT_REPORTED,
	MULTIPLE_RACES,
	categoryLabel,
	type CompositionDimension,
	type GroupDimension
} from './diversity/groups';

const WINDOW_PARAMETERS = [
	{ name: 'date range from (none: no limit)', default: 'NULL' },
	{ name: 'date range to (none: as_of)', default: 'NULL' }
] as const;

/** The Diversity view's metrics for the glossary, SQL shown with the empty filter. */
export const DIVERSITY_METRICS: readonly MetricSql[] = [
	{
		id: 'diversity-composition',
		title: 'Composition of active trainees and their mentors',
		definition:
			'Active trainees on the data date, and the mentors of their pairings in force then, by race/ethnicity ("in any of": a person selecting two categories counts in both, so shares can add to more than 100%), gender, URiM and first-generation status; unknowns shown as "Not reported".',
		parameters: [],
		sql: compositionSql(EMPTY_FILTER)
	},
	{
		id: 'diversity-pair-types',
		title: 'Active pairs by pair type',
		definition: "Pairings in force on the data date, by the mentee's category crossed with the mentor's (URiM, gender, first-generation).",
		parameters: [],
		sql: pairTypesSql(EMPTY_FILTER)
	},
	{
		id: 'diversity-urim-by-year',
		title: 'URiM share of trainees by cohort and of mentors by year',
		definition:
			'Trainees: URiM share of each entering cohort (all statuses). Mentors: URiM share of mentors with a pairing in force during the calendar year. Over people with known URiM status; Wilson 95% CI.',
		parameters: WINDOW_PARAMETERS,
		sql: urimByYearSql(EMPTY_FILTER)
	},
	{
		id: 'diversity-access-gap',
		title: 'Mentoring access gap: match rate and meeting frequency by group',
		definition:
			'Match rate: active trainees with a pairing in force on the data date, over active trainees of the group (Wilson 95% CI). Frequency: completed meetings per pairing-month over all matched pairings in the date range.',
		parameters: WINDOW_PARAMETERS,
		sql: accessGapSql(EMPTY_FILTER)
	},
	{
		id: 'diversity-concordance',
		title: 'Pair concordance and pair duration',
		definition:
			'Pairs whose mentee and mentor share URiM status or gender; Kaplan–Meier median months matched (ongoing pairs censored) and the share of ended pairings that ended early (Wilson 95% CI).',
		parameters: WINDOW_PARAMETERS,
		sql: concordanceSql(EMPTY_FILTER)
	},
	{
		id: 'diversity-retention-by-group',
		title: 'Retention by group',
		definition:
			'Every trainee of the population by URiM, gender and first-generation status, split into attrition (withdrawn or dismissed by the end of follow-up), completed (graduated or transferred) and still enrolled; a crude share, not a time-to-event estimate.',
		parameters: WINDOW_PARAMETERS.slice(1),
		sql: retentionByGroupSql(EMPTY_FILTER).sql
	}
];
