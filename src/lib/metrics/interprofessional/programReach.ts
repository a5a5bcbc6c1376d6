/**
 * Most and least connected programs: per home program, the share of its trainees who
 * learned alongside another profession in the period, and how many distinct other
 * professions its trainees met (breadth, which the share alone hides: a program whose
 * trainees all meet pharmacy once is "reached" but not broadly connected).
 *
 * Period: the filter's date range (the event window, contacts.ts), or all records up to
 * as_of when there is none.
 *   trainees          people of the filtered population enrolled at some time in the period,
 *                     counted in their home program (people.program_id). Denominator.
 *   reached           those with a cross-discipline contact (pairing or activity) in the period.
 *   otherProfessions  distinct professions, other than each trainee's own, that the program's
 *                     trainees met in the period; professionsMet lists them.
 *   share             reached / trainees, Wilson 95% interval.
 * One row per program with trainees, plus one row (programId null) for everyone together.
 */
import type { Connector } from '../../engine/connector';
import { compilePopulation, type PopulationFilter } from '../population-filter';
import { rateSql } from '../population';
import { wilsonBoundsSql } from '../wilson';
import { CONTACTS_CTE, EVENT_WINDOW_CTE, eventWindowParams } from './contacts';
import { compareProfessions } from './professions';

export interface ProgramReach {
	/** null: every program together. */
	programId: string | null;
	programName: string | null;
	trainees: number;
	reached: number;
	byPairing: number;
	byActivity: number;
	otherProfessions: number;
	/** Canonical order. */
	professionsMet: string[];
	share: number | null;
	lower: number | null;
	upper: number | null;
	suppressed?: boolean;
}

const wilson = wilsonBoundsSql('reached', 'trainees');

export function programReachSql(filter: PopulationFilter): { sql: string; params: unknown[] } {
	const population = compilePopulation(filter);
	const sql = `WITH ${population.cte},
${EVENT_WINDOW_CTE},
${CONTACTS_CTE},
trainees AS (
	SELECT p.person_id, p.program_id
	FROM people p CROSS JOIN event_window w
	WHERE p.person_id IN (SELECT person_id FROM population)
		AND p.start_date <= w.window_to AND (p.exit_date IS NULL OR p.exit_date >= w.window_from)
),
period_contacts AS (
	SELECT t.person_id, t.program_id, c.other_profession, c.via
	FROM trainees t
	JOIN contacts c ON c.person_id = t.person_id
	CROSS JOIN event_window w
	WHERE c.span_from <= w.window_to AND c.span_to >= w.window_from
),
scoped AS (
	SELECT t.program_id,
		count(DISTINCT t.person_id) AS trainees,
		count(DISTINCT pc.person_id) AS reached,
		count(DISTINCT pc.person_id) FILTER (WHERE pc.via = 'pairing') AS by_pairing,
		count(DISTINCT pc.person_id) FILTER (WHERE pc.via = 'activity') AS by_activity,
		count(DISTINCT pc.other_profession) AS other_professions,
		string_agg(DISTINCT pc.other_profession, ',') AS professions_met
	FROM trainees t
	LEFT JOIN period_contacts pc ON pc.person_id = t.person_id
	GROUP BY GROUPING SETS ((t.program_id), ())
)
SELECT s.program_id IS NULL AS is_all, s.program_id, pr.name AS program_name,
	trainees, reached, by_pairing, by_activity, other_professions, professions_met,
	${rateSql('reached', 'trainees')} AS share,
	${wilson.lower} AS lower,
	${wilson.upper} AS upper
FROM scoped s
LEFT JOIN programs pr ON pr.program_id = s.program_id
ORDER BY is_all, share DESC NULLS LAST, other_professions DESC, s.program_id`;
	return { sql, params: [...population.params, ...eventWindowParams(filter)] };
}

interface Row extends Record<string, unknown> {
	is_all: boolean;
	program_id: string | null;
	program_name: string | null;
	trainees: number;
	reached: number;
	by_pairing: number;
	by_activity: number;
	other_professions: number;
	professions_met: string | null;
	share: number | null;
	lower: number | null;
	upper: number | null;
}

export interface ProgramReachResult {
	/** Most connected first: share, then breadth, then program id. */
	programs: ProgramReach[];
	overall: ProgramReach;
}

export async function programReach(db: Connector, filter: PopulationFilter): Promise<ProgramReachResult> {
	const { sql, params } = programReachSql(filter);
	const rows = await db.query<Row>(sql, params);
	const toReach = (r: Row): ProgramReach => ({
		programId: r.is_all ? null : r.program_id,
		programName: r.is_all ? null : (r.program_name ?? r.program_id),
		trainees: r.trainees,
		reached: r.reached,
		byPairing: r.by_pairing,
		byActivity: r.by_activity,
		otherProfessions: r.other_professions,
		professionsMet: r.professions_met ? r.professions_met.split(',').sort(compareProfessions) : [],
		share: r.share,
		lower: r.lower,
		upper: r.upper
	});
	const all = rows.find((r) => r.is_all);
	const overall: ProgramReach = all
		? toReach(all)
		: { programId: null, programName: null, trainees: 0, reached: 0, byPairing: 0, byActivity: 0, otherProfessions: 0, professionsMet: [], share: null, lower: null, upper: null };
	return { programs: rows.filter((r) => !r.is_all).map(toReach), overall };
}
