/**
 * Mentoring access gap: does every group get a mentor, and meet as often?
 *
 * Match rate (DOMAIN.md §3: "a match rate is over active trainees on the date shown"):
 *   active trainees of the group with a pairing in force on as_of, over the group's active
 *   trainees (the Overview's mentor-coverage rule, split by group). Wilson 95% CI.
 *
 * Meeting frequency — decision (issue 3 left it open): completed meetings per pairing-month.
 *   For every matched pairing of a trainee in the filtered population (any status now, so
 *   those who left still count for the time they were mentored), exposure runs from
 *   matched_at to ended_at (or as_of), clipped to the filter's date range; meetings are the
 *   completed ones dated inside that exposure. Rate = Σ meetings / Σ months (days ÷
 *   30.436875). Chosen over "median days between meetings" because that needs two meetings
 *   and so silently drops the pairs that never meet, the very gap this card looks for. No
 *   interval is shown: meetings cluster within pairs (overdispersion), so a Poisson interval
 *   would be falsely narrow; n pairings and months are shown instead.
 *
 * Groups: URiM, gender, first-generation of the trainee, with "not_reported" as a group.
 */
import type { Connector } from '../../engine/connector';
import { compilePopulation, EMPTY_FILTER, type PopulationFilter } from '../population-filter';
import { AS_OF_SQL, pairingActiveOnSql, rateSql } from '../population';
import { wilsonBoundsSql } from '../wilson';
import { categoryGridSql, GROUP_DIMENSIONS, groupSql, type GroupDimension } from './groups';
import { DAYS_PER_MONTH, EVENT_WINDOW_CTE, eventWindowParams, SCOPE_TRAINEES_CTE } from './scope';

export interface AccessGapRow {
	dimension: GroupDimension;
	category: string;
	activeTrainees: number;
	matched: number;
	/** matched / activeTrainees; NULL when the group has no active trainee. */
	matchRate: number | null;
	lower: number | null;
	upper: number | null;
	/** Pairings contributing exposure (more than zero days inside the window). */
	pairings: number;
	pairingMonths: number;
	meetings: number;
	/** meetings / pairingMonths; NULL without exposure. */
	meetingsPerMonth: number | null;
}

const wilson = wilsonBoundsSql('matched', 'active_trainees');

const unpivot = (relation: string, columns: string) =>
	GROUP_DIMENSIONS.map((dim) => `SELECT '${dim}' AS dimension, ${dim} AS category, ${columns} FROM ${relation}`).join('\n\tUNION ALL\n\t');

export function accessGapSql(filter: PopulationFilter): string {
	const { cte } = compilePopulation(filter);
	const groups = GROUP_DIMENSIONS.map((dim) => `${groupSql(dim, 'd')} AS ${dim}`).join(', ');
	return `WITH ${cte},
${EVENT_WINDOW_CTE},
${SCOPE_TRAINEES_CTE},
trainee_groups AS (
	SELECT t.person_id, ${groups},
		EXISTS (
			SELECT 1 FROM pairings pa
			WHERE pa.mentee_id = t.person_id AND ${pairingActiveOnSql('pa', AS_OF_SQL)}
		) AS is_matched
	FROM scope_trainees t LEFT JOIN demographics d ON d.person_id = t.person_id
),
coverage AS (
	SELECT dimension, category, count(*) AS active_trainees, count(*) FILTER (WHERE is_matched) AS matched
	FROM (${unpivot('trainee_groups', 'is_matched')})
	GROUP BY ALL
),
exposures AS (
	SELECT pa.pairing_id, pa.mentee_id,
		greatest(pa.matched_at, w.date_from) AS t0,
		least(coalesce(pa.ended_at, w.date_to), w.date_to) AS t1
	FROM pairings pa, event_window w
	WHERE pa.mentor_id IS NOT NULL AND pa.matched_at IS NOT NULL
		AND pa.mentee_id IN (SELECT person_id FROM population)
),
pair_meetings AS (
	SELECT e.pairing_id, e.mentee_id, date_diff('day', e.t0, e.t1) AS days,
		count(m.meeting_id) AS meetings
	FROM exposures e
	LEFT JOIN meetings m ON m.pairing_id = e.pairing_id AND m.completed AND m.date BETWEEN e.t0 AND e.t1
	WHERE e.t1 > e.t0
	GROUP BY e.pairing_id, e.mentee_id, e.t0, e.t1
),
pair_groups AS (
	SELECT pm.days, pm.meetings, ${groups}
	FROM pair_meetings pm LEFT JOIN demographics d ON d.person_id = pm.mentee_id
),
frequency AS (
	SELECT dimension, category, count(*) AS pairings, sum(days) AS days, sum(meetings) AS meetings
	FROM (${unpivot('pair_groups', 'days, meetings')})
	GROUP BY ALL
),
grid AS (
	SELECT dimension, category, ord FROM ${categoryGridSql(GROUP_DIMENSIONS)} g(dimension, category, ord)
),
cells AS (
	SELECT coalesce(g.dimension, c.dimension, f.dimension) AS dimension,
		coalesce(g.category, c.category, f.category) AS category,
		coalesce(g.ord, 999) AS ord,
		coalesce(c.active_trainees, 0) AS active_trainees,
		coalesce(c.matched, 0) AS matched,
		coalesce(f.pairings, 0) AS pairings,
		coalesce(f.days, 0) AS days,
		coalesce(f.meetings, 0) AS meetings
	FROM grid g
	FULL OUTER JOIN coverage c ON c.dimension = g.dimension AND c.category = g.category
	FULL OUTER JOIN frequency f ON f.dimension = coalesce(g.dimension, c.dimension) AND f.category = coalesce(g.category, c.category)
)
SELECT dimension, category,
	active_trainees AS "activeTrainees",
	matched,
	${rateSql('matched', 'active_trainees')} AS "matchRate",
	${wilson.lower} AS lower,
	${wilson.upper} AS upper,
	pairings,
	CAST(days AS DOUBLE) / ${DAYS_PER_MONTH} AS "pairingMonths",
	CAST(meetings AS BIGINT) AS meetings,
	${rateSql('meetings', `(CAST(days AS DOUBLE) / ${DAYS_PER_MONTH})`)} AS "meetingsPerMonth"
FROM cells
ORDER BY dimension, ord, category`;
}

export async function mentoringAccessGap(db: Connector, filter: PopulationFilter = EMPTY_FILTER): Promise<AccessGapRow[]> {
	const params = [...compilePopulation(filter).params, ...eventWindowParams(filter)];
	return db.query<AccessGapRow & Record<string, unknown>>(accessGapSql(filter), params);
}
