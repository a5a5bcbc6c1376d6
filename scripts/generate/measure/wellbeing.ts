/**
 * Well-being figures from the two survey exports, scored by the rules in
 * src/lib/instruments (Mini-Z item ≥ 3; PHQ-2 sum ≥ 3; WHO-5 raw < 13; UCLA-3 ≥ 6; Mayo WBI
 * ≥ 5 yes). "-99" and blanks are not answers. Mentored = a running matched pairing on the
 * day the wave opened.
 */
import type { NodeConnector } from '../../../src/lib/engine/node';

export interface WellbeingFigures {
	responseRateByWave: Record<string, number>;
	redcapResponseRateByWave: Record<string, number>;
	burnoutMentored: number;
	burnoutUnmentored: number;
	burnoutOddsRatio: number;
	nMentored: number;
	nUnmentored: number;
	/** Prevalence of each other flag among burned-out vs not burned-out answers. */
	phq2PositiveByBurnout: [number, number];
	who5PoorByBurnout: [number, number];
	ucla3LonelyByBurnout: [number, number];
	wbiDistress: number;
	wbiDistressMentored: number;
	wbiDistressUnmentored: number;
	partialShare: number;
	skippedCellShare: number;
	commentShare: number;
}

const flagShare = (flag: string, valid: string) => `avg(CASE WHEN ${flag} THEN 1.0 ELSE 0.0 END) FILTER (WHERE ${valid})`;

export async function wellbeing(c: NodeConnector): Promise<WellbeingFigures> {
	const rates = await c.query<{ wave: string; q: number; r: number }>(`
		SELECT w.id AS wave,
			count(DISTINCT q.person) / count(DISTINCT t.id) AS q,
			count(DISTINCT r.person) FILTER (WHERE r.completed) / nullif(count(DISTINCT r.person), 0) AS r
		FROM waves w JOIN people t ON t.role <> 'Mentor' AND t.start <= w.opens AND (t.exit IS NULL OR t.exit > w.opens)
		LEFT JOIN qualtrics q ON q.person = t.id AND q.wave = w.id
		LEFT JOIN redcap r ON r.person = t.id AND r.event = w.event
		GROUP BY w.id ORDER BY w.id`);
	const [b] = await c.query(`
		WITH s AS (SELECT q.*, m.person IS NOT NULL AS mentored, q1 >= 3 AS burnout FROM qualtrics q
			LEFT JOIN mentored_at_wave m ON m.person = q.person AND m.wave = q.wave WHERE q1 BETWEEN 1 AND 5)
		SELECT
			${flagShare('burnout', 'mentored')} AS bm, ${flagShare('burnout', 'NOT mentored')} AS bu,
			count(*) FILTER (WHERE mentored) AS nm, count(*) FILTER (WHERE NOT mentored) AS nu,
			${flagShare('phq1 + phq2 >= 3', 'burnout AND phq1 >= 0 AND phq2 >= 0')} AS phq_b, ${flagShare('phq1 + phq2 >= 3', 'NOT burnout AND phq1 >= 0 AND phq2 >= 0')} AS phq_n,
			${flagShare('who1 + who2 + who3 + who4 + who5 < 13', 'burnout AND least(who1, who2, who3, who4, who5) >= 0')} AS who_b,
			${flagShare('who1 + who2 + who3 + who4 + who5 < 13', 'NOT burnout AND least(who1, who2, who3, who4, who5) >= 0')} AS who_n,
			${flagShare('ucla1 + ucla2 + ucla3 >= 6', 'burnout AND least(ucla1, ucla2, ucla3) >= 1')} AS ucla_b,
			${flagShare('ucla1 + ucla2 + ucla3 >= 6', 'NOT burnout AND least(ucla1, ucla2, ucla3) >= 1')} AS ucla_n
		FROM s`);
	const [w] = await c.query(`
		SELECT ${flagShare('wbi >= 5', 'wbi IS NOT NULL')} AS all_,
			${flagShare('wbi >= 5', 'wbi IS NOT NULL AND m.person IS NOT NULL')} AS m,
			${flagShare('wbi >= 5', 'wbi IS NOT NULL AND m.person IS NULL')} AS u
		FROM redcap r JOIN waves wv ON wv.event = r.event LEFT JOIN mentored_at_wave m ON m.person = r.person AND m.wave = wv.id`);
	const [q] = await c.query(`SELECT ${flagShare('NOT finished', 'true')} AS partial,
			${flagShare('comment IS NOT NULL', 'finished')} AS comments,
			sum((q1 = -99)::INT + (phq1 = -99)::INT + (phq2 = -99)::INT + (who1 = -99)::INT + (ucla1 = -99)::INT)
				/ sum((q1 IS NOT NULL)::INT + (phq1 IS NOT NULL)::INT + (phq2 IS NOT NULL)::INT + (who1 IS NOT NULL)::INT + (ucla1 IS NOT NULL)::INT) AS skipped
		FROM qualtrics`);
	const bm = Number(b.bm);
	const bu = Number(b.bu);
	return {
		responseRateByWave: Object.fromEntries(rates.map((r) => [r.wave, Number(r.q)])),
		redcapResponseRateByWave: Object.fromEntries(rates.map((r) => [r.wave, Number(r.r)])),
		burnoutMentored: bm,
		burnoutUnmentored: bu,
		burnoutOddsRatio: (bm / (1 - bm)) / (bu / (1 - bu)),
		nMentored: Number(b.nm),
		nUnmentored: Number(b.nu),
		phq2PositiveByBurnout: [Number(b.phq_b), Number(b.phq_n)],
		who5PoorByBurnout: [Number(b.who_b), Number(b.who_n)],
		ucla3LonelyByBurnout: [Number(b.ucla_b), Number(b.ucla_n)],
		wbiDistress: Number(w.all_),
		wbiDistressMentored: Number(w.m),
		wbiDistressUnmentored: Number(w.u),
		partialShare: Number(q.partial),
		skippedCellShare: Number(q.skipped),
		commentShare: Number(q.comments)
	};
}
