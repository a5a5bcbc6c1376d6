/**
 * Suggested mentors for one trainee, best first, each with its score broken down
 * (weights.ts). Suggestions only: nothing here writes.
 *
 * Candidates are active mentors (role mentor or both, never the trainee themself) with a
 * recorded capacity and at least one free place on as_of (mentors/load.ts), who have never
 * been paired with this trainee before (a pair that already ended is not a fresh start).
 * By default they serve the trainee's own program; with `crossDiscipline` the coordinator
 * deliberately seeks a mentor of another profession, so mentors of every program in the
 * user's data are candidates and a different profession scores instead of the same one.
 *
 * Order: score, then more free places, then person_id, so equal scores always come out in
 * the same order. Scores are rounded to 6 decimals before ordering, so both engines' float
 * sums rank alike.
 */
import type { Connector } from '../../engine/connector';
import { ACTIVE_STATUS_SQL, MENTOR_ROLE_SQL } from '../population';
import { MENTOR_LOAD_CTE, MENTOR_RECORD_CTE } from '../mentors/load';
import type { MetricSql } from '../metric-sql';
import { componentWeight, MATCH_COMPONENTS, NO_RECORD_VALUE } from './weights';

export interface MatchOptions {
	crossDiscipline: boolean;
	/** Most suggestions returned. */
	limit: number;
}

export const DEFAULT_MATCH_OPTIONS: Readonly<MatchOptions> = Object.freeze({ crossDiscipline: false, limit: 10 });

export interface SuggestedMatch {
	rank: number;
	mentor_id: string;
	display_name: string | null;
	program_id: string;
	profession: string;
	specialty: string | null;
	capacity: number;
	active_mentees: number;
	free_places: number;
	ended_pairings: number;
	ended_early: number;
	/** Component values, 0–1. */
	specialty_match: number;
	profession_match: number;
	concordance_match: number;
	load_room: number;
	record: number;
	/** Points: weight × value, and their sum (0–100). */
	specialty_points: number;
	profession_points: number;
	concordance_points: number;
	load_points: number;
	record_points: number;
	score: number;
}

const norm = (expr: string) => `lower(trim(${expr}))`;

