/**
 * Paired change: how the same people's scores moved between two waves (DOMAIN.md §3), so a
 * change in prevalence is not just a change in who answered.
 *
 * Pairs: each trainee of the population with a scored answer in at least two waves (inside
 * the filter's date range, eligible in both, wave-answers.ts) contributes ONE pair, their
 * first and their latest scored wave (by opens_on). One pair per person keeps the pairs
 * independent, which the interval below assumes; consecutive pairs would count a person
 * answering three waves twice. Someone who answered only one wave is not in any pair.
 *
 *   change       latest score − first score (instrument points; its direction is the
 *                instrument's: higher is worse except WHO-5).
 *   mentored     had a pairing in force on the LATER wave's opens_on (matched by then, not yet
 *                ended, mentor assigned: population.ts pairingActiveOnSql). Fixed at the later
 *                wave, not "ever", so later matches do not flatter mentoring.
 *   crossed in   not flagged at the first wave, flagged at the latest, over those not flagged
 *                at the first (how many became flagged).
 *   crossed out  flagged at the first, not at the latest, over those flagged at the first.
 *
 * The SQL returns n, mean and sample SD of the change per group (all, mentored, unmentored);
 * the 95% CI is t-based, mean ± t(0.975, n−1)·SD/√n, computed in TypeScript (DuckDB has no t
 * quantile: student-t.ts). Crossing shares carry Wilson 95% CIs. The mentored − unmentored
 * difference in mean change uses Welch's t interval (unequal variances).
 */
import type { Connector } from '../../engine/connector';
import { pairingActiveOnSql, rateSql } from '../population';
import type { PopulationFilter } from '../population-filter';
import { wilsonBoundsSql } from '../wilson';
import { studentTQuantile } from './student-t';
import { adverseScoreAggregate, flaggedInstrument, isSmallCell, waveAnswerCtes, type WellbeingQuery } from './wave-answers';

export const PAIRED_GROUPS = ['all', 'mentored', 'unmentored'] as const;
export type PairedGroup = (typeof PAIRED_GROUPS)[number];

export interface PairedChange {
	group: PairedGroup;
	/** People with a pair. */
	n: number;
	meanChange: number | null;
	sdChange: number | null;
	/** t-based 95% CI of the mean change; null below n = 2. */
	lower: number | null;
	upper: number | null;
	notFlaggedFirst: number;
	crossedIn: number;
	crossedInShare: number | null;
	crossedInLower: number | null;
	crossedInUpper: number | null;
	flaggedFirst: number;
	crossedOut: number;
	crossedOutShare: number | null;
	crossedOutLower: number | null;
	crossedOutUpper: number | null;
	/** Set only when options.minCell is given. */
	suppressed?: boolean;
}

export interface MeanDifference {
	/** mentored mean change − unmentored mean change */
	difference: number;
	lower: number;
	upper: number;
	/** Welch–Satterthwaite degrees of freedom. */
	df: number;
}

export interface PairedChangeResult {
	groups: PairedChange[];
	/** Null when either group has fewer than 2 pairs or no spread. */
	mentoredMinusUnmentored: MeanDifference | null;
}

export interface PairedChangeOptions {
	instrument: string;
	minCell?: number;
}

const inWilson = wilsonBoundsSql('crossed_in', 'not_flagged_first');
const outWilson = wilsonBoundsSql('crossed_out', 'flagged_first');

export function pairedChangeQuery(filter: PopulationFilter, instrumentId: string): WellbeingQuery {
	const shared = waveAnswerCtes(filter, instrumentId, adverseScoreAggregate(flaggedInstrument(instrumentId)));
	// Wave order key: opens_on, then wave_id for waves opening the same day.
	const order = `CAST(e.opens_on AS VARCHAR) || e.wave_id`;
	const sql = `WITH ${shared.ctes},
scored AS (
	SELECT a.person_id, a.score, a.flag, e.opens_on, ${order} AS wave_order
	FROM answers a
	JOIN eligibility e ON e.wave_id = a.wave_id AND e.person_id = a.person_id
	WHERE a.score IS NOT NULL
),
ends AS (
	SELECT person_id,
		arg_min(score, wave_order) AS first_score, arg_max(score, wave_order) AS last_score,
		arg_min(flag, wave_order) AS first_flag, arg_max(flag, wave_order) AS last_flag,
		arg_max(opens_on, wave_order) AS later_opens_on
	FROM scored
	GROUP BY person_id
	HAVING count(*) >= 2
),
pairs AS (
	SELECT en.person_id, en.last_score - en.first_score AS change, en.first_flag, en.last_flag,
		CASE WHEN EXISTS (
			SELECT 1 FROM pairings pa WHERE pa.mentee_id = en.person_id AND ${pairingActiveOnSql('pa', 'en.later_opens_on')}
		) THEN 'mentored' ELSE 'unmentored' END AS grp
	FROM ends en
),
tagged AS (
	SELECT 'all' AS grp, change, first_flag, last_flag FROM pairs
	UNION ALL
	SELECT grp, change, first_flag, last_flag FROM pairs
),
grouped AS (
	SELECT g.grp, count(t.change) AS n, avg(t.change) AS mean_change, stddev_samp(t.change) AS sd_change,
		count(*) FILTER (WHERE t.first_flag = false) AS not_flagged_first,
		count(*) FILTER (WHERE t.first_flag = false AND t.last_flag) AS crossed_in,
		count(*) FILTER (WHERE t.first_flag) AS flagged_first,
		count(*) FILTER (WHERE t.first_flag AND t.last_flag = false) AS crossed_out
	FROM (VALUES ('all', 0), ('mentored', 1), ('unmentored', 2)) AS g(grp, position)
	LEFT JOIN tagged t ON t.grp = g.grp
	GROUP BY g.grp, g.position
)
SELECT grp, n, mean_change, sd_change,
	not_flagged_first, crossed_in, ${rateSql('crossed_in', 'not_flagged_first')} AS crossed_in_share,
	${inWilson.lower} AS crossed_in_lower, ${inWilson.upper} AS crossed_in_upper,
	flagged_first, crossed_out, ${rateSql('crossed_out', 'flagged_first')} AS crossed_out_share,
	${outWilson.lower} AS crossed_out_lower, ${outWilson.upper} AS crossed_out_upper
FROM grouped
ORDER BY grp`;
	return { sql, params: shared.params };
}

