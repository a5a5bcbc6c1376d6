/**
 * Everything the Well-being page shows, gathered from the metric functions in one call so
 * the page (duckdb-wasm) and the end-to-end test (Node) compute it the same way.
 *
 * Besides the shared filter the page has two choices of its own, kept in the URL next to
 * the filter so a link reproduces the page: `instrument=` (default the Mini-Z burnout item)
 * and `wave=` (the wave broken down by score and by group; default the latest answered).
 */
import type { Connector } from '$lib/engine/connector';
import type { Instrument } from '$lib/instruments/instruments';
import type { PopulationFilter } from '$lib/metrics/population-filter';
import {
	DEFAULT_INSTRUMENT,
	flagPrevalenceByWave,
	instrumentsWithData,
	pairedChange,
	prevalenceBreakdown,
	scoreDistribution,
	type GroupPrevalence,
	type PairedChangeResult,
	type ScoreBin,
	type WaveFlagPrevalence
} from '$lib/metrics/wellbeing/catalog';
import { datasetContext, type DatasetContext } from './overview';

export interface WellbeingChoice {
	instrument: string | null;
	wave: string | null;
}

const OPERATORS = { '>=': '≥', '>': '>', '<': '<', '<=': '≤' } as const;

/** "burnout (score ≥ 3)": the flag rule in the words and symbols a reader expects. */
export function flagRuleText(instrument: Instrument | null): string {
	if (!instrument?.flag) return '';
	return `${instrument.flag.label} (score ${OPERATORS[instrument.flag.op]} ${instrument.flag.threshold})`;
}

const CODE = /^[A-Za-z0-9_.:-]{1,64}$/;

/** Search-param keys the page owns (the shared filter ignores and keeps them). */
export const WELLBEING_PARAM_KEYS = ['instrument', 'wave'] as const;

/** The page's own choices from the URL; malformed values are dropped (the URL is user input). */
export function wellbeingChoiceFromSearch(params: URLSearchParams): WellbeingChoice {
	const code = (value: string | null) => (value && CODE.test(value) ? value : null);
	return { instrument: code(params.get('instrument')), wave: code(params.get('wave')) };
}

/** The URL with one choice changed; the default instrument and "latest wave" are left out of it. */
export function withWellbeingChoice(params: URLSearchParams, change: Partial<WellbeingChoice>): URLSearchParams {
	const next = new URLSearchParams(params);
	for (const key of WELLBEING_PARAM_KEYS) {
		if (!(key in change)) continue;
		const value = change[key];
		if (value === null || value === undefined || (key === 'instrument' && value === DEFAULT_INSTRUMENT)) next.delete(key);
		else next.set(key, value);
	}
	return next;
}

export interface WellbeingView {
	context: DatasetContext;
	/** Instruments with a flag rule and answers in the dataset, configuration order. */
	instruments: Instrument[];
	/** The instrument shown: the one asked for if it has data, else the default, else the first. */
	instrument: Instrument | null;
	/** Waves opening inside the filter's date range, oldest first. */
	waves: WaveFlagPrevalence[];
	/** The wave broken down by score and group: the one asked for, else the latest answered. */
	wave: WaveFlagPrevalence | null;
	/** Score bins of `wave`. */
	distribution: ScoreBin[];
	paired: PairedChangeResult;
	breakdown: GroupPrevalence[];
}

export interface WellbeingLoadOptions {
	/** Small-cell threshold for aggregate-only readers (DOMAIN.md §5); default none. */
	minCell?: number;
}

function pickInstrument(instruments: Instrument[], asked: string | null): Instrument | null {
	return instruments.find((i) => i.id === asked) ?? instruments.find((i) => i.id === DEFAULT_INSTRUMENT) ?? instruments[0] ?? null;
}

function pickWave(waves: WaveFlagPrevalence[], asked: string | null): WaveFlagPrevalence | null {
	const answered = waves.filter((w) => w.hasResponses);
	return answered.find((w) => w.waveId === asked) ?? answered[answered.length - 1] ?? null;
}

const NO_PAIRS: PairedChangeResult = { groups: [], mentoredMinusUnmentored: null };

export async function loadWellbeingView(
	db: Connector,
	filter: PopulationFilter,
	choice: WellbeingChoice = { instrument: null, wave: null },
	options: WellbeingLoadOptions = {}
): Promise<WellbeingView> {
	// Sequential: duckdb-wasm runs one query at a time per connection anyway.
	const context = await datasetContext(db);
	const instruments = await instrumentsWithData(db);
	const instrument = pickInstrument(instruments, choice.instrument);
	if (!instrument) return { context, instruments, instrument, waves: [], wave: null, distribution: [], paired: NO_PAIRS, breakdown: [] };
	const metric = { instrument: instrument.id, minCell: options.minCell };
	const waves = await flagPrevalenceByWave(db, filter, metric);
	const wave = pickWave(waves, choice.wave);
	const distribution = wave ? (await scoreDistribution(db, filter, metric)).filter((b) => b.waveId === wave.waveId) : [];
	const paired = await pairedChange(db, filter, metric);
	const breakdown = wave ? await prevalenceBreakdown(db, filter, { ...metric, waveId: wave.waveId }) : [];
	return { context, instruments, instrument, waves, wave, distribution, paired, breakdown };
}
