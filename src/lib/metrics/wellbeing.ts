/**
 * Prevalence of an instrument's flag (burnout by default) per survey wave, with Wilson 95%
 * CIs and the response rate beside it (DOMAIN.md §3: low response biases prevalence, show it).
 *
 * Definitions, per wave (shared CTEs and their meaning: wellbeing/wave-answers.ts):
 *   eligible     trainees of the filtered population enrolled on opens_on: start_date ≤ opens_on
 *                and (exit_date NULL or exit_date > opens_on). Denominator of the response rate.
 *   respondents  eligible trainees with any response to the instrument in the wave; a person
 *                answering twice counts once. Responses from people not eligible (mentors,
 *                trainees who started after opens_on) are left out, so the rate never exceeds
 *                100% and prevalence describes the same population as its denominator.
 *   n            respondents whose flag is not NULL (enough items answered to score).
 *   flagged      respondents flagged (flagged in any of their responses that wave).
 *   prevalence   flagged / n, NULL when n = 0; response_rate respondents / eligible, NULL when
 *                nobody is eligible.
 * Under a date range only waves opening inside it are reported.
 */
import type { Connector } from '../engine/connector';
import { EMPTY_FILTER, type PopulationFilter } from './population-filter';
import { rateSql } from './population';
import { flaggedInstrument, isSmallCell, waveAnswerCtes, type WellbeingQuery } from './wellbeing/wave-answers';
import { wilsonBoundsSql } from './wilson';

export interface WaveFlagPrevalence {
	waveId: string;
	label: string;
	/** yyyy-mm-dd */
	opensOn: string;
	/** yyyy-mm-dd */
	closesOn: string;
	eligible: number;
	respondents: number;
	n: number;
	flagged: number;
	prevalence: number | null;
	lower: number | null;
	upper: number | null;
	responseRate: number | null;
	/** Anyone (filtered or not) answered the instrument in this wave. */
	hasResponses: boolean;
	/** Set only when options.minCell is given: the row is hidden under the small-cell rule. */
	suppressed?: boolean;
}

export interface BurnoutOptions {
	/** Instrument id from src/lib/instruments (default: the Mini-Z burnout item). */
	instrument?: string;
	/** The shared filter (default: every trainee). */
	filter?: PopulationFilter;
	/** Small-cell threshold for aggregate-only readers (DOMAIN.md §5); default none. */
	minCell?: number;
}

export const DEFAULT_INSTRUMENT = 'mini_z_burnout';

const wilson = wilsonBoundsSql('flagged', 'n');

function byWaveCtes(filter: PopulationFilter, instrumentId: string): { ctes: string; params: unknown[] } {
	const shared = waveAnswerCtes(filter, instrumentId);
	const ctes = `${shared.ctes},
eligible_counts AS (
	SELECT wave_id, count(*) AS eligible FROM eligibility GROUP BY wave_id
),
answer_counts AS (
	SELECT wave_id, count(*) AS respondents, count(flag) AS n, count(*) FILTER (WHERE flag) AS flagged
	FROM answers
	GROUP BY wave_id
),
by_wave AS (
	SELECT w.wave_id, w.label, w.opens_on, w.closes_on,
		coalesce(e.eligible, 0) AS eligible,
		coalesce(a.respondents, 0) AS respondents,
		coalesce(a.n, 0) AS n,
		coalesce(a.flagged, 0) AS flagged,
		wa.wave_id IS NOT NULL AS has_responses
	FROM waves w
	LEFT JOIN eligible_counts e ON e.wave_id = w.wave_id
	LEFT JOIN answer_counts a ON a.wave_id = w.wave_id
	LEFT JOIN waves_answered wa ON wa.wave_id = w.wave_id
)`;
	return { ctes, params: shared.params };
}

const COLUMNS = `wave_id, label, CAST(opens_on AS VARCHAR) AS opens_on, CAST(closes_on AS VARCHAR) AS closes_on,
	eligible, respondents, n, flagged,
	${rateSql('flagged', 'n')} AS prevalence,
	${wilson.lower} AS lower,
	${wilson.upper} AS upper,
	${rateSql('respondents', 'eligible')} AS response_rate,
	has_responses`;

