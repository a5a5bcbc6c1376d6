/**
 * Retention by group (LCME 3.3: "outcomes of retention" in the school's diversity
 * categories): every trainee of the filtered population, by URiM, gender or first-generation
 * status, split by how their enrollment stood at the end of follow-up.
 *
 *   attrition   withdrawn or dismissed on or before the end of follow-up (as_of, or the date
 *               range's end when earlier; retention/subjects.ts).
 *   completed   graduated or transferred by then: competing exits, never attrition.
 *   enrolled    everyone else: still enrolled (active, on leave), or left after the end.
 * attrition share = attrition / everyone in the group (a crude proportion, not a Kaplan–Meier
 * estimate: groups followed for different lengths of time compare only roughly; the
 * retention view's curves are the time-to-event answer). Unknown is its own group.
 */
import type { Connector } from '../../engine/connector';
import { compilePopulation, EMPTY_FILTER, type PopulationFilter } from '../population-filter';
import { ATTRITION_STATUSES } from '../../schema/tables';
import { endOfFollowUpSql } from '../retention/subjects';
import { categoryGridSql, GROUP_DIMENSIONS, groupSql, type GroupDimension } from './groups';

export const RETENTION_OUTCOMES = ['attrition', 'completed', 'enrolled'] as const;
export type RetentionOutcome = (typeof RETENTION_OUTCOMES)[number];

export interface GroupRetentionRow {
	dimension: GroupDimension;
	category: string;
	outcome: RetentionOutcome;
	count: number;
}

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

export function retentionByGroupSql(filter: PopulationFilter): { sql: string; params: unknown[] } {
	const population = compilePopulation(filter);
	const end = endOfFollowUpSql(filter);
	const unpivot = GROUP_DIMENSIONS.map((dim) => `SELECT '${dim}' AS dimension, ${groupSql(dim, 'd')} AS category, o.outcome FROM outcomes o LEFT JOIN demographics d ON d.person_id = o.person_id`).join('\n\tUNION ALL\n\t');
	const sql = `WITH ${population.cte},
params AS (SELECT ${end.sql} AS end_date),
outcomes AS (
	SELECT p.person_id,
		CASE WHEN p.exit_date IS NOT NULL AND p.exit_date <= params.end_date AND p.status IN (${quoted(ATTRITION_STATUSES)}) THEN 'attrition'
			WHEN p.exit_date IS NOT NULL AND p.exit_date <= params.end_date AND p.status IN ('graduated', 'transferred') THEN 'completed'
			ELSE 'enrolled' END AS outcome
	FROM people p, params
	WHERE p.person_id IN (SELECT person_id FROM population)
),
grouped AS (
	${unpivot}
),
counts AS (SELECT dimension, category, outcome, count(*) AS n FROM grouped GROUP BY ALL),
grid AS (
	SELECT g.dimension, g.category, g.ord, o.outcome, o.ord AS outcome_ord
	FROM ${categoryGridSql(GROUP_DIMENSIONS)} g(dimension, category, ord)
	CROSS JOIN (VALUES ${RETENTION_OUTCOMES.map((o, i) => `('${o}', ${i})`).join(', ')}) o(outcome, ord)
)
SELECT g.dimension, g.category, g.outcome, coalesce(c.n, 0) AS count
FROM grid g LEFT JOIN counts c ON c.dimension = g.dimension AND c.category = g.category AND c.outcome = g.outcome
ORDER BY g.dimension, g.ord, g.outcome_ord`;
	return { sql, params: [...population.params, ...end.params] };
}

export async function retentionByGroup(db: Connector, filter: PopulationFilter = EMPTY_FILTER): Promise<GroupRetentionRow[]> {
	const { sql, params } = retentionByGroupSql(filter);
	return db.query<GroupRetentionRow & Record<string, unknown>>(sql, params);
}
