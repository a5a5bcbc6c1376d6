/**
 * SQL fragments shared by the worklist rules, so every rule words dates and scores the same way.
 */
import { AS_OF_SQL, TRAINEE_ROLE_SQL, ACTIVE_STATUS_SQL } from '../population';

export { AS_OF_SQL };

/** Whole days from `from` to as_of (0 on as_of itself). */
export function daysToAsOfSql(from: string): string {
	return `date_diff('day', ${from}, ${AS_OF_SQL})`;
}

/** A date as yyyy-mm-dd text. */
export function dateTextSql(expr: string): string {
	return `CAST(${expr} AS VARCHAR)`;
}

/** A score as short text: 5 rather than 5.0, one decimal otherwise. */
export function scoreTextSql(expr: string): string {
	return `(CASE WHEN ${expr} = round(${expr}) THEN CAST(CAST(${expr} AS BIGINT) AS VARCHAR) ELSE CAST(round(${expr}, 1) AS VARCHAR) END)`;
}

/** Trainees the worklist cares about: enrolled (status active on as_of) and in the filtered population. */
export function activeTraineeInPopulationSql(alias: string): string {
	return `(${alias}.${TRAINEE_ROLE_SQL} AND ${alias}.${ACTIVE_STATUS_SQL} AND ${alias}.person_id IN (SELECT person_id FROM population))`;
}

/** The latest survey wave that has opened by as_of (ties broken by id, so the choice is stable). */
export const LATEST_WAVE_CTE = `latest_wave AS (
	SELECT wave_id, label, opens_on, closes_on FROM survey_waves
	WHERE opens_on <= ${AS_OF_SQL}
	ORDER BY opens_on DESC, wave_id DESC
	LIMIT 1
)`;
