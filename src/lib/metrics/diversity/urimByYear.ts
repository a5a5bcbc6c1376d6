/**
 * URiM share among trainees and among mentors, year by year (LCME 3.3: trends of the
 * school's diversity categories for students and faculty).
 *
 * - Trainees: the entering class. Year = cohort_year; everyone in the filtered population
 *   with that cohort year, whatever their status now, because attrition would otherwise
 *   rewrite the composition of the class that was recruited.
 * - Mentors: decision (issue 3 left it open) — mentors active in calendar year Y, meaning
 *   with a pairing in force at some time during Y (matched on or before 31 Dec, not ended by
 *   1 Jan) with a trainee of the filtered population, whatever their status now. The year a
 *   mentor started says little about who mentored whom; who was mentoring that year does.
 *   The year is clipped to the filter's date range and to as_of.
 * Years shown: the cohort years of the filtered trainees (so the two series share an axis).
 * Share over people whose URiM status is known; unknowns reported beside it (as urimShares).
 * Wilson 95% intervals (wilson.ts).
 */
import type { Connector } from '../../engine/connector';
import { compilePopulation, EMPTY_FILTER, type PopulationFilter } from '../population-filter';
import { rateSql } from '../population';
import { wilsonBoundsSql } from '../wilson';
import { EVENT_WINDOW_CTE, eventWindowParams } from './scope';

export interface UrimYearRow {
	year: number;
	population: 'trainees' | 'mentors';
	urim: number;
	known: number;
	unknown: number;
	share: number | null;
	lower: number | null;
	upper: number | null;
}

const wilson = wilsonBoundsSql('urim', 'known');

export function urimByYearSql(filter: PopulationFilter): string {
	const { cte } = compilePopulation(filter);
	return `WITH ${cte},
${EVENT_WINDOW_CTE},
cohorts AS (
	SELECT p.cohort_year AS year, p.person_id FROM people p
	WHERE p.person_id IN (SELECT person_id FROM population) AND p.cohort_year IS NOT NULL
),
years AS (
	SELECT DISTINCT c.year,
		greatest(make_date(c.year, 1, 1), w.date_from) AS year_from,
		least(make_date(c.year, 12, 31), w.date_to) AS year_to
	FROM cohorts c, event_window w
),
mentoring_years AS (
	SELECT DISTINCT y.year, pa.mentor_id AS person_id
	FROM years y
	JOIN pairings pa ON pa.mentor_id IS NOT NULL
		AND pa.matched_at <= y.year_to
		AND (pa.ended_at IS NULL OR pa.ended_at > y.year_from)
	WHERE y.year_from <= y.year_to AND pa.mentee_id IN (SELECT person_id FROM population)
),
members AS (
	SELECT year, 'trainees' AS population, person_id FROM cohorts
	UNION ALL
	SELECT year, 'mentors', person_id FROM mentoring_years
),
grid AS (
	SELECT y.year, names.population FROM years y CROSS JOIN (VALUES ('trainees'), ('mentors')) names(population)
),
counts AS (
	SELECT g.year, g.population,
		count(*) FILTER (WHERE d.urim) AS urim,
		count(d.urim) AS known,
		count(m.person_id) FILTER (WHERE d.urim IS NULL) AS unknown
	FROM grid g
	LEFT JOIN members m ON m.year = g.year AND m.population = g.population
	LEFT JOIN demographics d ON d.person_id = m.person_id
	GROUP BY g.year, g.population
)
SELECT year, population, urim, known, unknown,
	${rateSql('urim', 'known')} AS share,
	${wilson.lower} AS lower,
	${wilson.upper} AS upper
FROM counts
ORDER BY year, population DESC`;
}

export async function urimShareByYear(db: Connector, filter: PopulationFilter = EMPTY_FILTER): Promise<UrimYearRow[]> {
	const params = [...compilePopulation(filter).params, ...eventWindowParams(filter)];
	return db.query<UrimYearRow & Record<string, unknown>>(urimByYearSql(filter), params);
}
