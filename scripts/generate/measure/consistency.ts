/** Counts of rows that break the demo's promises; every count should be 0. */
import type { NodeConnector } from '../../../src/lib/engine/node';
import { AS_OF_ISO } from '../options';

export interface ConsistencyCounts {
	pairingsOutsideMenteeEnrollment: number;
	pairingsOutsideMentorEnrollment: number;
	meetingsWithoutPairing: number;
	meetingsOutsidePairing: number;
	meetingsAfterMenteeExit: number;
	surveyAnswersWhileNotEnrolled: number;
	mentorLoadAboveCapacityPlusOne: number;
}

export async function consistency(c: NodeConnector): Promise<ConsistencyCounts> {
	const asOf = AS_OF_ISO;
	const one = async (sql: string, params: unknown[] = []): Promise<number> => Number((await c.query<{ n: number }>(sql, params))[0].n);
	return {
		pairingsOutsideMenteeEnrollment: await one(`SELECT count(*) n FROM pairings p JOIN people t ON t.id = p.mentee
			WHERE p.matched < t.start OR p.matched >= t.exit OR (t.exit IS NOT NULL AND p.matched IS NOT NULL AND (p.ended IS NULL OR p.ended > t.exit))`),
		pairingsOutsideMentorEnrollment: await one(`SELECT count(*) n FROM pairings p JOIN people m ON m.id = p.mentor
			WHERE p.matched < m.start OR p.matched >= m.exit OR (m.exit IS NOT NULL AND (p.ended IS NULL OR p.ended > m.exit))`),
		meetingsWithoutPairing: await one(`SELECT count(*) n FROM meetings m ANTI JOIN pairings p ON p.id = m.pairing`),
		meetingsOutsidePairing: await one(`SELECT count(*) n FROM meetings m JOIN pairings p ON p.id = m.pairing
			WHERE p.matched IS NULL OR m.date < p.matched OR m.date > p.ended OR m.date >= CAST(? AS DATE)`, [asOf]),
		meetingsAfterMenteeExit: await one(`SELECT count(*) n FROM meetings m JOIN pairings p ON p.id = m.pairing JOIN people t ON t.id = p.mentee
			WHERE m.date > t.exit`),
		surveyAnswersWhileNotEnrolled: await one(`SELECT count(*) n FROM (
				SELECT person, wave, day FROM qualtrics
				UNION ALL SELECT r.person, w.id, r.day FROM redcap r JOIN waves w ON w.event = r.event WHERE r.completed
			) s JOIN people t ON t.id = s.person JOIN waves w ON w.id = s.wave
			WHERE t.start > w.opens OR t.exit <= w.opens OR s.day >= t.exit OR s.day < w.opens OR s.day > w.closes`),
		// Load on each match day: the mentor's pairings running that day, against capacity.
		mentorLoadAboveCapacityPlusOne: await one(`SELECT count(*) n FROM (
				SELECT p.id, m.capacity, count(*) AS load FROM pairings p
				JOIN pairings q ON q.mentor = p.mentor AND q.matched <= p.matched AND (q.ended IS NULL OR q.ended > p.matched)
				JOIN people m ON m.id = p.mentor
				GROUP BY p.id, m.capacity
			) WHERE load > capacity + 1`)
	};
}
