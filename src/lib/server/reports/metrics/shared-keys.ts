/**
 * Names of the numbers that several tables of one report hold (count-table.ts, `shared`).
 * Every table of a report runs under the report's one filter, so a key names the same
 * people wherever it is used; the suppression test checks on the demo data that entries
 * with one key hold one number. A key used by one table only costs nothing.
 *
 *   population            trainees of the population enrolled at some time in the period
 *                         (the population table's "Included"; retention tables' grand total)
 *   population|dim=c      of them, in group c (retention row totals, cohort column totals)
 *   population|outcome=o  of them, with retention outcome o (retention column totals)
 *   active-trainees       active trainees on the data date (composition, access)
 *   active-trainees|dim=c of them, in group c (composition cells, access row totals)
 *   active-trainees|matched / |unmatched  with and without a pairing in force (access)
 *   active-mentors        the mentors of their pairings in force then (composition)
 *   ipe-trainees|reached / |not-reached  of the population, reached or not by another
 *                         profession (the reach tables' column totals; their grand total is
 *                         the population)
 *   ipe-reach|program=X   a program's trainees when they are exactly one profession's, so the
 *                         profession's row and the program's row are one (with |reached, …)
 *   wave-eligible|w       trainees eligible for survey wave w (every instrument's table)
 */
import type { Connector } from '$lib/engine/connector';
import { compilePopulation, type PopulationFilter } from '$lib/metrics/population-filter';

export const SHARED = {
	population: 'population',
	populationIn: (dimension: string, category: string) => `population|${dimension}=${category}`,
	populationOutcome: (outcome: string) => `population|outcome=${outcome}`,
	activeTrainees: 'active-trainees',
	activeTraineesIn: (dimension: string, category: string) => `active-trainees|${dimension}=${category}`,
	activeMatched: 'active-trainees|matched',
	activeUnmatched: 'active-trainees|unmatched',
	activeMentors: 'active-mentors',
	ipeReached: 'ipe-trainees|reached',
	ipeNotReached: 'ipe-trainees|not-reached',
	reachOfProgram: (programId: string) => `ipe-reach|program=${programId}`,
	waveEligible: (waveId: string) => `wave-eligible|${waveId}`
} as const;

/** The URiM trend's count columns (URiM, not URiM, unknown) as URiM categories (metrics/diversity/groups.ts). */
export const URIM_TREND_CATEGORIES = ['yes', 'no', 'not_reported'] as const;

/** Trainees of the population with no cohort year: they are in the population but in no cohort row. */
export async function withoutCohort(db: Connector, filter: PopulationFilter): Promise<number> {
	const { cte, params } = compilePopulation(filter);
	const [row] = await db.query<{ n: number }>(
		`WITH ${cte} SELECT count(*) AS n FROM people p WHERE p.person_id IN (SELECT person_id FROM population) AND p.cohort_year IS NULL`,
		params
	);
	return Number(row?.n ?? 0);
}
