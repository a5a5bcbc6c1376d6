/**
 * The interprofessional view's metrics as the glossary lists them: the SQL shown is what
 * runs with no filter (the population CTE then keeps every trainee). With a filter, the
 * population's own parameters come first, then the two below.
 */
import { EMPTY_FILTER } from '../population-filter';
import type { MetricSql } from '../metric-sql';
import { activityMatrixSql } from './activityMatrix';
import { pairingMatrixSql } from './pairingMatrix';
import { programReachSql } from './programReach';
import { reachByTermSql } from './reachByTerm';
import { derivedTableSpec } from './contact-facts';

const WINDOW_PARAMETERS = [
	{ name: 'date range from (yyyy-mm-dd; NULL = first record)', default: 'NULL' },
	{ name: 'date range to (yyyy-mm-dd; NULL = data date)', default: 'NULL' }
] as const;

export const INTERPROFESSIONAL_METRICS: readonly MetricSql[] = [
	{
		id: 'ipe-pairing-matrix',
		title: 'Pairings by mentor and mentee profession',
		definition:
			'Matched pairings whose mentee is in the selection, in force during the date range, counted by mentor profession × mentee profession; off the diagonal is cross-discipline.',
		parameters: WINDOW_PARAMETERS,
		sql: pairingMatrixSql(EMPTY_FILTER).sql
	},
	{
		id: 'ipe-activity-matrix',
		title: 'IPE activities where two professions were present',
		definition:
			'IPE activities in the date range attended by a selected trainee, counted per pair of professions present (any attendee); the diagonal counts activities with that profession present.',
		parameters: WINDOW_PARAMETERS,
		sql: activityMatrixSql(EMPTY_FILTER).sql
	},
	{
		id: 'ipe-reach-by-term',
		title: 'Cross-discipline reach by academic term and profession',
		definition:
			'Selected trainees enrolled in the term (Spring Jan–May, Summer Jun–Jul, Fall Aug–Dec) with a cross-discipline pairing in force or an IPE activity with another profession in it, over those enrolled; Wilson 95% CI.',
		parameters: WINDOW_PARAMETERS,
		sql: reachByTermSql(EMPTY_FILTER).sql
	},
	{
		id: 'ipe-program-reach',
		title: 'Most and least connected programs',
		definition:
			"Share of a program's selected trainees with a cross-discipline pairing or IPE activity in the period, and the number of distinct other professions they met; Wilson 95% CI.",
		parameters: WINDOW_PARAMETERS,
		sql: programReachSql(EMPTY_FILTER).sql
	},
	{
		id: 'ipe-profession-contacts',
		title: 'Cross-discipline contacts (worked out on the server)',
		definition:
			'Each time a person learned alongside another profession: a matched pairing whose mentor and mentee professions differ (both sides, from matched_at to ended_at or the data date), or an IPE activity held by the data date with an attendee of another profession. The server derives these from the whole dataset and sends each user the rows about their own people, so mentors and co-attendees from programs outside their scope still count; the metrics above read them as profession_contacts.',
		parameters: [],
		sql: derivedTableSpec('profession_contacts').deriveSql
	}
];
