/**
 * Who a report covers and who it leaves out, as counts: every trainee in the dataset falls
 * in exactly one row, checked in this order: included; in a program not chosen; at a
 * training level outside the population; not enrolled at any time in the period. The rows
 * add up to every trainee, so they are suppressed as one table like every other.
 */
import type { Connector } from '$lib/engine/connector';
import { compilePopulation, type PopulationFilter } from '$lib/metrics/population-filter';
import { TRAINEE_ROLE_SQL } from '$lib/metrics/population';
import type { CountTable } from './count-table';
import { SHARED } from './metrics/shared-keys';

export const POPULATION_ROWS = [
	['included', 'Included'],
	['other_program', 'Excluded: program not chosen'],
	['other_level', 'Excluded: training level outside the population'],
	['outside_period', 'Excluded: not enrolled at any time in the period']
] as const;

const list = (n: number) => Array.from({ length: n }, () => '?').join(', ');

export function populationCountsSql(filter: PopulationFilter): { sql: string; params: unknown[] } {
	const population = compilePopulation(filter);
	const programTest = filter.programs.length ? `p.program_id NOT IN (${list(filter.programs.length)})` : 'false';
	const levelTest = filter.levels.length ? `p.training_level IS NULL OR p.training_level NOT IN (${list(filter.levels.length)})` : 'false';
	const sql = `WITH ${population.cte}
SELECT CASE WHEN p.person_id IN (SELECT person_id FROM population) THEN 'included'
		WHEN ${programTest} THEN 'other_program'
		WHEN ${levelTest} THEN 'other_level'
		ELSE 'outside_period' END AS reason,
	count(*) AS n
FROM people p
WHERE p.${TRAINEE_ROLE_SQL}
GROUP BY ALL`;
	return { sql, params: [...population.params, ...filter.programs, ...filter.levels] };
}

export async function populationCounts(db: Connector, filter: PopulationFilter): Promise<CountTable> {
	const { sql, params } = populationCountsSql(filter);
	const rows = await db.query<{ reason: string; n: number }>(sql, params);
	return {
		rowHeader: 'Trainees in the dataset',
		rows: POPULATION_ROWS.map(([, label]) => label),
		countColumns: ['Trainees'],
		counts: POPULATION_ROWS.map(([key]) => [rows.find((r) => r.reason === key)?.n ?? 0]),
		margins: 'columns',
		// "Included" is the population every retention table adds up to.
		shared: [{ key: SHARED.population, entries: [[0, 0]] }],
		derived: []
	};
}
