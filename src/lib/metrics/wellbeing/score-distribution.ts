/**
 * Distribution of instrument scores per survey wave: how many respondents gave each score,
 * so a reader sees what sits behind a prevalence (a shift from 2 to 3 on Mini-Z crosses the
 * burnout line; a shift from 4 to 5 does not change the prevalence at all).
 *
 * Per wave in the filter's date range and score bin:
 *   respondents  eligible trainees of the population whose score (their most adverse in the
 *                wave, wave-answers.ts) falls in the bin; unscored answers are left out.
 *   flagged      those among them whose answer raised the flag.
 *   n            scored respondents of the wave (the share's denominator).
 *   share        respondents / n.
 * Bins are one point wide for instruments scored as a sum or a single item (whole numbers),
 * half a point for instruments scored as a mean; every bin of the instrument's score range is
 * returned, empty ones with 0, so a gap reads as "nobody", not as a missing bar.
 */
import type { Connector } from '../../engine/connector';
import type { FlagRule, Instrument } from '../../instruments/instruments';
import { rateSql } from '../population';
import type { PopulationFilter } from '../population-filter';
import { adverseScoreAggregate, flaggedInstrument, isSmallCell, waveAnswerCtes, type WellbeingQuery } from './wave-answers';

export interface ScoreBin {
	waveId: string;
	label: string;
	/** yyyy-mm-dd */
	opensOn: string;
	/** Lower edge of the bin (the score itself for whole-number scores). */
	score: number;
	respondents: number;
	flagged: number;
	/** Scored respondents in the wave. */
	n: number;
	share: number | null;
	/** The bin's score meets the instrument's flag rule (colours the bar). */
	inFlagRange: boolean;
	/** Set only when options.minCell is given. */
	suppressed?: boolean;
}

export interface ScoreDistributionOptions {
	instrument: string;
	minCell?: number;
}

/** Width of a score bin: whole points for sums and single items, half points for means. */
export function scoreBinWidth(instrument: Instrument): number {
	return instrument.score.kind === 'mean' ? 0.5 : 1;
}

export function scoreDistributionQuery(filter: PopulationFilter, instrument: Instrument): WellbeingQuery {
	const shared = waveAnswerCtes(filter, instrument.id, adverseScoreAggregate(instrument));
	const sql = `WITH ${shared.ctes},
bin AS (SELECT CAST(? AS DOUBLE) AS width),
scored AS (
	SELECT a.wave_id, floor(a.score / (SELECT width FROM bin)) * (SELECT width FROM bin) AS score, a.flag
	FROM answers a
	WHERE a.score IS NOT NULL
),
wave_n AS (
	SELECT wave_id, count(*) AS n FROM scored GROUP BY wave_id
),
binned AS (
	SELECT wave_id, score, count(*) AS respondents, count(*) FILTER (WHERE flag) AS flagged
	FROM scored
	GROUP BY wave_id, score
)
SELECT w.wave_id, w.label, CAST(w.opens_on AS VARCHAR) AS opens_on, b.score, b.respondents, b.flagged, n.n,
	${rateSql('b.respondents', 'n.n')} AS share
FROM binned b
JOIN wave_n n ON n.wave_id = b.wave_id
JOIN waves w ON w.wave_id = b.wave_id
ORDER BY w.opens_on, w.wave_id, b.score`;
	return { sql, params: [...shared.params, scoreBinWidth(instrument)] };
}

interface Row extends Record<string, unknown> {
	wave_id: string;
	label: string;
	opens_on: string;
	score: number;
	respondents: number;
	flagged: number;
	n: number;
	share: number | null;
}

/** The instrument's flag rule applied to a score (the rule is configuration: instruments.ts). */
export function meetsFlagRule(rule: FlagRule | null, score: number): boolean {
	if (!rule) return false;
	switch (rule.op) {
		case '>=':
			return score >= rule.threshold;
		case '>':
			return score > rule.threshold;
		case '<':
			return score < rule.threshold;
		case '<=':
			return score <= rule.threshold;
	}
}

/** Every bin edge of the instrument's score range. */
function binEdges(instrument: Instrument): number[] {
	const width = scoreBinWidth(instrument);
	const [min, max] = instrument.scoreRange;
	const edges: number[] = [];
	for (let edge = Math.floor(min / width) * width; edge <= max; edge += width) edges.push(edge);
	return edges;
}

/** Fills the bins nobody scored in, per wave that has any scored answer. */
function withEmptyBins(rows: ScoreBin[], instrument: Instrument): ScoreBin[] {
	const out: ScoreBin[] = [];
	const waves = [...new Map(rows.map((r) => [r.waveId, r])).values()];
	for (const wave of waves) {
		const found = new Map(rows.filter((r) => r.waveId === wave.waveId).map((r) => [r.score, r]));
		for (const edge of binEdges(instrument)) {
			out.push(found.get(edge) ?? { waveId: wave.waveId, label: wave.label, opensOn: wave.opensOn, score: edge, respondents: 0, flagged: 0, n: wave.n, share: 0, inFlagRange: false });
			found.delete(edge);
		}
		// A score outside the configured range still shows (an import error should be visible).
		out.push(...found.values());
	}
	return out;
}

export async function scoreDistribution(db: Connector, filter: PopulationFilter, options: ScoreDistributionOptions): Promise<ScoreBin[]> {
	const instrument = flaggedInstrument(options.instrument);
	const { sql, params } = scoreDistributionQuery(filter, instrument);
	const rows = (await db.query<Row>(sql, params)).map(
		(r): ScoreBin => ({ waveId: r.wave_id, label: r.label, opensOn: r.opens_on, score: r.score, respondents: r.respondents, flagged: r.flagged, n: r.n, share: r.share, inFlagRange: false })
	);
	const bins = withEmptyBins(rows, instrument);
	for (const b of bins) b.inFlagRange = meetsFlagRule(instrument.flag, b.score);
	if (options.minCell !== undefined) for (const b of bins) b.suppressed = isSmallCell(b.respondents, b.n, options.minCell);
	return bins;
}
