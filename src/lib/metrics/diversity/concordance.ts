/**
 * Concordance of mentor–mentee pairs and how long they last.
 *
 * A pair is concordant on a dimension (URiM status, gender) when mentee and mentor share the
 * category, discordant when both are known and differ, and "not_reported" when either side
 * is unknown (never guessed into one of the other two).
 *
 * Pairs counted: matched pairings (mentor assigned) of trainees in the filtered population,
 * matched inside the filter's date range (by as_of without one).
 * - active: those in force on as_of with an active mentee (scope.ts active pairs).
 * - duration: months matched, as time to the pairing's end with ongoing pairs censored at
 *   as_of. A plain median of "months so far" would understate groups with many recent
 *   pairs, so the median is the Kaplan–Meier median (first time S(t) ≤ 0.5; kaplanMeier.ts),
 *   NULL ("not reached") when fewer than half have ended by the last follow-up.
 * - ended early: among pairings that have ended by as_of, the share with end_reason
 *   'ended_early' (the platform's own code; rematch, mentor or mentee leaving are other
 *   codes). Over ended pairings, so ongoing ones, which may still end either way, do not
 *   dilute it. Wilson 95% CI.
 */
import type { Connector } from '../../engine/connector';
import { kaplanMeierCurveSql } from '../kaplanMeier';
import { compilePopulation, EMPTY_FILTER, type PopulationFilter } from '../population-filter';
import { AS_OF_SQL, pairingActiveOnSql, rateSql } from '../population';
import { wilsonBoundsSql } from '../wilson';
import { groupSql, NOT_REPORTED } from './groups';
import { DAYS_PER_MONTH, EVENT_WINDOW_CTE, eventWindowParams } from './scope';

export const CONCORDANCE_DIMENSIONS = ['urim', 'gender'] as const;
export type ConcordanceDimension = (typeof CONCORDANCE_DIMENSIONS)[number];
export const CONCORDANCE_CLASSES = ['concordant', 'discordant', NOT_REPORTED] as const;
export type ConcordanceClass = (typeof CONCORDANCE_CLASSES)[number];

export interface ConcordanceRow {
	dimension: ConcordanceDimension;
	concordance: ConcordanceClass;
	/** Matched pairings in the window. */
	pairs: number;
	/** Of them, in force on as_of with an active mentee. */
	active: number;
	ended: number;
	endedEarly: number;
	/** endedEarly / ended; NULL when none has ended. */
	endedEarlyShare: number | null;
	lower: number | null;
	upper: number | null;
	/** Kaplan–Meier median months matched; NULL when not reached. */
	medianMonths: number | null;
}

const wilson = wilsonBoundsSql('ended_early', 'ended');

function classSql(dimension: ConcordanceDimension): string {
	const mentee = groupSql(dimension, 'dm');
	const mentor = groupSql(dimension, 'dr');
	return `CASE WHEN ${mentee} = '${NOT_REPORTED}' OR ${mentor} = '${NOT_REPORTED}' THEN '${NOT_REPORTED}'
			WHEN ${mentee} = ${mentor} THEN 'concordant' ELSE 'discordant' END`;
}

export function concordanceSql(filter: PopulationFilter): string {
	const { cte } = compilePopulation(filter);
	const classes = CONCORDANCE_DIMENSIONS.map((dim) => `${classSql(dim)} AS ${dim}`).join(',\n\t\t');
	const byDimension = CONCORDANCE_DIMENSIONS.map((dim) => `SELECT '${dim}' AS dimension, ${dim} AS concordance, * EXCLUDE (${CONCORDANCE_DIMENSIONS.join(', ')}) FROM pair_classes`).join(
		'\n\tUNION ALL\n\t'
	);
	const grid = CONCORDANCE_DIMENSIONS.flatMap((dim) => CONCORDANCE_CLASSES.map((c, i) => `('${dim}', '${c}', ${i})`)).join(', ');
	return `WITH ${cte},
${EVENT_WINDOW_CTE},
pair_classes AS (
	SELECT pa.pairing_id,
		(pa.ended_at IS NOT NULL AND pa.ended_at <= ${AS_OF_SQL}) AS has_ended,
		coalesce(pa.end_reason = 'ended_early', false) AS early,
		(${pairingActiveOnSql('pa', AS_OF_SQL)} AND mentee.status = 'active') AS is_active,
		date_diff('day', pa.matched_at, CASE WHEN pa.ended_at <= ${AS_OF_SQL} THEN pa.ended_at ELSE ${AS_OF_SQL} END) AS days,
		${classes}
	FROM pairings pa
	JOIN people mentee ON mentee.person_id = pa.mentee_id
	LEFT JOIN demographics dm ON dm.person_id = pa.mentee_id
	LEFT JOIN demographics dr ON dr.person_id = pa.mentor_id,
	event_window w
	WHERE pa.mentor_id IS NOT NULL
		AND pa.matched_at BETWEEN w.date_from AND w.date_to
		AND pa.mentee_id IN (SELECT person_id FROM population)
),
classified AS (
	${byDimension}
),
subjects AS (
	SELECT dimension || ':' || concordance AS grp, days AS time, has_ended AS event FROM classified
),
curve AS (${kaplanMeierCurveSql('subjects')}),
medians AS (
	SELECT grp, min(time) AS median_days FROM curve WHERE survival <= 0.5 GROUP BY grp
),
counts AS (
	SELECT dimension, concordance, count(*) AS pairs,
		count(*) FILTER (WHERE is_active) AS active,
		count(*) FILTER (WHERE has_ended) AS ended,
		count(*) FILTER (WHERE has_ended AND early) AS ended_early
	FROM classified
	GROUP BY ALL
),
cells AS (
	SELECT g.dimension, g.concordance, g.ord,
		coalesce(c.pairs, 0) AS pairs, coalesce(c.active, 0) AS active,
		coalesce(c.ended, 0) AS ended, coalesce(c.ended_early, 0) AS ended_early
	FROM (VALUES ${grid}) g(dimension, concordance, ord)
	LEFT JOIN counts c ON c.dimension = g.dimension AND c.concordance = g.concordance
)
SELECT cells.dimension, cells.concordance, pairs, active, ended,
	ended_early AS "endedEarly",
	${rateSql('ended_early', 'ended')} AS "endedEarlyShare",
	${wilson.lower} AS lower,
	${wilson.upper} AS upper,
	CAST(m.median_days AS DOUBLE) / ${DAYS_PER_MONTH} AS "medianMonths"
FROM cells
LEFT JOIN medians m ON m.grp = cells.dimension || ':' || cells.concordance
ORDER BY cells.dimension DESC, cells.ord`;
}

export async function pairConcordance(db: Connector, filter: PopulationFilter = EMPTY_FILTER): Promise<ConcordanceRow[]> {
	const params = [...compilePopulation(filter).params, ...eventWindowParams(filter)];
	return db.query<ConcordanceRow & Record<string, unknown>>(concordanceSql(filter), params);
}
