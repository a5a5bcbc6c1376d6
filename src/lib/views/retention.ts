/**
 * Everything the Retention view shows, gathered in one call so the page (duckdb-wasm) and
 * the end-to-end test (Node) compute it the same way.
 */
import type { Connector } from '$lib/engine/connector';
import type { PopulationFilter } from '$lib/metrics/population-filter';
import { landmarkRetention, type LandmarkRetention } from '$lib/metrics/retention';
import { cumulativeIncidenceByReason, type CumulativeIncidence } from '$lib/metrics/retention/cumulativeIncidence';
import { exitsByLevel, type ExitCount } from '$lib/metrics/retention/exitsByLevel';
import { retentionByCohort, retentionByMentoring, type MentoringSplit, type RetentionSplit } from '$lib/metrics/retention/splits';
import { datasetContext, type DatasetContext } from './overview';

/** Mentoring status is fixed 90 days after start and retention read a year later, as on the Overview. */
export const RETENTION_LANDMARK = { landmarkDays: 90, horizonDays: 365 } as const;

/** The horizon of the attrition headline: years since start. */
export const ATTRITION_HORIZON_YEARS = 3;

export interface AttritionAtHorizon {
	years: number;
	/** Σ CIF of the attrition reasons at the horizon; null when follow-up ends before it. */
	incidence: number | null;
}

export interface RetentionView {
	context: DatasetContext;
	headline: LandmarkRetention;
	mentoring: MentoringSplit;
	cohorts: RetentionSplit;
	incidence: CumulativeIncidence;
	attrition: AttritionAtHorizon;
	exits: ExitCount[];
}

/** Cumulative incidence of attrition (all reasons) at `years` since start, from the CIF steps. */
export function attritionAt(incidence: CumulativeIncidence, years: number): AttritionAtHorizon {
	const horizon = years * 365.25;
	// Not estimable past the longest follow-up; between exits the CIF stays at its last step.
	if (incidence.maxTime < horizon) return { years, incidence: null };
	const times = incidence.points.map((p) => p.time).filter((t) => t <= horizon);
	if (times.length === 0) return { years, incidence: 0 };
	const at = Math.max(...times);
	const value = incidence.points.filter((p) => p.time === at && p.attrition).reduce((sum, p) => sum + p.incidence, 0);
	return { years, incidence: value };
}

export async function loadRetentionView(db: Connector, filter: PopulationFilter): Promise<RetentionView> {
	// Sequential: duckdb-wasm runs one query at a time per connection; the headline first.
	const context = await datasetContext(db);
	const headline = await landmarkRetention(db, RETENTION_LANDMARK, filter);
	const mentoring = await retentionByMentoring(db, filter, RETENTION_LANDMARK);
	const cohorts = await retentionByCohort(db, filter);
	const incidence = await cumulativeIncidenceByReason(db, filter);
	const exits = await exitsByLevel(db, filter);
	return { context, headline, mentoring, cohorts, incidence, attrition: attritionAt(incidence, ATTRITION_HORIZON_YEARS), exits };
}