/** Every wave in the filter's date range, oldest first. */
export function flagPrevalenceByWaveQuery(filter: PopulationFilter, instrumentId: string): WellbeingQuery {
	const { ctes, params } = byWaveCtes(filter, instrumentId);
	return { sql: `WITH ${ctes}\nSELECT ${COLUMNS}\nFROM by_wave\nORDER BY by_wave.opens_on, wave_id`, params };
}

/**
 * The latest wave (greatest opens_on) among waves in range with any response to the instrument.
 * QUALIFY rather than ORDER BY … LIMIT 1: duckdb-wasm 1.32 (DuckDB 1.4.3) returned no row
 * for the LIMIT form of this query as a prepared statement (tests/unit/metrics runs both).
 */
export function latestWaveFlagPrevalenceQuery(filter: PopulationFilter, instrumentId: string): WellbeingQuery {
	const { ctes, params } = byWaveCtes(filter, instrumentId);
	return {
		sql: `WITH ${ctes}\nSELECT ${COLUMNS}\nFROM by_wave\nWHERE has_responses\nQUALIFY row_number() OVER (ORDER BY by_wave.opens_on DESC, wave_id DESC) = 1`,
		params
	};
}

/** Every wave, oldest first, for the whole population. Parameter: instrument id. */
export const FLAG_PREVALENCE_BY_WAVE_SQL = flagPrevalenceByWaveQuery(EMPTY_FILTER, DEFAULT_INSTRUMENT).sql;

/** The latest wave with responses, for the whole population. Parameter: instrument id. */
export const LATEST_WAVE_FLAG_PREVALENCE_SQL = latestWaveFlagPrevalenceQuery(EMPTY_FILTER, DEFAULT_INSTRUMENT).sql;

interface Row extends Record<string, unknown> {
	wave_id: string;
	label: string;
	opens_on: string;
	closes_on: string;
	eligible: number;
	respondents: number;
	n: number;
	flagged: number;
	prevalence: number | null;
	lower: number | null;
	upper: number | null;
	response_rate: number | null;
	has_responses: boolean;
}

function toWave(r: Row, minCell: number | undefined): WaveFlagPrevalence {
	const wave: WaveFlagPrevalence = {
		waveId: r.wave_id,
		label: r.label,
		opensOn: r.opens_on,
		closesOn: r.closes_on,
		eligible: r.eligible,
		respondents: r.respondents,
		n: r.n,
		flagged: r.flagged,
		prevalence: r.prevalence,
		lower: r.lower,
		upper: r.upper,
		responseRate: r.response_rate,
		hasResponses: r.has_responses
	};
	if (minCell !== undefined) wave.suppressed = isSmallCell(r.flagged, r.n, minCell) || isSmallCell(r.respondents, r.eligible, minCell);
	return wave;
}

/** Prevalence and response rate per wave for the filtered population (the view's signature). */
export async function flagPrevalenceByWave(
	db: Connector,
	filter: PopulationFilter,
	options: Omit<BurnoutOptions, 'filter'> = {}
): Promise<WaveFlagPrevalence[]> {
	const id = flaggedInstrument(options.instrument ?? DEFAULT_INSTRUMENT).id;
	const { sql, params } = flagPrevalenceByWaveQuery(filter, id);
	const rows = await db.query<Row>(sql, params);
	return rows.map((r) => toWave(r, options.minCell));
}

export async function burnoutByWave(db: Connector, options: BurnoutOptions = {}): Promise<WaveFlagPrevalence[]> {
	return flagPrevalenceByWave(db, options.filter ?? EMPTY_FILTER, options);
}

/** NULL when no wave (in range) has a response to the instrument yet. */
export async function latestWaveBurnout(db: Connector, options: BurnoutOptions = {}): Promise<WaveFlagPrevalence | null> {
	const id = flaggedInstrument(options.instrument ?? DEFAULT_INSTRUMENT).id;
	const { sql, params } = latestWaveFlagPrevalenceQuery(options.filter ?? EMPTY_FILTER, id);
	const rows = await db.query<Row>(sql, params);
	return rows.length ? toWave(rows[0], options.minCell) : null;
}
