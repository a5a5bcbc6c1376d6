/**
 * Who one person is on as_of, for the top of their profile: home program, profession,
 * level, enrollment, and whether a pairing is in force (pairingActiveOnSql: one that ends on
 * as_of is over). Returns null when the person is not in the user's data, which is also
 * what a coordinator sees for someone outside their programs (their rows never arrive).
 */
import type { Connector } from '../../engine/connector';
import { AS_OF_SQL, pairingActiveOnSql } from '../population';

export interface PersonSummary {
	person_id: string;
	display_name: string | null;
	email: string | null;
	role: string;
	profession: string;
	program_id: string;
	program_name: string | null;
	training_level: string | null;
	cohort_year: number | null;
	start_date: string;
	status: string;
	exit_date: string | null;
	specialty_interest: string | null;
	as_of: string;
	/** True for an active trainee with no pairing in force: the one suggestions are for. */
	unmatched: boolean;
	/** Mentor of the pairing in force (the most recent match when several). */
	current_mentor_id: string | null;
	current_mentor_name: string | null;
}

export const PERSON_SUMMARY_SQL = `WITH current_pairing AS (
	SELECT pr.mentor_id, m.display_name AS mentor_name,
		row_number() OVER (ORDER BY pr.matched_at DESC, pr.pairing_id DESC) AS rn
	FROM pairings pr LEFT JOIN people m ON m.person_id = pr.mentor_id
	WHERE pr.mentee_id = ? AND ${pairingActiveOnSql('pr', AS_OF_SQL)}
)
SELECT p.person_id, p.display_name, p.email, p.role, p.profession, p.program_id, g.name AS program_name,
	p.training_level, p.cohort_year, CAST(p.start_date AS VARCHAR) AS start_date, p.status,
	CAST(p.exit_date AS VARCHAR) AS exit_date, p.specialty_interest,
	CAST(${AS_OF_SQL} AS VARCHAR) AS as_of,
	(p.role IN ('trainee', 'both') AND p.status = 'active' AND p.start_date <= ${AS_OF_SQL} AND c.mentor_id IS NULL) AS unmatched,
	c.mentor_id AS current_mentor_id, c.mentor_name AS current_mentor_name
FROM people p
LEFT JOIN programs g ON g.program_id = p.program_id
LEFT JOIN current_pairing c ON c.rn = 1
WHERE p.person_id = ?`;

export async function personSummary(db: Connector, personId: string): Promise<PersonSummary | null> {
	const [row] = await db.query<PersonSummary & Record<string, unknown>>(PERSON_SUMMARY_SQL, [personId, personId]);
	return row ?? null;
}
