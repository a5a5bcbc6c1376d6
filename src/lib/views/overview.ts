/**
 * Everything the Overview page shows, gathered from the metric functions in one call so the
 * page (duckdb-wasm) and the end-to-end test (Node) compute it the same way.
 */
import type { Connector } from '$lib/engine/connector';
import {
	activeTrainees,
	burnoutByWave,
	crossDisciplineReach,
	landmarkRetention,
	latestWaveBurnout,
	mentorCoverage,
	urimShares,
	type ActiveTrainees,
	type CrossDisciplineReach,
	type LandmarkRetention,
	type MentorCoverage,
	type UrimShares,
	type WaveFlagPrevalence
} from '$lib/metrics';

export interface DatasetContext {
	asOf: string;
	institution: string;
}

export interface OverviewData {
	context: DatasetContext;
	active: ActiveTrainees;
	coverage: MentorCoverage;
	retention: LandmarkRetention;
	burnoutWaves: WaveFlagPrevalence[];
	/** The latest wave with respondents, or null before any survey. */
	latestBurnout: WaveFlagPrevalence | null;
	urim: UrimShares;
	reach: CrossDisciplineReach;
}

/** Overview's landmark and horizon: mentoring status fixed 90 days after start, retention read a year later. */
export const OVERVIEW_LANDMARK = { landmarkDays: 90, horizonDays: 365 } as const;

export async function datasetContext(db: Connector): Promise<DatasetContext> {
	const [row] = await db.query<{ as_of: string; institution: string }>(
		'SELECT CAST(as_of AS VARCHAR) AS as_of, institution FROM dataset_info LIMIT 1'
	);
	return { asOf: row?.as_of ?? '', institution: row?.institution ?? '' };
}

export async function loadOverview(db: Connector): Promise<OverviewData> {
	// Sequential on purpose: duckdb-wasm runs one query at a time per connection anyway,
	// and ordering keeps the first tiles filling in first.
	const context = await datasetContext(db);
	const active = await activeTrainees(db);
	const coverage = await mentorCoverage(db);
	const retention = await landmarkRetention(db, OVERVIEW_LANDMARK);
	const burnoutWaves = await burnoutByWave(db);
	const latestBurnout = await latestWaveBurnout(db);
	const urim = await urimShares(db);
	const reach = await crossDisciplineReach(db);
	return { context, active, coverage, retention, burnoutWaves, latestBurnout, urim, reach };
}
