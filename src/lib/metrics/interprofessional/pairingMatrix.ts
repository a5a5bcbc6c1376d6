/**
 * Pairings by profession: how many matched pairings join a mentor of one profession to a
 * mentee of another (or the same). The diagonal is within-profession mentoring; everything
 * off it is cross-discipline (LCME 7.9).
 *
 * Counted: matched pairings (mentor assigned, matched_at ≤ as_of) whose mentee is in the
 * filtered population, and — when the filter has a date range — in force at some time
 * inside it (matched by its end, not ended before its start). A pairing is counted once,
 * in the cell (mentor profession, mentee profession).
 */
import type { Connector } from '../../engine/connector';
import { compilePopulation, type PopulationFilter } from '../population-filter';
import { EVENT_WINDOW_CTE, MATCHED_PAIRINGS_CTE, eventWindowParams } from './contacts';
import { matrixProfessions, type ProfessionCell } from './professions';

export interface PairingMatrix {
	/** Non-empty cells only; rowProfession = mentor, columnProfession = mentee. */
	cells: ProfessionCell[];
	/** Professions on either axis, canonical order. */
	professions: string[];
	/** Pairings counted (sum of the cells). */
	pairings: number;
	/** Of which the professions differ. */
	crossDiscipline: number;
	/** Distinct mentees behind the pairings. */
	mentees: number;
}

export function pairingMatrixSql(filter: PopulationFilter): { sql: string; params: unknown[] } {
	const population = compilePopulation(filter);
	const sql = `WITH ${population.cte},
${EVENT_WINDOW_CTE},
${MATCHED_PAIRINGS_CTE},
counted AS (
	SELECT mp.pairing_id, mp.mentee_id, mp.mentor_profession, mp.mentee_profession
	FROM matched_pairings mp CROSS JOIN event_window w
	WHERE mp.mentee_id IN (SELECT person_id FROM population)
		AND mp.span_from <= w.window_to AND mp.span_to >= w.window_from
)
SELECT grouping(mentor_profession, mentee_profession) = 0 AS is_cell,
	mentor_profession AS row_profession,
	mentee_profession AS column_profession,
	count(*) AS pairings,
	count(*) FILTER (WHERE mentor_profession <> mentee_profession) AS cross_discipline,
	count(DISTINCT mentee_id) AS mentees
FROM counted
GROUP BY GROUPING SETS ((mentor_profession, mentee_profession), ())
ORDER BY is_cell, row_profession, column_profession`;
	return { sql, params: [...population.params, ...eventWindowParams(filter)] };
}

interface Row extends Record<string, unknown> {
	is_cell: boolean;
	row_profession: string | null;
	column_profession: string | null;
	pairings: number;
	cross_discipline: number;
	mentees: number;
}

export async function pairingMatrix(db: Connector, filter: PopulationFilter): Promise<PairingMatrix> {
	const { sql, params } = pairingMatrixSql(filter);
	const rows = await db.query<Row>(sql, params);
	const total = rows.find((r) => !r.is_cell);
	const cells = rows
		.filter((r) => r.is_cell)
		.map((r) => ({ rowProfession: r.row_profession as string, columnProfession: r.column_profession as string, count: r.pairings }));
	return {
		cells,
		professions: matrixProfessions(cells),
		pairings: total?.pairings ?? 0,
		crossDiscipline: total?.cross_discipline ?? 0,
		mentees: total?.mentees ?? 0
	};
}
