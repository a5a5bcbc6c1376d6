/**
 * Exits by reason and training level: how many trainees left, why, and at which level
 * (the level recorded on the person, which for a leaver is the level they left at).
 * Attrition reasons and the competing exits (graduated, transferred) are both counted and
 * marked, so the table reads alongside the cumulative incidence chart.
 *
 * Counts only exits on or before the end of follow-up (as_of, or the filter's date range
 * end); the population filter has already dropped anyone who left before the range's start.
 * Counts are for row-level readers; a caller serving aggregate-only readers passes the rows
 * through small-cell suppression (privacy/suppression.ts) and sets `suppressed`.
 */
import type { Connector } from '../../engine/connector';
import { EMPTY_FILTER, compilePopulation, type PopulationFilter } from '../population-filter';
import type { BuiltSql } from '../retention';
import { ATTRITION_REASONS, EXIT_REASON_SQL, EXIT_STATUSES, endOfFollowUpSql, type ExitReason } from './subjects';

export interface ExitCount {
	reason: ExitReason;
	attrition: boolean;
	/** Training level, or "unknown" when not recorded. */
	level: string;
	count: number;
	/** Set by small-cell suppression: the count must not be shown. */
	suppressed?: boolean;
}

export function exitsByLevelSql(filter: PopulationFilter): BuiltSql {
	const population = compilePopulation(filter);
	const end = endOfFollowUpSql(filter);
	const sql = `WITH ${population.cte},
params AS (SELECT ${end.sql} AS end_date)
SELECT ${EXIT_REASON_SQL} AS reason, coalesce(p.training_level, 'unknown') AS level, count(*) AS count
FROM people p, params
WHERE p.person_id IN (SELECT person_id FROM population)
	AND p.status IN (${EXIT_STATUSES.map((s) => `'${s}'`).join(', ')})
	AND p.exit_date <= params.end_date
GROUP BY ALL
ORDER BY reason, level`;
	return { sql, params: [...population.params, ...end.params] };
}

const ATTRITION = new Set<string>(ATTRITION_REASONS);

export async function exitsByLevel(db: Connector, filter: PopulationFilter = EMPTY_FILTER): Promise<ExitCount[]> {
	const { sql, params } = exitsByLevelSql(filter);
	const rows = await db.query<{ reason: ExitReason; level: string; count: number }>(sql, params);
	return rows.map((r) => ({ reason: r.reason, attrition: ATTRITION.has(r.reason), level: r.level, count: r.count }));
}
