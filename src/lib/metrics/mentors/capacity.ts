/**
 * Mentor capacity on as_of, one row per active mentor (role mentor or both) in the user's
 * data: active mentees (mentors/load.ts) against people.mentor_capacity, and the last
 * completed meeting of any of their pairings on or before as_of (a meeting dated later is
 * scheduled, not history).
 *
 * load_status:
 *   open     fewer active mentees than capacity: can take a new mentee (free_places > 0)
 *   full     exactly at capacity
 *   over     more mentees than capacity (the worklist lists these as overloaded)
 *   unknown  no capacity recorded: nobody can say whether they have room, so they are
 *            never offered as able to take a mentee (and never suggested as a match)
 */
import type { Connector } from '../../engine/connector';
import { ACTIVE_STATUS_SQL, AS_OF_SQL, MENTOR_ROLE_SQL } from '../population';
import type { MetricSql } from '../metric-sql';
import { MENTOR_LOAD_CTE } from './load';

export type MentorLoadStatus = 'open' | 'full' | 'over' | 'unknown';

export interface MentorCapacityRow {
	person_id: string;
	display_name: string | null;
	program_id: string;
	profession: string;
	specialty: string | null;
	capacity: number | null;
	active_mentees: number;
	/** capacity − active mentees (negative when over); null without a capacity. */
	free_places: number | null;
	load_status: MentorLoadStatus;
	/** yyyy-mm-dd, null when no completed meeting was ever logged. */
	last_meeting: string | null;
	/** Whole days from last_meeting to as_of. */
	days_since_meeting: number | null;
}

export const MENTOR_CAPACITY_SQL = `WITH ${MENTOR_LOAD_CTE},
last_met AS (
	SELECT pr.mentor_id, max(m.date) AS met_on
	FROM meetings m JOIN pairings pr ON pr.pairing_id = m.pairing_id
	WHERE m.completed AND m.date <= ${AS_OF_SQL} AND pr.mentor_id IS NOT NULL
	GROUP BY pr.mentor_id
),
measured AS (
	SELECT p.person_id, p.display_name, p.program_id, p.profession, p.specialty_interest AS specialty,
		p.mentor_capacity AS capacity, CAST(coalesce(l.mentees, 0) AS INTEGER) AS active_mentees, lm.met_on
	FROM people p
	LEFT JOIN mentor_load l ON l.mentor_id = p.person_id
	LEFT JOIN last_met lm ON lm.mentor_id = p.person_id
	WHERE p.${MENTOR_ROLE_SQL} AND p.${ACTIVE_STATUS_SQL}
)
SELECT person_id, display_name, program_id, profession, specialty, capacity, active_mentees,
	capacity - active_mentees AS free_places,
	CASE WHEN capacity IS NULL THEN 'unknown'
		WHEN active_mentees > capacity THEN 'over'
		WHEN active_mentees = capacity THEN 'full'
		ELSE 'open' END AS load_status,
	CAST(met_on AS VARCHAR) AS last_meeting,
	date_diff('day', met_on, ${AS_OF_SQL}) AS days_since_meeting
FROM measured
ORDER BY person_id`;

export async function mentorCapacity(db: Connector): Promise<MentorCapacityRow[]> {
	return db.query<MentorCapacityRow & Record<string, unknown>>(MENTOR_CAPACITY_SQL);
}

export const MENTOR_CAPACITY_METRIC: MetricSql = {
	id: 'mentor-capacity',
	title: 'Mentor capacity',
	definition:
		'Per active mentor on the data date: distinct active trainees in pairings in force (a pairing ending that day no longer counts) against the recorded capacity, and the last completed meeting.',
	parameters: [],
	sql: MENTOR_CAPACITY_SQL
};
