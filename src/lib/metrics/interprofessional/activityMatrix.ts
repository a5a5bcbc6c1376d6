/**
 * IPE activity co-attendance by profession, counted as activities, not person-pairs:
 * cell (A, B) is the number of activities where both A and B were present; the diagonal
 * (A, A) is the number of activities A was present at. "12 activities brought MD and
 * PharmD together" reads directly, where person-pair counts grow with the square of
 * attendance and mostly measure the size of the room.
 *
 * Counted: IPE activities held inside the event window (the filter's date range, never
 * after as_of) that at least one trainee of the filtered population attended. Professions
 * present come from every attendee of the activity, mentors and faculty included, so the
 * matrix says whom the selected trainees met. The matrix is symmetric.
 */
import type { Connector } from '../../engine/connector';
import { compilePopulation, type PopulationFilter } from '../population-filter';
import { HELD_ACTIVITY_PROFESSIONS_CTE, EVENT_WINDOW_CTE, eventWindowParams } from './contacts';
import { matrixProfessions, type ProfessionCell } from './professions';

export interface ActivityMatrix {
	/** Non-empty cells, both (A, B) and (B, A); the diagonal counts activities with A present. */
	cells: ProfessionCell[];
	professions: string[];
	/** Activities counted. */
	activities: number;
	/** Of which more than one profession was present. */
	interprofessional: number;
	/** Distinct trainees of the population who attended them. */
	attendees: number;
}

export function activityMatrixSql(filter: PopulationFilter): { sql: string; params: unknown[] } {
	const population = compilePopulation(filter);
	const sql = `WITH ${population.cte},
${EVENT_WINDOW_CTE},
${HELD_ACTIVITY_PROFESSIONS_CTE},
attended AS (
	SELECT DISTINCT ap.activity_id, att.person_id
	FROM held_activity_professions ap
	JOIN ipe_attendance att ON att.activity_id = ap.activity_id
	CROSS JOIN event_window w
	WHERE att.person_id IN (SELECT person_id FROM population)
		AND ap.date BETWEEN w.window_from AND w.window_to
),
present AS (
	SELECT activity_id, profession FROM held_activity_professions
	WHERE activity_id IN (SELECT activity_id FROM attended)
),
cells AS (
	SELECT x.profession AS row_profession, y.profession AS column_profession, count(*) AS activities
	FROM present x JOIN present y ON x.activity_id = y.activity_id
	GROUP BY x.profession, y.profession
),
totals AS (
	SELECT (SELECT count(DISTINCT activity_id) FROM attended) AS activities,
		(SELECT count(*) FROM (SELECT activity_id FROM present GROUP BY activity_id HAVING count(*) > 1)) AS interprofessional,
		(SELECT count(DISTINCT person_id) FROM attended) AS attendees
)
SELECT true AS is_cell, row_profession, column_profession, activities, NULL AS interprofessional, NULL AS attendees FROM cells
UNION ALL
SELECT false, NULL, NULL, activities, interprofessional, attendees FROM totals
ORDER BY is_cell, row_profession, column_profession`;
	return { sql, params: [...population.params, ...eventWindowParams(filter)] };
}

interface Row extends Record<string, unknown> {
	is_cell: boolean;
	row_profession: string | null;
	column_profession: string | null;
	activities: number;
	interprofessional: number | null;
	attendees: number | null;
}

export async function activityMatrix(db: Connector, filter: PopulationFilter): Promise<ActivityMatrix> {
	const { sql, params } = activityMatrixSql(filter);
	const rows = await db.query<Row>(sql, params);
	const total = rows.find((r) => !r.is_cell);
	const cells = rows
		.filter((r) => r.is_cell)
		.map((r) => ({ rowProfession: r.row_profession as string, columnProfession: r.column_profession as string, count: r.activities }));
	return {
		cells,
		professions: matrixProfessions(cells),
		activities: total?.activities ?? 0,
		interprofessional: total?.interprofessional ?? 0,
		attendees: total?.attendees ?? 0
	};
}
