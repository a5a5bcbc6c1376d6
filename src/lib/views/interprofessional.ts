/**
 * Everything the Interprofessional participation view shows, gathered in one call so the
 * page (duckdb-wasm) and the end-to-end test (Node) compute it the same way.
 */
import type { Connector } from '$lib/engine/connector';
import {
	activityMatrix,
	pairingMatrix,
	programReach,
	reachByTerm,
	type ActivityMatrix,
	type PairingMatrix,
	type ProgramReachResult,
	type TermReach
} from '$lib/metrics/interprofessional';
import type { PopulationFilter } from '$lib/metrics/population-filter';
import { datasetContext, type DatasetContext } from './overview';

export interface InterprofessionalView {
	context: DatasetContext;
	pairings: PairingMatrix;
	activities: ActivityMatrix;
	/** Term order; within a term, all professions (profession null) first. */
	terms: TermReach[];
	/** Programs most connected first, and everyone together (the headline figure). */
	programs: ProgramReachResult;
}

export async function loadInterprofessionalView(db: Connector, filter: PopulationFilter): Promise<InterprofessionalView> {
	// Sequential: duckdb-wasm runs one query at a time per connection; the headline first.
	const context = await datasetContext(db);
	const programs = await programReach(db, filter);
	const pairings = await pairingMatrix(db, filter);
	const activities = await activityMatrix(db, filter);
	const terms = await reachByTerm(db, filter);
	return { context, pairings, activities, terms, programs };
}
