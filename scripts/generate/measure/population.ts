/** Who is in the demo: sizes, diversity (LCME 3.3) and the mentoring status on the as-of date. */
import type { NodeConnector } from '../../../src/lib/engine/node';

export interface PopulationFigures {
	trainees: number;
	facultyMentors: number;
	nearPeerMentors: number;
	urimTrainees: number;
	urimByCohort: Record<string, number>;
	urimMentors: number;
	firstGen: number;
	lowIncome: number;
	womenByProgram: Record<string, number>;
	/** Active trainees (status Active) with no running matched pairing on the as-of date. */
	unmatchedActive: number;
	unmatchedActiveByProgram: Record<string, number>;
	awaitingApproval: number;
	/** First match 30–120 days after start, of first matches. */
	firstMatchWithin30to120: number;
	firstMatchMedianDays: number;
	crossDiscipline: number;
	endedEarly: number;
	rematched: number;
}

const share = (sql: string) => `avg(CASE WHEN ${sql} THEN 1.0 ELSE 0.0 END)`;

export async function population(c: NodeConnector): Promise<PopulationFigures> {
	const [counts] = await c.query(`SELECT
			count(*) FILTER (WHERE role <> 'Mentor') AS trainees,
			count(*) FILTER (WHERE role = 'Mentor') AS faculty,
			count(*) FILTER (WHERE role = 'Both') AS near_peer,
			avg(CASE WHEN urim THEN 1.0 WHEN NOT urim THEN 0.0 END) FILTER (WHERE role <> 'Mentor') AS urim_trainees,
			avg(CASE WHEN urim THEN 1.0 WHEN NOT urim THEN 0.0 END) FILTER (WHERE role = 'Mentor') AS urim_mentors,
			avg(CASE WHEN first_gen THEN 1.0 WHEN NOT first_gen THEN 0.0 END) FILTER (WHERE role <> 'Mentor') AS first_gen,
			avg(CASE WHEN low_income THEN 1.0 WHEN NOT low_income THEN 0.0 END) FILTER (WHERE role <> 'Mentor') AS low_income
		FROM people`);
	const byCohort = await c.query<{ cohort: number; v: number }>(`SELECT cohort, avg(CASE WHEN urim THEN 1.0 WHEN NOT urim THEN 0.0 END) AS v
		FROM people WHERE role <> 'Mentor' GROUP BY cohort ORDER BY cohort`);
	const women = await c.query<{ program: string; v: number }>(`SELECT program, ${share(`gender = 'Woman'`)} AS v FROM people WHERE role <> 'Mentor' GROUP BY program ORDER BY program`);
	const unmatched = await c.query<{ program: string; v: number }>(`
		SELECT coalesce(t.program, 'all') AS program, ${share('m.mentee IS NULL')} AS v
		FROM people t LEFT JOIN (SELECT DISTINCT mentee FROM pairings WHERE matched IS NOT NULL AND ended IS NULL) m ON m.mentee = t.id
		WHERE t.role <> 'Mentor' AND t.status = 'Active'
		GROUP BY ROLLUP (t.program) ORDER BY program`);
	const [match] = await c.query(`
		WITH first AS (SELECT p.mentee, min(p.matched) - min(t.start) AS days FROM pairings p JOIN people t ON t.id = p.mentee
			WHERE p.matched IS NOT NULL GROUP BY p.mentee)
		SELECT ${share('days BETWEEN 30 AND 120')} AS within, median(days) AS median FROM first`);
	const [pairs] = await c.query(`SELECT
			${share('m.profession <> t.profession')} FILTER (WHERE p.matched IS NOT NULL) AS cross,
			count(*) FILTER (WHERE p.matched IS NULL) AS awaiting,
			count(*) FILTER (WHERE p.end_reason = 'Ended early') AS ended_early,
			count(*) FILTER (WHERE p.end_reason = 'Rematched') AS rematched
		FROM pairings p JOIN people t ON t.id = p.mentee LEFT JOIN people m ON m.id = p.mentor`);
	const record = (rows: { v: number }[], key: (r: never) => string | number) =>
		Object.fromEntries(rows.map((r) => [String(key(r as never)), Number(r.v)]));
	const unmatchedBy = record(unmatched, (r: { program: string }) => r.program);
	return {
		trainees: Number(counts.trainees),
		facultyMentors: Number(counts.faculty),
		nearPeerMentors: Number(counts.near_peer),
		urimTrainees: Number(counts.urim_trainees),
		urimByCohort: record(byCohort, (r: { cohort: number }) => r.cohort),
		urimMentors: Number(counts.urim_mentors),
		firstGen: Number(counts.first_gen),
		lowIncome: Number(counts.low_income),
		womenByProgram: record(women, (r: { program: string }) => r.program),
		unmatchedActive: unmatchedBy.all,
		unmatchedActiveByProgram: Object.fromEntries(Object.entries(unmatchedBy).filter(([k]) => k !== 'all')),
		awaitingApproval: Number(pairs.awaiting),
		firstMatchWithin30to120: Number(match.within),
		firstMatchMedianDays: Number(match.median),
		crossDiscipline: Number(pairs.cross),
		endedEarly: Number(pairs.ended_early),
		rematched: Number(pairs.rematched)
	};
}
