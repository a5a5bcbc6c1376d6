/**
 * How each pairing in force on as_of is meeting, measured once for the two rules that read
 * it (disengaged.ts, declining-frequency.ts), so "silent" and "declining" never disagree
 * about which meetings count. Needs the `population` and `limits` CTEs before it.
 *
 * Meetings dated after as_of are scheduled, not history, and are ignored. Dates are DATEs
 * and every age is date_diff('day', date, as_of): no clock and no time zone takes part.
 */
import { pairingActiveOnSql } from '../population';
import { activeTraineeInPopulationSql, AS_OF_SQL, daysToAsOfSql } from './sql-parts';

/**
 * CTE `engagement`, one row per pairing in force whose mentee is an active trainee:
 * mentee_id, program_id, matched_at, met_on (last completed meeting, NULL if never), since,
 * days (since the last completed meeting, or the match), run and last_missed (cancelled or
 * missed meetings after the last completed one), recent and previous (completed meetings
 * in the last window, 0 to window−1 days ago, and in the window before it), the program's
 * limits, and the booleans silent and cancelling.
 */
export const ENGAGEMENT_CTES = `active_pairings AS (
	SELECT pr.pairing_id, pr.mentee_id, pr.matched_at, p.program_id
	FROM pairings pr JOIN people p ON p.person_id = pr.mentee_id
	WHERE ${pairingActiveOnSql('pr', AS_OF_SQL)} AND ${activeTraineeInPopulationSql('p')}
),
past AS (
	SELECT m.pairing_id, m.date, m.completed, ${daysToAsOfSql('m.date')} AS ago
	FROM meetings m JOIN active_pairings ap ON ap.pairing_id = m.pairing_id
	WHERE m.date <= ${AS_OF_SQL}
),
last_met AS (SELECT pairing_id, max(date) AS met_on FROM past WHERE completed GROUP BY pairing_id),
missed AS (
	SELECT pa.pairing_id, count(*) AS run, max(pa.date) AS last_missed
	FROM past pa LEFT JOIN last_met lm ON lm.pairing_id = pa.pairing_id
	WHERE NOT pa.completed AND (lm.met_on IS NULL OR pa.date > lm.met_on)
	GROUP BY pa.pairing_id
),
windows AS (
	SELECT pa.pairing_id,
		count(*) FILTER (WHERE pa.ago < l.declining_window_days) AS recent,
		count(*) FILTER (WHERE pa.ago >= l.declining_window_days AND pa.ago < 2 * l.declining_window_days) AS previous
	FROM past pa
	JOIN active_pairings ap ON ap.pairing_id = pa.pairing_id
	JOIN limits l ON l.program_id = ap.program_id
	WHERE pa.completed
	GROUP BY pa.pairing_id
),
engagement AS (
	SELECT ap.mentee_id, ap.program_id, ap.matched_at, lm.met_on,
		coalesce(lm.met_on, ap.matched_at) AS since,
		${daysToAsOfSql('coalesce(lm.met_on, ap.matched_at)')} AS days,
		coalesce(ms.run, 0) AS run, ms.last_missed,
		coalesce(w.recent, 0) AS recent, coalesce(w.previous, 0) AS previous,
		l.no_meeting_days, l.cancelled_in_a_row, l.declining_window_days, l.declining_min_base, l.declining_percent,
		${daysToAsOfSql('coalesce(lm.met_on, ap.matched_at)')} >= l.no_meeting_days AS silent,
		coalesce(ms.run, 0) >= l.cancelled_in_a_row AS cancelling
	FROM active_pairings ap
	JOIN limits l ON l.program_id = ap.program_id
	LEFT JOIN last_met lm ON lm.pairing_id = ap.pairing_id
	LEFT JOIN missed ms ON ms.pairing_id = ap.pairing_id
	LEFT JOIN windows w ON w.pairing_id = ap.pairing_id
)`;
