/**
 * Mentor coverage: the share of active trainees who have a mentor on dataset_info.as_of.
 *
 * Denominator (DOMAIN.md §3, "a match rate is over active trainees on the date shown"):
 * trainees with status active on as_of. Numerator: those among them with a pairing in force
 * on as_of (matched_at ≤ as_of, not ended by as_of, mentor assigned). Trainees are counted
 * in their home program (people.program_id), whichever program the pairing belongs to.
 */
import type { Connector } from '../engine/connector';
import { ACTIVE_TRAINEES_CTE, AS_OF_SQL, pairingActiveOnSql, rateSql } from './population';
import { wilsonBoundsSql } from './wilson';

export interface CoverageRate {
	activeTrainees: number;
	withMentor: number;
	/** withMentor / activeTrainees; NULL when there are no active trainees. */
	rate: number | null;
	/** Wilson 95% interval of the rate. */
	lower: number | null;
	upper: number | null;
}

export interface ProgramCoverage extends CoverageRate {
	programId: string;
	programName: string | null;
}

export interface MentorCoverage extends CoverageRate {
	byProgram: ProgramCoverage[];
}

const wilson = wilsonBoundsSql('with_mentor', 'active_trainees');

/**
 * Rows with scope 'program' (one per program, including programs with nobody active) and one
 * row with scope 'all'.
 */
export const MENTOR_COVERAGE_SQL = `WITH ${ACTIVE_TRAINEES_CTE},
trainee_coverage AS (
	SELECT t.person_id, t.program_id,
		EXISTS (
			SELECT 1 FROM pairings pa
			WHERE pa.mentee_id = t.person_id AND ${pairingActiveOnSql('pa', AS_OF_SQL)}
		) AS has_mentor
	FROM active_trainees t
),
by_program AS (
	SELECT program_id, count(*) AS active_trainees, count(*) FILTER (WHERE has_mentor) AS with_mentor
	FROM trainee_coverage
	GROUP BY program_id
),
scoped AS (
	SELECT 'program' AS scope,
		coalesce(pr.program_id, b.program_id) AS program_id,
		pr.name AS program_name,
		coalesce(b.active_trainees, 0) AS active_trainees,
		coalesce(b.with_mentor, 0) AS with_mentor
	FROM programs pr
	FULL OUTER JOIN by_program b ON b.program_id = pr.program_id
	UNION ALL
	SELECT 'all', NULL, NULL, count(*), count(*) FILTER (WHERE has_mentor)
	FROM trainee_coverage
)
SELECT scope, program_id, program_name, active_trainees, with_mentor,
	${rateSql('with_mentor', 'active_trainees')} AS rate,
	${wilson.lower} AS lower,
	${wilson.upper} AS upper
FROM scoped
ORDER BY scope, program_id`;

interface Row extends Record<string, unknown> {
	scope: 'program' | 'all';
	program_id: string | null;
	program_name: string | null;
	active_trainees: number;
	with_mentor: number;
	rate: number | null;
	lower: number | null;
	upper: number | null;
}

const coverage = (r: Row): CoverageRate => ({
	activeTrainees: r.active_trainees,
	withMentor: r.with_mentor,
	rate: r.rate,
	lower: r.lower,
	upper: r.upper
});

export async function mentorCoverage(db: Connector): Promise<MentorCoverage> {
	const rows = await db.query<Row>(MENTOR_COVERAGE_SQL);
	const all = rows.find((r) => r.scope === 'all');
	if (!all) throw new Error('mentor coverage: no overall row');
	const byProgram = rows
		.filter((r) => r.scope === 'program')
		.map((r) => ({ programId: r.program_id as string, programName: r.program_name, ...coverage(r) }));
	return { ...coverage(all), byProgram };
}
