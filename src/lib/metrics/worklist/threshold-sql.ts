/**
 * The threshold table as SQL: a VALUES list of parameters (one row of defaults, one per
 * program that saved its own), resolved to one row per program of the people table. Column
 * names come from the fixed NUMERIC_FIELDS list; every value is a parameter.
 */
import { watchableInstruments, NUMERIC_FIELDS, type ThresholdTable, type WorklistThresholds } from './thresholds';

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Column name of a numeric threshold in the `limits` CTE, e.g. no_meeting_days. */
export const LIMIT_COLUMNS = Object.fromEntries(NUMERIC_FIELDS.map((f) => [f.key, snake(f.key)])) as Record<(typeof NUMERIC_FIELDS)[number]['key'], string>;

function scopes(table: ThresholdTable): [string | null, WorklistThresholds][] {
	return [[null, table.defaults], ...Object.entries(table.programs).sort(([a], [b]) => a.localeCompare(b))];
}

/**
 * CTEs `limits_given` and `limits(program_id, <every numeric threshold>)`: a program without
 * its own row takes the defaults (the row whose program_id is NULL).
 */
export function limitsCte(table: ThresholdTable): { cte: string; params: unknown[]; names: string[] } {
	const columns = NUMERIC_FIELDS.map((f) => LIMIT_COLUMNS[f.key]);
	const row = `(CAST(? AS VARCHAR), ${columns.map(() => 'CAST(? AS INTEGER)').join(', ')})`;
	const rows = scopes(table);
	const params = rows.flatMap(([program, t]) => [program, ...NUMERIC_FIELDS.map((f) => t[f.key])]);
	// NULL program: the defaults row.
	const names = rows.flatMap(() => ['program', ...columns]);
	const cte = `limits_given AS (
	SELECT * FROM (VALUES ${rows.map(() => row).join(', ')}) AS t(program_id, ${columns.join(', ')})
),
limits AS (
	SELECT pg.program_id, ${columns.map((c) => `coalesce(g.${c}, d.${c}) AS ${c}`).join(', ')}
	FROM (SELECT DISTINCT program_id FROM people) pg
	LEFT JOIN limits_given g ON g.program_id = pg.program_id
	CROSS JOIN (SELECT * FROM limits_given WHERE program_id IS NULL) d
)`;
	return { cte, params, names };
}

/**
 * CTEs `watch_given` and `watch(program_id, instrument, counts_flag, counts_worsening)`: for
 * every program and watchable instrument, whether its flag and its worsening list a trainee.
 */
export function wellbeingWatchCte(table: ThresholdTable): { cte: string; params: unknown[]; names: string[] } {
	const instruments = watchableInstruments().map((i) => i.id);
	const rows = scopes(table).flatMap(([program, t]) =>
		instruments.map((id) => [program, id, t.wellbeingFlags.includes(id), t.wellbeingWorsening.includes(id)])
	);
	const row = '(CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS BOOLEAN), CAST(? AS BOOLEAN))';
	const cte = `watch_given AS (
	SELECT * FROM (VALUES ${rows.map(() => row).join(', ')}) AS t(program_id, instrument, counts_flag, counts_worsening)
),
watch AS (
	SELECT pg.program_id, d.instrument,
		coalesce(g.counts_flag, d.counts_flag) AS counts_flag,
		coalesce(g.counts_worsening, d.counts_worsening) AS counts_worsening
	FROM (SELECT DISTINCT program_id FROM people) pg
	CROSS JOIN (SELECT * FROM watch_given WHERE program_id IS NULL) d
	LEFT JOIN watch_given g ON g.program_id = pg.program_id AND g.instrument = d.instrument
)`;
	const names = rows.flatMap(() => ['program', 'instrument', 'flag counts', 'worsening counts']);
	return { cte, params: rows.flat(), names };
}