export const SUGGESTED_MATCHES_SQL = `WITH ${MENTOR_LOAD_CTE},
${MENTOR_RECORD_CTE},
settings AS (
	SELECT CAST(? AS VARCHAR) AS trainee_id, CAST(? AS BOOLEAN) AS cross_discipline, CAST(? AS INTEGER) AS max_rows,
		CAST(? AS DOUBLE) AS w_specialty, CAST(? AS DOUBLE) AS w_profession, CAST(? AS DOUBLE) AS w_concordance,
		CAST(? AS DOUBLE) AS w_load, CAST(? AS DOUBLE) AS w_record, CAST(? AS DOUBLE) AS no_record
),
trainee AS (
	SELECT p.person_id, p.program_id, p.profession, p.specialty_interest
	FROM people p, settings s WHERE p.person_id = s.trainee_id
),
candidates AS (
	SELECT m.person_id AS mentor_id, m.display_name, m.program_id, m.profession, m.specialty_interest AS specialty,
		m.mentor_capacity AS capacity, CAST(coalesce(l.mentees, 0) AS INTEGER) AS active_mentees,
		CAST(coalesce(r.ended, 0) AS INTEGER) AS ended_pairings, CAST(coalesce(r.ended_early, 0) AS INTEGER) AS ended_early,
		-- Literals typed DOUBLE: an untyped 1.0 is DECIMAL, which duckdb-wasm returns as raw words.
		CAST(CASE WHEN t.specialty_interest IS NULL OR ${norm('t.specialty_interest')} IN ('', 'undecided') THEN 0
			WHEN ${norm('m.specialty_interest')} = ${norm('t.specialty_interest')} THEN 1 ELSE 0 END AS DOUBLE) AS specialty_match,
		CASE WHEN s.cross_discipline THEN CAST(m.profession <> t.profession AS DOUBLE)
			ELSE CAST(m.profession = t.profession AS DOUBLE) END AS profession_match,
		CAST(0 AS DOUBLE) AS concordance_match,
		CAST(m.mentor_capacity - coalesce(l.mentees, 0) AS DOUBLE) / m.mentor_capacity AS load_room,
		CASE WHEN coalesce(r.ended, 0) = 0 THEN s.no_record ELSE 1 - CAST(r.ended_early AS DOUBLE) / r.ended END AS record
	FROM people m
	CROSS JOIN trainee t
	CROSS JOIN settings s
	LEFT JOIN mentor_load l ON l.mentor_id = m.person_id
	LEFT JOIN mentor_record r ON r.mentor_id = m.person_id
	WHERE m.${MENTOR_ROLE_SQL} AND m.${ACTIVE_STATUS_SQL}
		AND m.person_id <> t.person_id
		AND m.mentor_capacity IS NOT NULL AND m.mentor_capacity > coalesce(l.mentees, 0)
		AND (s.cross_discipline OR m.program_id = t.program_id)
		AND NOT EXISTS (SELECT 1 FROM pairings pr WHERE pr.mentor_id = m.person_id AND pr.mentee_id = t.person_id)
),
scored AS (
	SELECT c.*, c.capacity - c.active_mentees AS free_places,
		round(s.w_specialty * c.specialty_match, 6) AS specialty_points,
		round(s.w_profession * c.profession_match, 6) AS profession_points,
		round(s.w_concordance * c.concordance_match, 6) AS concordance_points,
		round(s.w_load * c.load_room, 6) AS load_points,
		round(s.w_record * c.record, 6) AS record_points,
		round(s.w_specialty * c.specialty_match + s.w_profession * c.profession_match + s.w_concordance * c.concordance_match
			+ s.w_load * c.load_room + s.w_record * c.record, 6) AS score
	FROM candidates c, settings s
),
ranked AS (
	SELECT *, CAST(row_number() OVER (ORDER BY score DESC, free_places DESC, mentor_id) AS INTEGER) AS rank FROM scored
)
SELECT rank, mentor_id, display_name, program_id, profession, specialty, capacity, active_mentees, free_places,
	ended_pairings, ended_early, specialty_match, profession_match, concordance_match, load_room, record,
	specialty_points, profession_points, concordance_points, load_points, record_points, score
FROM ranked, settings s
WHERE rank <= s.max_rows
ORDER BY rank`;

export function suggestedMatchesParams(traineeId: string, options: MatchOptions = DEFAULT_MATCH_OPTIONS): unknown[] {
	if (!Number.isInteger(options.limit) || options.limit < 1) throw new Error(`suggestion limit must be a whole number ≥ 1, got ${options.limit}`);
	return [
		traineeId,
		options.crossDiscipline,
		options.limit,
		componentWeight('specialty'),
		componentWeight('profession'),
		componentWeight('concordance'),
		componentWeight('load'),
		componentWeight('record'),
		NO_RECORD_VALUE
	];
}

export async function suggestedMatches(db: Connector, traineeId: string, options: Partial<MatchOptions> = {}): Promise<SuggestedMatch[]> {
	const merged = { ...DEFAULT_MATCH_OPTIONS, ...options };
	return db.query<SuggestedMatch & Record<string, unknown>>(SUGGESTED_MATCHES_SQL, suggestedMatchesParams(traineeId, merged));
}

export const SUGGESTED_MATCH_METRIC: MetricSql = {
	id: 'suggested-match-score',
	title: 'Suggested-match score',
	definition:
		'For an unmatched trainee, each active mentor with a free place who never mentored them: specialty 35, profession 20 (reversed when a cross-discipline mentor is sought), concordance preference 10 (not recorded: 0), room to take a mentee 20, past pairings not ended early 15; out of 100.',
	parameters: [
		{ name: 'trainee person_id', default: '' },
		{ name: 'seek a cross-discipline mentor', default: 'false' },
		{ name: 'most suggestions', default: DEFAULT_MATCH_OPTIONS.limit },
		...MATCH_COMPONENTS.map((c) => ({ name: `weight: ${c.label}`, default: c.weight })),
		{ name: 'past-pairings value with no ended pairing', default: NO_RECORD_VALUE }
	],
	sql: SUGGESTED_MATCHES_SQL
};
