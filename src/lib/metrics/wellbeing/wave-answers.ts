/**
 * The CTEs every well-being metric starts from, so "eligible", "respondent" and "answer"
 * mean the same on every card of the view (DOMAIN.md §3: say which denominator).
 *
 *   population   the shared filter's trainees (population-filter.ts), parameters first.
 *   params       the instrument id.
 *   waves        survey waves whose opens_on lies inside the filter's date range (all waves
 *                without one). A wave belongs to the range it opens in, because eligibility
 *                is judged on opens_on; clicking a wave sets the range to opens_on..closes_on.
 *   eligibility  (wave_id, opens_on, person_id): trainees of the population enrolled on the
 *                wave's opens_on — start_date ≤ opens_on and (exit_date NULL or > opens_on).
 *   answers      (wave_id, person_id, flag[, score]): one row per eligible trainee who answered
 *                the instrument in the wave. Responses from people not eligible (mentors,
 *                trainees who started later) are left out, so a rate never exceeds 100%.
 *                A person answering twice in a wave counts once: flagged when any answer is,
 *                with their most adverse score — the one that decides the flag — so score
 *                and flag never disagree.
 *   waves_answered  waves with any response to the instrument (from anyone): "latest wave"
 *                means the latest of these, the same under every filter.
 *
 * Identifiers come from code; the filter's values and the instrument are parameters.
 */
import { instrument as findInstrument, type Instrument } from '../../instruments/instruments';
import { compilePopulation, type PopulationFilter } from '../population-filter';

/** SQL and its positional parameters, in order. */
export interface WellbeingQuery {
	sql: string;
	params: unknown[];
}

/**
 * SQL aggregate picking a person's most adverse score in a wave: the highest where a high
 * score raises the flag (Mini-Z, PHQ-2, UCLA, WBI), the lowest where a low one does (WHO-5).
 */
export function adverseScoreAggregate(instrument: Instrument): 'max' | 'min' {
	return instrument.flag && (instrument.flag.op === '<' || instrument.flag.op === '<=') ? 'min' : 'max';
}

/** The instrument must exist and have a flag rule; otherwise there is no prevalence to show. */
export function flaggedInstrument(id: string): Instrument {
	const found = findInstrument(id);
	if (!found.flag) throw new Error(`instrument has no flag rule: ${id}`);
	return found;
}

export interface WaveAnswerCtes {
	/** `population AS (...), params AS (...), waves ..., answers ..., waves_answered ...` */
	ctes: string;
	params: unknown[];
}

/**
 * The shared CTEs. `score`: include a score column aggregated this way ('max' or 'min'),
 * or leave it out (prevalence needs only the flag).
 */
export function waveAnswerCtes(filter: PopulationFilter, instrumentId: string, score: 'max' | 'min' | null = null): WaveAnswerCtes {
	const population = compilePopulation(filter);
	const range: string[] = [];
	const rangeParams: unknown[] = [];
	if (filter.dateFrom !== null) {
		range.push('opens_on >= CAST(? AS DATE)');
		rangeParams.push(filter.dateFrom);
	}
	if (filter.dateTo !== null) {
		range.push('opens_on <= CAST(? AS DATE)');
		rangeParams.push(filter.dateTo);
	}
	const scoreColumn = score ? `,\n\t\t${score}(r.score) AS score` : '';
	const ctes = `${population.cte},
params AS (SELECT CAST(? AS VARCHAR) AS instrument),
waves AS (
	SELECT wave_id, label, opens_on, closes_on FROM survey_waves${range.length ? `\n\tWHERE ${range.join(' AND ')}` : ''}
),
eligibility AS (
	SELECT w.wave_id, w.opens_on, p.person_id
	FROM waves w
	JOIN people p ON p.start_date <= w.opens_on AND (p.exit_date IS NULL OR p.exit_date > w.opens_on)
	WHERE p.person_id IN (SELECT person_id FROM population)
),
answers AS (
	SELECT r.wave_id, r.person_id, bool_or(r.flag) AS flag${scoreColumn}
	FROM survey_responses r
	JOIN eligibility e ON e.wave_id = r.wave_id AND e.person_id = r.person_id
	WHERE r.instrument = (SELECT instrument FROM params)
	GROUP BY r.wave_id, r.person_id
),
waves_answered AS (
	SELECT DISTINCT wave_id FROM survey_responses WHERE instrument = (SELECT instrument FROM params)
)`;
	return { ctes, params: [...population.params, instrumentId, ...rangeParams] };
}

/**
 * Primary small-cell rule for a proportion shown to aggregate-only readers (DOMAIN.md §5,
 * CMS: counts 1–10 are never shown): a row is suppressed when its denominator, its numerator
 * or the complement (denominator − numerator) is 1..minCell−1, since a percentage and n give
 * away both counts. Zero is not a small group. Complementary suppression across rows is the
 * reviewer layer's job (src/lib/privacy/suppression.ts, issue 6).
 */
export function isSmallCell(numerator: number, denominator: number, minCell: number | undefined): boolean {
	if (minCell === undefined) return false;
	const small = (count: number) => count > 0 && count < minCell;
	return small(denominator) || small(numerator) || small(denominator - numerator);
}
