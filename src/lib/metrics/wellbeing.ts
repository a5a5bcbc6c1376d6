/**
 * Prevalence of an instrument's flag (burnout by default) per survey wave, with Wilson 95%
 * CIs and the response rate beside it (DOMAIN.md §3: low response biases prevalence, show it).
 *
 * Definitions, per wave:
 *   eligible     trainees enrolled on opens_on: start_date ≤ opens_on and (exit_date NULL or
 *                exit_date > opens_on). Denominator of the response rate (DOMAIN.md §3).
 *   respondents  eligible trainees with any response to the instrument in the wave; a person
 *                answering twice counts once. Responses from people not eligible (mentors,
 *                trainees who started after opens_on) are left out, so the rate never exceeds
 *                100% and prevalence describes the same population as its denominator.
 *   n            respondents whose flag is not NULL (enough items answered to score).
 *   flagged      respondents flagged (flagged in any of their responses that wave).
 *   prevalence   flagged / n, NULL when n = 0; response_rate respondents / eligible, NULL when
 *                nobody is eligible.
 */
import type { Connector } from '../engine/connector';
import { instrument as findInstrument } from '../instruments/instruments';
import { TRAINEE_ROLE_SQL, rateSql } from './population';
import { wilsonBoundsSql } from './wilson';

export interface WaveFlagPrevalence {
	waveId: string;
	label: string;
	/** yyyy-mm-dd */
	opensOn: string;
	eligible: number;
	respondents: number;
	n: number;
	flagged: number;
	prevalence: number | null;
	lower: number | null;
	upper: number | null;
	responseRate: number | null;
}

export interface BurnoutOptions {
	/** Instrument id from src/lib/instruments (default: the Mini-Z burnout item). */
	instrument?: string;
}

const wilson = wilsonBoundsSql('flagged', 'n');

/** CTE `by_wave`; parameter: instrument id. */
const BY_WAVE_CTES = `params AS (SELECT CAST(? AS VARCHAR) AS instrument),
trainees AS (
	SELECT person_id, start_date, exit_date FROM people WHERE ${TRAINEE_ROLE_SQL}
),
eligibility AS (
	SELECT w.wave_id, t.person_id
	FROM survey_waves w
	JOIN trainees t ON t.start_date <= w.opens_on AND (t.exit_date IS NULL OR t.exit_date > w.opens_on)
),
answers AS (
	SELECT r.wave_id, r.person_id, bool_or(r.flag) AS flag
	FROM survey_responses r
	JOIN eligibility e ON e.wave_id = r.wave_id AND e.person_id = r.person_id
	WHERE r.instrument = (SELECT instrument FROM params)
	GROUP BY r.wave_id, r.person_id
),
eligible_counts AS (
	SELECT wave_id, count(*) AS eligible FROM eligibility GROUP BY wave_id
),
answer_counts AS (
	SELECT wave_id, count(*) AS respondents, count(flag) AS n, count(*) FILTER (WHERE flag) AS flagged
	FROM answers
	GROUP BY wave_id
),
waves_answered AS (
	SELECT DISTINCT wave_id FROM survey_responses WHERE instrument = (SELECT instrument FROM params)
),
by_wave AS (
	SELECT w.wave_id, w.label, w.opens_on,
		coalesce(e.eligible, 0) AS eligible,
		coalesce(a.respondents, 0) AS respondents,
		coalesce(a.n, 0) AS n,
		coalesce(a.flagged, 0) AS flagged,
		wa.wave_id IS NOT NULL AS has_responses
	FROM survey_waves w
	LEFT JOIN eligible_counts e ON e.wave_id = w.wave_id
	LEFT JOIN answer_counts a ON a.wave_id = w.wave_id
	LEFT JOIN waves_answered wa ON wa.wave_id = w.wave_id
)`;

const COLUMNS = `wave_id, label, CAST(opens_on AS VARCHAR) AS opens_on,
	eligible, respondents, n, flagged,
	${rateSql('flagged', 'n')} AS prevalence,
	${wilson.lower} AS lower,
	${wilson.upper} AS upper,
	${rateSql('respondents', 'eligible')} AS response_rate`;

/** Every wave, oldest first. Parameter: instrument id. */
export const FLAG_PREVALENCE_BY_WAVE_SQL = `WITH ${BY_WAVE_CTES}
SELECT ${COLUMNS}
FROM by_wave
ORDER BY by_wave.opens_on, wave_id`;

/**
 * The latest wave (greatest opens_on) among waves with any response to the instrument.
 * QUALIFY rather than ORDER BY … LIMIT 1: duckdb-wasm 1.32 (DuckDB 1.4.3) returned no row
 * for the LIMIT form of this query as a prepared statement (tests/unit/metrics runs both).
 */
export const LATEST_WAVE_FLAG_PREVALENCE_SQL = `WITH ${BY_WAVE_CTES}
SELECT ${COLUMNS}
FROM by_wave
WHERE has_responses
QUALIFY row_number() OVER (ORDER BY by_wave.opens_on DESC, wave_id DESC) = 1`;

interface Row extends Record<string, unknown> {
	wave_id: string;
	label: string;
	opens_on: string;
	eligible: number;
	respondents: number;
	n: number;
	flagged: number;
	prevalence: number | null;
	lower: number | null;
	upper: number | null;
	response_rate: number | null;
}

const toWave = (r: Row): WaveFlagPrevalence => ({
	waveId: r.wave_id,
	label: r.label,
	opensOn: r.opens_on,
	eligible: r.eligible,
	respondents: r.respondents,
	n: r.n,
	flagged: r.flagged,
	prevalence: r.prevalence,
	lower: r.lower,
	upper: r.upper,
	responseRate: r.response_rate
});

/** The instrument must exist and have a flag rule; otherwise there is no prevalence to show. */
function flaggedInstrument(id: string): string {
	const found = findInstrument(id);
	if (!found.flag) throw new Error(`instrument has no flag rule: ${id}`);
	return found.id;
}

export async function burnoutByWave(db: Connector, options: BurnoutOptions = {}): Promise<WaveFlagPrevalence[]> {
	const id = flaggedInstrument(options.instrument ?? 'mini_z_burnout');
	const rows = await db.query<Row>(FLAG_PREVALENCE_BY_WAVE_SQL, [id]);
	return rows.map(toWave);
}

/** NULL when no wave has a response to the instrument yet. */
export async function latestWaveBurnout(db: Connector, options: BurnoutOptions = {}): Promise<WaveFlagPrevalence | null> {
	const id = flaggedInstrument(options.instrument ?? 'mini_z_burnout');
	const rows = await db.query<Row>(LATEST_WAVE_FLAG_PREVALENCE_SQL, [id]);
	return rows.length ? toWave(rows[0]) : null;
}
