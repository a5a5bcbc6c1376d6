/**
 * The counts behind every reviewer table, always with the program as the row dimension:
 * programs × categories. A reviewer's selection ("all programs" or one program) is then the
 * column totals or one row of a single table suppressed once (reviewer-tables.ts), which is
 * what keeps two selections from being subtracted (selection.ts explains why).
 *
 * The SQL reuses the views' definitions (metrics/population.ts, wellbeing/wave-answers.ts,
 * retention/subjects.ts), so "active trainee", "respondent" and "exit reason" mean here what
 * they mean on the pages; tests/unit/delivery checks the column totals against the metrics.
 */
import type { Connector } from '$lib/engine/connector';
import { EMPTY_FILTER, compilePopulation } from '$lib/metrics/population-filter';
import { ACTIVE_MENTORS_CTE, ACTIVE_TRAINEES_CTE, AS_OF_SQL, pairingActiveOnSql } from '$lib/metrics/population';
import { waveAnswerCtes } from '$lib/metrics/wellbeing/wave-answers';
import { DEFAULT_INSTRUMENT } from '$lib/metrics/wellbeing';
import { EXIT_REASON_SQL, EXIT_STATUSES, endOfFollowUpSql } from '$lib/metrics/retention/subjects';

export interface ProgramRow {
	id: string;
	/** null when people name a program missing from `programs`. */
	name: string | null;
}

/** One count per (program, column key); absent pairs are zero. */
export interface CountRow extends Record<string, unknown> {
	program_id: string;
	/** Column key; for two-part keys the parts are joined by COLUMN_KEY_SEPARATOR. */
	col: string;
	n: number;
}

export const COLUMN_KEY_SEPARATOR = '|';

/** Programs in `programs`, plus any program named on a person but missing there, so rows cover everyone. */
export const PROGRAM_ROWS_SQL = `SELECT program_id, name FROM programs
UNION ALL
SELECT DISTINCT program_id, NULL FROM people WHERE program_id NOT IN (SELECT program_id FROM programs)
ORDER BY program_id`;

export async function programRows(db: Connector): Promise<ProgramRow[]> {
	const rows = await db.query<{ program_id: string; name: string | null }>(PROGRAM_ROWS_SQL);
	return rows.map((r) => ({ id: r.program_id, name: r.name }));
}

/** Active trainees on as_of by home program and profession (Overview's headcount). */
export const HEADCOUNT_SQL = `WITH ${ACTIVE_TRAINEES_CTE}
SELECT program_id, profession AS col, count(*) AS n FROM active_trainees GROUP BY ALL`;

/** Active trainees with / without a pairing in force on as_of (metrics/mentoring.ts). */
export const COVERAGE_SQL = `WITH ${ACTIVE_TRAINEES_CTE}
SELECT t.program_id,
	CASE WHEN EXISTS (
		SELECT 1 FROM pairings pa WHERE pa.mentee_id = t.person_id AND ${pairingActiveOnSql('pa', AS_OF_SQL)}
	) THEN 'with_mentor' ELSE 'without_mentor' END AS col,
	count(*) AS n
FROM active_trainees t
GROUP BY ALL`;

/**
 * Respondents per wave with a scored flag, flagged or not (metrics/wellbeing.ts: n and
 * flagged). Parameters: those of waveAnswerCtes (instrument id).
 */
export function burnoutQuery(instrument = DEFAULT_INSTRUMENT): { sql: string; params: unknown[] } {
	const { ctes, params } = waveAnswerCtes(EMPTY_FILTER, instrument);
	const sql = `WITH ${ctes}
SELECT p.program_id, a.wave_id || '${COLUMN_KEY_SEPARATOR}' || CASE WHEN a.flag THEN 'flagged' ELSE 'not_flagged' END AS col, count(*) AS n
FROM answers a JOIN people p ON p.person_id = a.person_id
WHERE a.flag IS NOT NULL
GROUP BY ALL`;
	return { sql, params };
}

/** Waves in date order, for column order and labels. */
export const WAVES_SQL = `SELECT wave_id, label FROM survey_waves ORDER BY opens_on, wave_id`;

/** Active trainees and active mentors by URiM: yes, no, unknown (metrics/diversity.ts). */
export const URIM_SQL = `WITH ${ACTIVE_TRAINEES_CTE},
${ACTIVE_MENTORS_CTE},
populations AS (
	SELECT 'trainees' AS population, person_id, program_id FROM active_trainees
	UNION ALL
	SELECT 'mentors', person_id, program_id FROM active_mentors
)
SELECT pop.program_id,
	pop.population || '${COLUMN_KEY_SEPARATOR}' || CASE WHEN d.urim THEN 'urim' WHEN NOT d.urim THEN 'not_urim' ELSE 'unknown' END AS col,
	count(*) AS n
FROM populations pop
LEFT JOIN demographics d ON d.person_id = pop.person_id
GROUP BY ALL`;

/** Trainees who left by the data date, by exit reason and training level (retention/exitsByLevel.ts). */
export function exitsQuery(): { sql: string; params: unknown[] } {
	const population = compilePopulation(EMPTY_FILTER);
	const end = endOfFollowUpSql(EMPTY_FILTER);
	const sql = `WITH ${population.cte},
params AS (SELECT ${end.sql} AS end_date)
SELECT p.program_id, ${EXIT_REASON_SQL} || '${COLUMN_KEY_SEPARATOR}' || coalesce(p.training_level, 'unknown') AS col, count(*) AS n
FROM people p, params
WHERE p.person_id IN (SELECT person_id FROM population)
	AND p.status IN (${EXIT_STATUSES.map((s) => `'${s}'`).join(', ')})
	AND p.exit_date <= params.end_date
GROUP BY ALL`;
	return { sql, params: [...population.params, ...end.params] };
}

/**
 * programs × columns matrix of counts, columns in the given order (columns with no count
 * anywhere may be listed; they are zero).
 */
export function countMatrix(programs: readonly ProgramRow[], columns: readonly string[], rows: readonly CountRow[]): number[][] {
	const rowIndex = new Map(programs.map((p, i) => [p.id, i]));
	const colIndex = new Map(columns.map((c, j) => [c, j]));
	const matrix = programs.map(() => columns.map(() => 0));
	for (const r of rows) {
		const i = rowIndex.get(r.program_id);
		const j = colIndex.get(r.col);
		// Every person's program is a row (PROGRAM_ROWS_SQL); a column missing here is a caller bug.
		if (i === undefined || j === undefined) throw new Error(`count outside the table: program ${r.program_id}, column ${r.col}`);
		matrix[i][j] += r.n;
	}
	return matrix;
}
