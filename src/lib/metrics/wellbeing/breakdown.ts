/**
 * Flag prevalence by group for one survey wave: by profession, by training level and by
 * program, each group with its eligible trainees, respondents, n, Wilson 95% CI and response
 * rate (the same definitions as prevalence by wave, wave-answers.ts).
 *
 * The wave: the one asked for when it lies inside the filter's date range, otherwise the
 * latest wave in range with any response to the instrument (by opens_on, then wave_id).
 * Groups are the person's recorded values (people.profession, training_level, program_id);
 * training level is the level recorded on the data date, not at the wave, because the
 * exports carry no level history. A missing level is grouped as "unknown".
 */
import type { Connector } from '../../engine/connector';
import { rateSql } from '../population';
import type { PopulationFilter } from '../population-filter';
import { wilsonBoundsSql } from '../wilson';
import { flaggedInstrument, isSmallCell, waveAnswerCtes, type WellbeingQuery } from './wave-answers';

export const BREAKDOWN_DIMENSIONS = ['profession', 'level', 'program'] as const;
export type BreakdownDimension = (typeof BREAKDOWN_DIMENSIONS)[number];

export interface GroupPrevalence {
	dimension: BreakdownDimension;
	/** Profession code, training level or program id. */
	group: string;
	/** Program name for programs; the code otherwise. */
	groupLabel: string;
	waveId: string;
	eligible: number;
	respondents: number;
	n: number;
	flagged: number;
	prevalence: number | null;
	lower: number | null;
	upper: number | null;
	responseRate: number | null;
	/** Set only when options.minCell is given. */
	suppressed?: boolean;
}

export interface BreakdownOptions {
	instrument: string;
	/** Wave to break down; default (or when outside the date range) the latest answered wave. */
	waveId?: string | null;
	minCell?: number;
}

const wilson = wilsonBoundsSql('c.flagged', 'c.n');

export function breakdownQuery(filter: PopulationFilter, instrumentId: string, waveId: string | null): WellbeingQuery {
	const shared = waveAnswerCtes(filter, instrumentId);
	const sql = `WITH ${shared.ctes},
choice AS (SELECT CAST(? AS VARCHAR) AS wave_id),
chosen AS (
	SELECT coalesce(
		(SELECT w.wave_id FROM waves w WHERE w.wave_id = (SELECT wave_id FROM choice)),
		(SELECT arg_max(w.wave_id, CAST(w.opens_on AS VARCHAR) || w.wave_id) FROM waves w WHERE w.wave_id IN (SELECT wave_id FROM waves_answered))
	) AS wave_id
),
members AS (
	SELECT e.wave_id, p.profession, coalesce(p.training_level, 'unknown') AS level, p.program_id,
		a.person_id IS NOT NULL AS responded, a.flag
	FROM eligibility e
	JOIN people p ON p.person_id = e.person_id
	LEFT JOIN answers a ON a.wave_id = e.wave_id AND a.person_id = e.person_id
	WHERE e.wave_id = (SELECT wave_id FROM chosen)
),
long AS (
	SELECT 'profession' AS dimension, profession AS grp, wave_id, responded, flag FROM members
	UNION ALL
	SELECT 'level', level, wave_id, responded, flag FROM members
	UNION ALL
	SELECT 'program', program_id, wave_id, responded, flag FROM members
),
counted AS (
	SELECT dimension, grp, wave_id, count(*) AS eligible, count(*) FILTER (WHERE responded) AS respondents,
		count(flag) AS n, count(*) FILTER (WHERE flag) AS flagged
	FROM long
	GROUP BY dimension, grp, wave_id
)
SELECT c.dimension, c.grp, coalesce(pr.name, c.grp) AS group_label, c.wave_id,
	c.eligible, c.respondents, c.n, c.flagged,
	${rateSql('c.flagged', 'c.n')} AS prevalence,
	${wilson.lower} AS lower,
	${wilson.upper} AS upper,
	${rateSql('c.respondents', 'c.eligible')} AS response_rate
FROM counted c
LEFT JOIN programs pr ON c.dimension = 'program' AND pr.program_id = c.grp
ORDER BY c.dimension, c.grp`;
	return { sql, params: [...shared.params, waveId] };
}

interface Row extends Record<string, unknown> {
	dimension: BreakdownDimension;
	grp: string;
	group_label: string;
	wave_id: string;
	eligible: number;
	respondents: number;
	n: number;
	flagged: number;
	prevalence: number | null;
	lower: number | null;
	upper: number | null;
	response_rate: number | null;
}

export async function prevalenceBreakdown(db: Connector, filter: PopulationFilter, options: BreakdownOptions): Promise<GroupPrevalence[]> {
	const id = flaggedInstrument(options.instrument).id;
	const { sql, params } = breakdownQuery(filter, id, options.waveId ?? null);
	const rows = await db.query<Row>(sql, params);
	return rows.map((r) => {
		const group: GroupPrevalence = {
			dimension: r.dimension,
			group: r.grp,
			groupLabel: r.group_label,
			waveId: r.wave_id,
			eligible: r.eligible,
			respondents: r.respondents,
			n: r.n,
			flagged: r.flagged,
			prevalence: r.prevalence,
			lower: r.lower,
			upper: r.upper,
			responseRate: r.response_rate
		};
		if (options.minCell !== undefined)
			group.suppressed = isSmallCell(r.flagged, r.n, options.minCell) || isSmallCell(r.respondents, r.eligible, options.minCell);
		return group;
	});
}
