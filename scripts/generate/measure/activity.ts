/** Meeting log and interprofessional figures: status mix, modality trend, quiet pairs, IPE reach. */
import type { NodeConnector } from '../../../src/lib/engine/node';
import { AS_OF_ISO } from '../options';

export interface ActivityFigures {
	meetings: number;
	statusShare: Record<string, number>;
	durationRange: [number, number];
	ratingShare: Record<string, number>;
	virtualByYear: Record<string, number>;
	openPairings: number;
	/** Open matched pairings with no completed meeting in the 60 days before the as-of date. */
	quietOpenPairings: number;
	/** Same, among pairs matched at least 60 days before the as-of date. */
	quietEstablishedPairings: number;
	/** Open pairings whose last two logged meetings were both cancelled or missed. */
	consecutiveMisses: number;
	ipeActivities: number;
	attendeesRange: [number, number];
	attendeesMean: number;
	professionsRange: [number, number];
	ipeKinds: Record<string, number>;
}

export async function activity(c: NodeConnector): Promise<ActivityFigures> {
	const asOf = AS_OF_ISO;
	const status = await c.query<{ k: string; v: number }>(`SELECT status AS k, count(*) / sum(count(*)) OVER () AS v FROM meetings GROUP BY status ORDER BY k`);
	const ratings = await c.query<{ k: string; v: number }>(`SELECT CAST(rating AS VARCHAR) AS k, count(*) / sum(count(*)) OVER () AS v FROM meetings WHERE rating IS NOT NULL GROUP BY rating ORDER BY k`);
	const virtual = await c.query<{ k: number; v: number }>(`SELECT year(date) AS k, avg(CASE WHEN format = 'Virtual' THEN 1.0 ELSE 0.0 END) AS v FROM meetings GROUP BY k ORDER BY k`);
	const [m] = await c.query(`SELECT count(*) AS n, min(duration) AS lo, max(duration) AS hi FROM meetings`);
	const [quiet] = await c.query(`
		WITH open AS (SELECT id, matched FROM pairings WHERE matched IS NOT NULL AND ended IS NULL),
		recent AS (SELECT DISTINCT pairing FROM meetings WHERE status = 'Completed' AND date >= CAST(? AS DATE) - 60),
		last2 AS (SELECT pairing, list(status ORDER BY date DESC)[1:2] AS s FROM meetings GROUP BY pairing)
		SELECT count(*) AS open,
			avg(CASE WHEN r.pairing IS NULL THEN 1.0 ELSE 0.0 END) AS quiet,
			avg(CASE WHEN r.pairing IS NULL THEN 1.0 ELSE 0.0 END) FILTER (WHERE o.matched <= CAST(? AS DATE) - 60) AS quiet_est,
			count(*) FILTER (WHERE len(l.s) = 2 AND NOT list_contains(l.s, 'Completed')) AS misses
		FROM open o LEFT JOIN recent r ON r.pairing = o.id LEFT JOIN last2 l ON l.pairing = o.id`, [asOf, asOf]);
	const [ipe] = await c.query(`
		WITH per AS (SELECT a.activity, count(*) AS n, count(DISTINCT p.profession) AS professions
			FROM ipe_attendance a JOIN people p ON p.id = a.person GROUP BY a.activity)
		SELECT count(*) AS activities, min(n) AS lo, max(n) AS hi, avg(n) AS mean, min(professions) AS plo, max(professions) AS phi FROM per`);
	const kinds = await c.query<{ k: string; v: number }>(`SELECT kind AS k, count(*) AS v FROM ipe_activities GROUP BY kind ORDER BY kind`);
	const rec = (rows: { k: string | number; v: number }[]) => Object.fromEntries(rows.map((r) => [String(r.k), Number(r.v)]));
	return {
		meetings: Number(m.n),
		statusShare: rec(status),
		durationRange: [Number(m.lo), Number(m.hi)],
		ratingShare: rec(ratings),
		virtualByYear: rec(virtual),
		openPairings: Number(quiet.open),
		quietOpenPairings: Number(quiet.quiet),
		quietEstablishedPairings: Number(quiet.quiet_est),
		consecutiveMisses: Number(quiet.misses),
		ipeActivities: Number(ipe.activities),
		attendeesRange: [Number(ipe.lo), Number(ipe.hi)],
		attendeesMean: Number(ipe.mean),
		professionsRange: [Number(ipe.plo), Number(ipe.phi)],
		ipeKinds: rec(kinds)
	};
}
