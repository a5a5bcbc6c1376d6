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
