/**
 * Well-being flag (coordinator-facing: a flag, not a diagnosis), in the latest wave opened
 * by as_of, for active trainees:
 *  - the response carries the instrument's flag (scored at import by instruments.ts:
 *    Mayo WBI ≥ 5, PHQ-2 ≥ 3, WHO-5 raw < 13, Mini-Z ≥ 3, UCLA-3 ≥ 6), or
 *  - the score worsened by at least the instrument's meaningful change
 *    (instruments/meaningful-change.ts: Mayo WBI +2, WHO-5 −2.5 raw = −10 on 0–100) since
 *    the person's most recent earlier scored answer to the same instrument. A person who
 *    skipped a wave is compared with the wave before (named in the evidence); a person with
 *    no earlier answer is judged on the flag alone.
 * Which instruments' flags and worsenings count is the program's choice (thresholds.ts:
 * by default every flag but the Mini-Z burnout item's, and every defined worsening).
 * One row per person; each instrument that fires adds a sentence. High severity when any
 * counted flag fires, medium when the score only worsened.
 */
import type { Connector } from '../../engine/connector';
import { instrumentWatchRules, type InstrumentWatchRule } from '../../instruments/meaningful-change';
import { compilePopulation, EMPTY_FILTER, type PopulationFilter } from '../population-filter';
import { activeTraineeInPopulationSql, dateTextSql, daysToAsOfSql, LATEST_WAVE_CTE, scoreTextSql } from './sql-parts';
import { wellbeingWatchCte } from './threshold-sql';
import { DEFAULT_THRESHOLD_TABLE, type ThresholdTable } from './thresholds';
import type { WorklistFlag } from './types';

export function distressSql(
	filter: PopulationFilter = EMPTY_FILTER,
	thresholds: ThresholdTable = DEFAULT_THRESHOLD_TABLE,
	rules: readonly InstrumentWatchRule[] = instrumentWatchRules()
) {
	if (rules.length === 0) throw new Error('distress rule needs at least one instrument rule');
	const population = compilePopulation(filter);
	const watch = wellbeingWatchCte(thresholds);
	const ruleRows = rules.map(() => '(CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS DOUBLE), CAST(? AS INTEGER), CAST(? AS DOUBLE), CAST(? AS VARCHAR))').join(',\n\t');
	const ruleParams = rules.flatMap((r) => [r.instrument, r.name, r.scoreMax, r.direction, r.worsening, r.flagLabel]);
	const sql = `WITH ${population.cte},
${LATEST_WAVE_CTE},
${watch.cte},
rules AS (
	SELECT * FROM (VALUES
	${ruleRows}) AS t(instrument, name, score_max, direction, worsening, flag_label)
),
current_answers AS (
	SELECT r.person_id, p.program_id, r.instrument, r.score, r.flag, w.label, w.opens_on
	FROM survey_responses r
	JOIN latest_wave w ON w.wave_id = r.wave_id
	JOIN people p ON p.person_id = r.person_id
	WHERE r.score IS NOT NULL AND ${activeTraineeInPopulationSql('p')}
),
earlier_answers AS (
	SELECT r.person_id, r.instrument, r.score, w.label,
		row_number() OVER (PARTITION BY r.person_id, r.instrument ORDER BY w.opens_on DESC, w.wave_id DESC) AS rn
	FROM survey_responses r JOIN survey_waves w ON w.wave_id = r.wave_id, latest_wave l
	WHERE w.opens_on < l.opens_on AND r.score IS NOT NULL
),
judged AS (
	SELECT c.person_id, c.program_id, c.instrument, c.score, c.label, c.opens_on,
		ru.name, ru.score_max, ru.flag_label,
		e.score AS earlier_score, e.label AS earlier_label,
		coalesce(c.flag AND wa.counts_flag, false) AS flagged,
		coalesce(wa.counts_worsening AND ru.worsening IS NOT NULL AND e.score IS NOT NULL AND ru.direction * (c.score - e.score) >= ru.worsening, false) AS worsened
	FROM current_answers c
	JOIN rules ru ON ru.instrument = c.instrument
	LEFT JOIN watch wa ON wa.program_id = c.program_id AND wa.instrument = c.instrument
	LEFT JOIN earlier_answers e ON e.person_id = c.person_id AND e.instrument = c.instrument AND e.rn = 1
),
sentences AS (
	SELECT person_id, program_id, instrument, opens_on, flagged,
		name || ' ' || ${scoreTextSql('score')} || '/' || ${scoreTextSql('score_max')} || ' in the ' || label || ' wave'
		|| CASE WHEN flagged THEN ' (' || flag_label || ')' ELSE '' END
		|| CASE WHEN earlier_score IS NULL THEN ''
			ELSE ', ' || CASE WHEN score > earlier_score THEN 'up' WHEN score < earlier_score THEN 'down' ELSE 'unchanged' END
				|| ' from ' || ${scoreTextSql('earlier_score')} || ' in ' || earlier_label END AS sentence
	FROM judged
	WHERE flagged OR worsened
)
SELECT person_id, max(program_id) AS program_id, 'distress' AS reason,
	CASE WHEN bool_or(flagged) THEN 'high' ELSE 'medium' END AS severity,
	${dateTextSql('min(opens_on)')} AS since,
	${daysToAsOfSql('min(opens_on)')} AS days,
	string_agg(sentence, '; ' ORDER BY instrument) AS evidence
FROM sentences
GROUP BY person_id
ORDER BY person_id`;
	return { sql, params: [...population.params, ...watch.params, ...ruleParams] };
}

export async function distressFlags(
	db: Connector,
	filter?: PopulationFilter,
	thresholds?: ThresholdTable,
	rules?: readonly InstrumentWatchRule[]
): Promise<WorklistFlag[]> {
	const { sql, params } = distressSql(filter, thresholds, rules);
	return db.query<WorklistFlag & Record<string, unknown>>(sql, params);
}
