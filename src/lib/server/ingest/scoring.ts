/**
 * Instrument scoring in SQL, defined once (instruments.ts rules as data, this one query).
 * Import uses it to fill survey_responses.score/flag; metric tests may reuse it to score a
 * hand-made fixture the same way.
 *
 * The rules go into a small table through parameters, so the SQL is fixed text: no
 * instrument id or threshold is ever spliced into it.
 */
import type { Instrument } from '$lib/instruments/instruments';

interface SqlRunner {
	query(sql: string, params?: readonly unknown[]): Promise<unknown[]>;
}

export interface ScoringTables {
	responses: string;
	items: string;
	rules: string;
}

export const CANONICAL_SCORING_TABLES: ScoringTables = {
	responses: 'survey_responses',
	items: 'survey_items',
	rules: 'instrument_rules'
};

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/i;

function ident(name: string): string {
	if (!IDENTIFIER.test(name)) throw new Error(`not a plain table name: ${name}`);
	return `"${name}"`;
}

export const CREATE_INSTRUMENT_RULES_SQL = (table = CANONICAL_SCORING_TABLES.rules) =>
	`CREATE OR REPLACE TABLE ${ident(table)} (instrument VARCHAR PRIMARY KEY, score_kind VARCHAR NOT NULL, min_answered INTEGER, score_item VARCHAR, flag_op VARCHAR, flag_threshold DOUBLE)`;

/** One parameter row per instrument, in CREATE_INSTRUMENT_RULES_SQL's column order. */
export function instrumentRuleParams(instrument: Instrument): unknown[] {
	const score = instrument.score;
	return [
		instrument.id,
		score.kind,
		score.kind === 'item' ? 1 : score.minAnswered,
		score.kind === 'item' ? score.item : null,
		instrument.flag?.op ?? null,
		instrument.flag?.threshold ?? null
	];
}

/** Create and fill the rules table on a connection. */
export async function createInstrumentRules(db: SqlRunner, instruments: readonly Instrument[], table = CANONICAL_SCORING_TABLES.rules): Promise<void> {
	await db.query(CREATE_INSTRUMENT_RULES_SQL(table));
	for (const instrument of instruments) {
		await db.query(`INSERT INTO ${ident(table)} VALUES (?, ?, ?, ?, ?, ?)`, instrumentRuleParams(instrument));
	}
}

/**
 * SELECT response_id, score, flag for every response whose instrument has a rule.
 * - sum / mean: null when fewer than min_answered items were answered (items absent from
 *   survey_items, e.g. Qualtrics -99, do not count);
 * - item: the value of that one item;
 * - flag: null when the score is null or the instrument has no flag rule.
 */
export function scoringSql(tables: ScoringTables = CANONICAL_SCORING_TABLES): string {
	const responses = ident(tables.responses);
	const items = ident(tables.items);
	const rules = ident(tables.rules);
	return `WITH scored AS (
	SELECT r.response_id, ru.flag_op, ru.flag_threshold,
		CASE ru.score_kind
			WHEN 'sum' THEN CASE WHEN count(i.value) >= ru.min_answered THEN sum(i.value) END
			WHEN 'mean' THEN CASE WHEN count(i.value) >= ru.min_answered THEN avg(i.value) END
			WHEN 'item' THEN max(i.value) FILTER (WHERE i.item = ru.score_item)
		END AS score
	FROM ${responses} r
	JOIN ${rules} ru ON ru.instrument = r.instrument
	LEFT JOIN ${items} i ON i.response_id = r.response_id
	GROUP BY r.response_id, ru.score_kind, ru.min_answered, ru.score_item, ru.flag_op, ru.flag_threshold
)
SELECT response_id, CAST(score AS DOUBLE) AS score,
	CASE
		WHEN score IS NULL OR flag_op IS NULL THEN NULL
		WHEN flag_op = '>=' THEN score >= flag_threshold
		WHEN flag_op = '>' THEN score > flag_threshold
		WHEN flag_op = '<' THEN score < flag_threshold
		WHEN flag_op = '<=' THEN score <= flag_threshold
	END AS flag
FROM scored`;
}

/** Fill survey_responses.score and .flag in place from the rules. */
export function applyScoresSql(tables: ScoringTables = CANONICAL_SCORING_TABLES): string {
	return `UPDATE ${ident(tables.responses)} AS t SET score = s.score, flag = s.flag
FROM (${scoringSql(tables)}) AS s WHERE t.response_id = s.response_id`;
}
