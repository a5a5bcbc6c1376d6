/**
 * Active trainees on dataset_info.as_of: the headcount every Overview rate is taken over.
 */
import type { Connector } from '../engine/connector';
import { ACTIVE_TRAINEES_CTE } from './population';

export interface ProgramHeadcount {
	programId: string;
	/** NULL when a person names a program that is not in `programs`. */
	programName: string | null;
	trainees: number;
}

export interface ActiveTrainees {
	total: number;
	byProgram: ProgramHeadcount[];
}

/**
 * One row per program (programs with nobody active show 0), plus people whose program is
 * missing from `programs`, so the rows always add up to the total.
 */
export const ACTIVE_TRAINEES_SQL = `WITH ${ACTIVE_TRAINEES_CTE},
counts AS (
	SELECT program_id, count(*) AS trainees
	FROM active_trainees
	GROUP BY program_id
)
SELECT
	coalesce(pr.program_id, c.program_id) AS program_id,
	pr.name AS program_name,
	coalesce(c.trainees, 0) AS trainees
FROM programs pr
FULL OUTER JOIN counts c ON c.program_id = pr.program_id
ORDER BY program_id`;

interface Row extends Record<string, unknown> {
	program_id: string;
	program_name: string | null;
	trainees: number;
}

export async function activeTrainees(db: Connector): Promise<ActiveTrainees> {
	const rows = await db.query<Row>(ACTIVE_TRAINEES_SQL);
	const byProgram = rows.map((r) => ({ programId: r.program_id, programName: r.program_name, trainees: r.trainees }));
	return { total: byProgram.reduce((sum, p) => sum + p.trainees, 0), byProgram };
}
