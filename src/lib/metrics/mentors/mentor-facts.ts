/**
 * Mentor load facts: one small row per mentor, derived by the server over the whole dataset
 * version, so every rule about a mentor's load counts all their mentees, not only the ones
 * the user's payload holds.
 *
 * Why: a coordinator's payload holds only their programs' pairings (server/delivery/scope.ts).
 * An internal-medicine mentor who also mentors two pharmacy students has those pairings, their
 * meetings and their mentees withheld, so counting in the browser made them look under
 * capacity and quiet (GME-IM: 0 overloaded mentors in the coordinator's view, 2 on all rows).
 * As with the contact facts (interprofessional/contact-facts.ts), the server derives this
 * table before any scope applies and sends only the rows of mentors whose people row the
 * scope delivers: counts and dates, never another person's id.
 *
 * These definitions are the only ones: mentors/load.ts, mentors/capacity.ts, the worklist's
 * overloaded and inactive rules and the match score read `mentor_facts`, never pairings, for
 * a mentor's load (known answer for a coordinator's scope: tests/unit/metrics/people/
 * scoped-mentor-load.test.ts).
 */
import type { ColumnSpec } from '../../schema/tables';
import type { DerivedTableSpec } from '../interprofessional/contact-facts';
import type { MetricSql } from '../metric-sql';
import { ACTIVE_STATUS_SQL, AS_OF_SQL, pairingActiveOnSql, TRAINEE_ROLE_SQL } from '../population';

/**
 * Pairing end reasons that count as an early end in a mentor's record: the pair stopped
 * before its planned end for a reason inside the relationship. `mentee_left` (the trainee
 * left the program) is not about the pair and is left out of the mentor's record entirely;
 * `concluded` is a pairing that ran its course.
 */
export const EARLY_END_REASONS = ['ended_early', 'mentor_left', 'rematched'] as const;

const fact = (name: string, type: ColumnSpec['type'], description: string, required = true): ColumnSpec => ({ name, type, required, description });

export const MENTOR_FACTS: DerivedTableSpec = {
	name: 'mentor_facts',
	description: "Each mentor's load on as_of over every program's pairings: active mentees, current matches, last completed meeting, ended pairings.",
	primaryKey: ['person_id'],
	columns: [
		fact('person_id', 'VARCHAR', 'The mentor (pairings.mentor_id).'),
		fact('active_mentees', 'INTEGER', 'Distinct active trainees in pairings in force on as_of (a pairing ending on as_of no longer counts).'),
		fact('first_current_match', 'DATE', 'Earliest matched_at of those pairings (NULL with no active mentee).', false),
		fact('latest_current_match', 'DATE', 'Latest matched_at of those pairings (NULL with no active mentee).', false),
		fact('last_completed_meeting', 'DATE', 'Latest completed meeting of any of their pairings on or before as_of (later ones are scheduled).', false),
		fact('ended_pairings', 'INTEGER', 'Pairings ended by as_of, leaving out those ended because the mentee left.'),
		fact('ended_early', 'INTEGER', `Of those, ended for ${EARLY_END_REASONS.join(', ')}.`)
	],
	deriveSql: `WITH mentors AS (
	SELECT DISTINCT mentor_id FROM pairings WHERE mentor_id IS NOT NULL
),
current_load AS (
	SELECT pr.mentor_id, count(DISTINCT pr.mentee_id) AS mentees, min(pr.matched_at) AS first_match, max(pr.matched_at) AS latest_match
	FROM pairings pr JOIN people t ON t.person_id = pr.mentee_id
	WHERE ${pairingActiveOnSql('pr', AS_OF_SQL)} AND t.${TRAINEE_ROLE_SQL} AND t.${ACTIVE_STATUS_SQL}
	GROUP BY pr.mentor_id
),
last_met AS (
	SELECT pr.mentor_id, max(m.date) AS met_on
	FROM meetings m JOIN pairings pr ON pr.pairing_id = m.pairing_id
	WHERE m.completed AND m.date <= ${AS_OF_SQL} AND pr.mentor_id IS NOT NULL
	GROUP BY pr.mentor_id
),
record AS (
	SELECT mentor_id,
		count(*) AS ended,
		count(*) FILTER (WHERE end_reason IN (${EARLY_END_REASONS.map((r) => `'${r}'`).join(', ')})) AS ended_early
	FROM pairings
	WHERE mentor_id IS NOT NULL AND matched_at IS NOT NULL AND ended_at <= ${AS_OF_SQL}
		AND end_reason IS DISTINCT FROM 'mentee_left'
	GROUP BY mentor_id
)
SELECT m.mentor_id AS person_id,
	CAST(coalesce(c.mentees, 0) AS INTEGER) AS active_mentees,
	c.first_match AS first_current_match,
	c.latest_match AS latest_current_match,
	lm.met_on AS last_completed_meeting,
	CAST(coalesce(r.ended, 0) AS INTEGER) AS ended_pairings,
	CAST(coalesce(r.ended_early, 0) AS INTEGER) AS ended_early
FROM mentors m
LEFT JOIN current_load c ON c.mentor_id = m.mentor_id
LEFT JOIN last_met lm ON lm.mentor_id = m.mentor_id
LEFT JOIN record r ON r.mentor_id = m.mentor_id
ORDER BY 1`,
	// Rows of mentors whose people row the scope sends; a mentor from another program, whose
	// row is withheld, is withheld here too.
	follows: { table: 'people', column: 'person_id' }
};

export const MENTOR_FACTS_METRIC: MetricSql = {
	id: 'mentor-load-facts',
	title: 'Mentor load (derived on the server)',
	definition:
		'Per mentor, over every program’s pairings: distinct active trainees in pairings in force on the data date, the earliest and latest of those matches, the last completed meeting, and ended pairings (early ends apart). The server derives it from the whole dataset and sends each user the rows of the mentors they receive, so the capacity view, the match score and the overloaded and inactive rules count mentees in other programs too.',
	parameters: [],
	sql: MENTOR_FACTS.deriveSql
};
