/**
 * Active pairs by pair type: the mentee's category crossed with the mentor's, for URiM,
 * gender and first-generation status. Decision (issue 3 left it open): pairs are described
 * as pair types rather than by counting each side apart, because a pair is one
 * relationship, and "URiM mentee with a non-URiM mentor" is what a dean asks about; each
 * side's own composition is already on the trainee and mentor charts.
 *
 * Active pair: scope.ts (in force on as_of, mentee an active trainee in the filtered
 * population). A pair where either side is unknown keeps that side "not_reported".
 */
import type { Connector } from '../../engine/connector';
import { compilePopulation, EMPTY_FILTER, type PopulationFilter } from '../population-filter';
import { rateSql } from '../population';
import { GROUP_DIMENSIONS, groupSql, type GroupDimension } from './groups';
import { ACTIVE_PAIRS_CTE, SCOPE_TRAINEES_CTE } from './scope';

export interface PairTypeRow {
	dimension: GroupDimension;
	menteeCategory: string;
	mentorCategory: string;
	pairs: number;
	/** Active pairs whose mentee is in menteeCategory. */
	menteeTotal: number;
	/** pairs / menteeTotal: of the mentees in this group, the share with this kind of mentor. */
	share: number | null;
}

export function pairTypesSql(filter: PopulationFilter): string {
	const { cte } = compilePopulation(filter);
	const sides = GROUP_DIMENSIONS.map((dim) => `${groupSql(dim, 'dm')} AS mentee_${dim}, ${groupSql(dim, 'dr')} AS mentor_${dim}`).join(',\n\t\t');
	const byDimension = GROUP_DIMENSIONS.map(
		(dim) => `SELECT '${dim}' AS dimension, mentee_${dim} AS mentee_category, mentor_${dim} AS mentor_category, count(*) AS pairs
	FROM pair_sides GROUP BY ALL`
	).join('\n\tUNION ALL\n\t');
	return `WITH ${cte},
${SCOPE_TRAINEES_CTE},
${ACTIVE_PAIRS_CTE},
pair_sides AS (
	SELECT ap.pairing_id,
		${sides}
	FROM active_pairs ap
	LEFT JOIN demographics dm ON dm.person_id = ap.mentee_id
	LEFT JOIN demographics dr ON dr.person_id = ap.mentor_id
),
types AS (
	${byDimension}
),
with_totals AS (
	SELECT dimension, mentee_category, mentor_category, pairs,
		sum(pairs) OVER (PARTITION BY dimension, mentee_category) AS mentee_total
	FROM types
)
SELECT dimension, mentee_category AS "menteeCategory", mentor_category AS "mentorCategory", pairs,
	CAST(mentee_total AS BIGINT) AS "menteeTotal",
	${rateSql('pairs', 'mentee_total')} AS share
FROM with_totals
ORDER BY dimension, mentee_category, mentor_category`;
}

export async function activePairTypes(db: Connector, filter: PopulationFilter = EMPTY_FILTER): Promise<PairTypeRow[]> {
	return db.query<PairTypeRow & Record<string, unknown>>(pairTypesSql(filter), compilePopulation(filter).params);
}
