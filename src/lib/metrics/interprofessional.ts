/**
 * Cross-discipline reach: the share of active trainees who have learned alongside another
 * profession (LCME 7.9, IPEC 2023), by either route, by dataset_info.as_of:
 *   - a cross-discipline pairing: matched (mentor assigned, matched_at ≤ as_of, ended or not)
 *     with the mentor's profession different from the mentee's. The trainee may be on either
 *     side: a senior resident (role both) mentoring a pharmacy student counts too;
 *   - an IPE activity held by as_of that the trainee attended together with at least one
 *     attendee of another profession (professions present are derived from attendees).
 * Denominator: active trainees on as_of.
 *
 * The contacts come from the derived profession_contacts (interprofessional/contact-facts.ts),
 * which holds only contacts up to as_of and is computed by the server over the whole
 * dataset: a coordinator sees the reach of their trainees, mentors from other programs
 * included.
 */
import type { Connector } from '../engine/connector';
import { ACTIVE_TRAINEES_CTE, rateSql } from './population';
import { wilsonBoundsSql } from './wilson';

export interface CrossDisciplineReach {
	activeTrainees: number;
	/** Trainees reached by a cross-discipline pairing or an IPE activity. */
	reached: number;
	viaPairing: number;
	viaActivity: number;
	/** reached / activeTrainees; NULL when there are no active trainees. */
	rate: number | null;
	lower: number | null;
	upper: number | null;
}

const wilson = wilsonBoundsSql('reached', 'active_trainees');

export const CROSS_DISCIPLINE_REACH_SQL = `WITH ${ACTIVE_TRAINEES_CTE},
reached_by_pairing AS (
	SELECT person_id FROM profession_contacts WHERE via = 'pairing'
),
reached_by_activity AS (
	SELECT person_id FROM profession_contacts WHERE via = 'activity'
),
trainee_reach AS (
	SELECT t.person_id,
		t.person_id IN (SELECT person_id FROM reached_by_pairing) AS via_pairing,
		t.person_id IN (SELECT person_id FROM reached_by_activity) AS via_activity
	FROM active_trainees t
),
counts AS (
	SELECT count(*) AS active_trainees,
		count(*) FILTER (WHERE via_pairing OR via_activity) AS reached,
		count(*) FILTER (WHERE via_pairing) AS via_pairing,
		count(*) FILTER (WHERE via_activity) AS via_activity
	FROM trainee_reach
)
SELECT active_trainees, reached, via_pairing, via_activity,
	${rateSql('reached', 'active_trainees')} AS rate,
	${wilson.lower} AS lower,
	${wilson.upper} AS upper
FROM counts`;

interface Row extends Record<string, unknown> {
	active_trainees: number;
	reached: number;
	via_pairing: number;
	via_activity: number;
	rate: number | null;
	lower: number | null;
	upper: number | null;
}

export async function crossDisciplineReach(db: Connector): Promise<CrossDisciplineReach> {
	const [r] = await db.query<Row>(CROSS_DISCIPLINE_REACH_SQL);
	return {
		activeTrainees: r.active_trainees,
		reached: r.reached,
		viaPairing: r.via_pairing,
		viaActivity: r.via_activity,
		rate: r.rate,
		lower: r.lower,
		upper: r.upper
	};
}

// The interprofessional view's metrics (issue 3, view 4) live in ./interprofessional/; this
// module re-exports them beside the Overview's reach so callers import one place.
export { pairingMatrix, pairingMatrixSql, type PairingMatrix } from './interprofessional/pairingMatrix';
export { activityMatrix, activityMatrixSql, type ActivityMatrix } from './interprofessional/activityMatrix';
export { reachByTerm, reachByTermSql, type TermReach } from './interprofessional/reachByTerm';
export { programReach, programReachSql, type ProgramReach, type ProgramReachResult } from './interprofessional/programReach';
export { termBounds, termOf, TERM_MONTHS, type TermBounds } from './interprofessional/terms';
export { compareProfessions, matrixProfessions, type ProfessionCell } from './interprofessional/professions';
export { INTERPROFESSIONAL_METRICS } from './interprofessional/catalogue';
