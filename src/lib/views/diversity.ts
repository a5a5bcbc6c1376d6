/**
 * Everything the Diversity page shows for one filter, gathered from the metric functions in
 * one call, so the page (duckdb-wasm) and the end-to-end test (Node) compute it the same way.
 */
import type { Connector } from '$lib/engine/connector';
import {
	activePairTypes,
	diversityComposition,
	mentoringAccessGap,
	pairConcordance,
	urimShareByYear,
	type AccessGapRow,
	type CompositionRow,
	type ConcordanceRow,
	type PairTypeRow,
	type UrimYearRow
} from '$lib/metrics/diversity';
import type { PopulationFilter } from '$lib/metrics/population-filter';
import { datasetContext, type DatasetContext } from './overview';

export interface DiversityView {
	context: DatasetContext;
	composition: CompositionRow[];
	pairTypes: PairTypeRow[];
	urimByYear: UrimYearRow[];
	accessGap: AccessGapRow[];
	concordance: ConcordanceRow[];
}

export async function loadDiversityView(db: Connector, filter: PopulationFilter): Promise<DiversityView> {
	// Sequential: duckdb-wasm runs one query at a time per connection, and the order puts the
	// first cards' data first.
	const context = await datasetContext(db);
	const composition = await diversityComposition(db, filter);
	const urimByYear = await urimShareByYear(db, filter);
	const accessGap = await mentoringAccessGap(db, filter);
	const pairTypes = await activePairTypes(db, filter);
	const concordance = await pairConcordance(db, filter);
	return { context, composition, pairTypes, urimByYear, accessGap, concordance };
}

/** Headline figures for the tiles, derived from the loaded rows (no extra queries). */
export interface DiversityHeadline {
	trainees: number;
	mentors: number;
	/** URiM share of active trainees and of their mentors, over those with URiM known. */
	traineeUrim: { urim: number; known: number; share: number | null };
	mentorUrim: { urim: number; known: number; share: number | null };
	/** Match rate of URiM and non-URiM active trainees. */
	matchUrim: AccessGapRow | undefined;
	matchNotUrim: AccessGapRow | undefined;
	/** Active pairs concordant on URiM status, over active pairs with both sides known. */
	concordantActive: number;
	knownActive: number;
}

function urimOf(rows: readonly CompositionRow[], population: 'trainees' | 'mentors') {
	const count = (category: string) => rows.find((r) => r.population === population && r.dimension === 'urim' && r.category === category)?.count ?? 0;
	const urim = count('yes');
	const known = urim + count('no');
	return { urim, known, share: known ? urim / known : null };
}

export function diversityHeadline(view: DiversityView): DiversityHeadline {
	const total = (population: 'trainees' | 'mentors') => view.composition.find((r) => r.population === population)?.total ?? 0;
	const urimPairs = view.concordance.filter((r) => r.dimension === 'urim');
	const active = (c: string) => urimPairs.find((r) => r.concordance === c)?.active ?? 0;
	return {
		trainees: total('trainees'),
		mentors: total('mentors'),
		traineeUrim: urimOf(view.composition, 'trainees'),
		mentorUrim: urimOf(view.composition, 'mentors'),
		matchUrim: view.accessGap.find((r) => r.dimension === 'urim' && r.category === 'yes'),
		matchNotUrim: view.accessGap.find((r) => r.dimension === 'urim' && r.category === 'no'),
		concordantActive: active('concordant'),
		knownActive: active('concordant') + active('discordant')
	};
}