interface Row extends Record<string, unknown> {
	grp: PairedGroup;
	n: number;
	mean_change: number | null;
	sd_change: number | null;
	not_flagged_first: number;
	crossed_in: number;
	crossed_in_share: number | null;
	crossed_in_lower: number | null;
	crossed_in_upper: number | null;
	flagged_first: number;
	crossed_out: number;
	crossed_out_share: number | null;
	crossed_out_lower: number | null;
	crossed_out_upper: number | null;
}

/** mean ± t(0.975, n − 1)·SD/√n; null when n < 2 (no spread to estimate). */
export function meanChangeInterval(n: number, mean: number | null, sd: number | null): { lower: number; upper: number } | null {
	if (mean === null || sd === null || n < 2) return null;
	const half = studentTQuantile(0.975, n - 1) * (sd / Math.sqrt(n));
	return { lower: mean - half, upper: mean + half };
}

/** Welch's 95% interval for the difference of two means (unequal variances). */
export function welchDifference(a: PairedChange, b: PairedChange): MeanDifference | null {
	if (a.n < 2 || b.n < 2 || a.meanChange === null || b.meanChange === null || a.sdChange === null || b.sdChange === null) return null;
	const va = (a.sdChange * a.sdChange) / a.n;
	const vb = (b.sdChange * b.sdChange) / b.n;
	if (va + vb === 0) return null;
	const df = (va + vb) ** 2 / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
	const half = studentTQuantile(0.975, df) * Math.sqrt(va + vb);
	const difference = a.meanChange - b.meanChange;
	return { difference, lower: difference - half, upper: difference + half, df };
}

function toChange(r: Row, minCell: number | undefined): PairedChange {
	const ci = meanChangeInterval(r.n, r.mean_change, r.sd_change);
	const change: PairedChange = {
		group: r.grp,
		n: r.n,
		meanChange: r.mean_change,
		sdChange: r.sd_change,
		lower: ci?.lower ?? null,
		upper: ci?.upper ?? null,
		notFlaggedFirst: r.not_flagged_first,
		crossedIn: r.crossed_in,
		crossedInShare: r.crossed_in_share,
		crossedInLower: r.crossed_in_lower,
		crossedInUpper: r.crossed_in_upper,
		flaggedFirst: r.flagged_first,
		crossedOut: r.crossed_out,
		crossedOutShare: r.crossed_out_share,
		crossedOutLower: r.crossed_out_lower,
		crossedOutUpper: r.crossed_out_upper
	};
	if (minCell !== undefined)
		change.suppressed =
			isSmallCell(0, r.n, minCell) || isSmallCell(r.crossed_in, r.not_flagged_first, minCell) || isSmallCell(r.crossed_out, r.flagged_first, minCell);
	return change;
}

export async function pairedChange(db: Connector, filter: PopulationFilter, options: PairedChangeOptions): Promise<PairedChangeResult> {
	const { sql, params } = pairedChangeQuery(filter, options.instrument);
	const rows = await db.query<Row>(sql, params);
	const groups = PAIRED_GROUPS.map((g) => rows.find((r) => r.grp === g)).filter((r): r is Row => r !== undefined).map((r) => toChange(r, options.minCell));
	const [mentored, unmentored] = ['mentored', 'unmentored'].map((g) => groups.find((x) => x.group === g));
	const difference = mentored && unmentored && !mentored.suppressed && !unmentored.suppressed ? welchDifference(mentored, unmentored) : null;
	return { groups, mentoredMinusUnmentored: difference };
}
