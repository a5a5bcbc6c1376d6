/**
 * Cross-discipline reach by academic term and profession: the share of trainees enrolled
 * in a term who learned alongside another profession during it (LCME 7.9), by a
 * cross-discipline pairing in force at some time in the term or an IPE activity held in
 * it with another profession present (contacts.ts has the exact rules).
 *
 * Per term (terms.ts: Spring Jan–May, Summer Jun–Jul, Fall Aug–Dec), clipped to the filter's
 * date range and to as_of:
 *   trainees  people of the filtered population enrolled at some time in the term window
 *             (start_date ≤ window end, not exited before window start). Denominator.
 *   reached   those with a contact overlapping the window; by_pairing / by_activity split
 *             it (a trainee reached both ways counts in both, once in reached).
 *   share     reached / trainees with a Wilson 95% interval (wilson.ts), NULL when nobody
 *             was enrolled.
 * Terms run from the one holding the dataset's first recorded event (matched pairing or
 * activity, event_calendar in contact-facts.ts: the same for every scope) to the one
 * holding as_of, which is partial. One row per term and profession with trainees, plus one
 * row per term with profession NULL for all professions together.
 */
import type { Connector } from '../../engine/connector';
import { compilePopulation, type PopulationFilter } from '../population-filter';
import { rateSql } from '../population';
import { wilsonBoundsSql } from '../wilson';
import { CONTACTS_CTE, EVENT_WINDOW_CTE, FIRST_EVENT_SQL, eventWindowParams } from './contacts';
import { termsCteSql } from './terms';

export interface TermReach {
	termId: string;
	label: string;
	/** yyyy-mm-dd: the term's window after clipping to the date range and as_of. */
	windowStart: string;
	windowEnd: string;
	/** The window is shorter than the term (current term or a date range inside it). */
	partial: boolean;
	/** null: all professions together. */
	profession: string | null;
	trainees: number;
	reached: number;
	byPairing: number;
	byActivity: number;
	share: number | null;
	lower: number | null;
	upper: number | null;
	suppressed?: boolean;
}

const wilson = wilsonBoundsSql('reached', 'trainees');

export function reachByTermSql(filter: PopulationFilter): { sql: string; params: unknown[] } {
	const population = compilePopulation(filter);
	const sql = `WITH ${population.cte},
${EVENT_WINDOW_CTE},
${CONTACTS_CTE},
term_bounds AS (
	SELECT w.window_from AS lo, w.window_to AS hi,
		${FIRST_EVENT_SQL} AS first_day
	FROM event_window w
),
${termsCteSql('term_bounds')},
term_trainees AS (
	SELECT t.term_id, p.person_id, p.profession
	FROM terms t
	JOIN people p ON p.start_date <= t.window_end AND (p.exit_date IS NULL OR p.exit_date >= t.window_start)
	WHERE p.person_id IN (SELECT person_id FROM population)
),
term_contacts AS (
	SELECT tt.term_id, tt.person_id,
		bool_or(c.via = 'pairing') AS by_pairing,
		bool_or(c.via = 'activity') AS by_activity
	FROM term_trainees tt
	JOIN terms t ON t.term_id = tt.term_id
	JOIN contacts c ON c.person_id = tt.person_id AND c.span_from <= t.window_end AND c.span_to >= t.window_start
	GROUP BY tt.term_id, tt.person_id
),
per_trainee AS (
	SELECT tt.term_id, tt.profession,
		coalesce(tc.by_pairing, false) AS by_pairing,
		coalesce(tc.by_activity, false) AS by_activity
	FROM term_trainees tt
	LEFT JOIN term_contacts tc ON tc.term_id = tt.term_id AND tc.person_id = tt.person_id
),
counts AS (
	SELECT term_id, profession, count(*) AS trainees,
		count(*) FILTER (WHERE by_pairing OR by_activity) AS reached,
		count(*) FILTER (WHERE by_pairing) AS by_pairing,
		count(*) FILTER (WHERE by_activity) AS by_activity
	FROM per_trainee
	GROUP BY term_id, profession
	UNION ALL
	SELECT t.term_id, NULL,
		count(pt.term_id),
		count(*) FILTER (WHERE pt.by_pairing OR pt.by_activity),
		count(*) FILTER (WHERE pt.by_pairing),
		count(*) FILTER (WHERE pt.by_activity)
	FROM terms t
	LEFT JOIN per_trainee pt ON pt.term_id = t.term_id
	GROUP BY t.term_id
)
SELECT c.term_id, t.label, CAST(t.window_start AS VARCHAR) AS window_start, CAST(t.window_end AS VARCHAR) AS window_end,
	t.partial, c.profession, c.trainees, c.reached, c.by_pairing, c.by_activity,
	${rateSql('reached', 'trainees')} AS share,
	${wilson.lower} AS lower,
	${wilson.upper} AS upper
FROM counts c
JOIN terms t ON t.term_id = c.term_id
ORDER BY t.term_order, c.profession NULLS FIRST`;
	return { sql, params: [...population.params, ...eventWindowParams(filter)] };
}

interface Row extends Record<string, unknown> {
	term_id: string;
	label: string;
	window_start: string;
	window_end: string;
	partial: boolean;
	profession: string | null;
	trainees: number;
	reached: number;
	by_pairing: number;
	by_activity: number;
	share: number | null;
	lower: number | null;
	upper: number | null;
}

/** Rows in term order; within a term, all professions (profession null) first. */
export async function reachByTerm(db: Connector, filter: PopulationFilter): Promise<TermReach[]> {
	const { sql, params } = reachByTermSql(filter);
	const rows = await db.query<Row>(sql, params);
	return rows.map((r) => ({
		termId: r.term_id,
		label: r.label,
		windowStart: r.window_start,
		windowEnd: r.window_end,
		partial: r.partial,
		profession: r.profession,
		trainees: r.trainees,
		reached: r.reached,
		byPairing: r.by_pairing,
		byActivity: r.by_activity,
		share: r.share,
		lower: r.lower,
		upper: r.upper
	}));
}
