/**
 * The whole worklist: every rule run on the same connector (in turn: duckdb-wasm has one
 * connection), most urgent first.
 */
import type { Connector } from '../../engine/connector';
import { EMPTY_FILTER, type PopulationFilter } from '../population-filter';
import { disengagedPairings } from './disengaged';
import { distressFlags } from './distress';
import { overloadedMentors } from './mentor-overloaded';
import { surveyNonresponse } from './survey-nonresponse';
import { unmatchedTrainees } from './unmatched';
import { compareFlags, DEFAULT_THRESHOLDS, type WorklistFlag, type WorklistThresholds } from './types';

export * from './types';
export { unmatchedTrainees, unmatchedSql } from './unmatched';
export { disengagedPairings, disengagedSql } from './disengaged';
export { surveyNonresponse, surveyNonresponseSql } from './survey-nonresponse';
export { distressFlags, distressSql } from './distress';
export { overloadedMentors, mentorOverloadedSql } from './mentor-overloaded';

export async function worklistFlags(
	db: Connector,
	filter: PopulationFilter = EMPTY_FILTER,
	thresholds: WorklistThresholds = DEFAULT_THRESHOLDS
): Promise<WorklistFlag[]> {
	const rows: WorklistFlag[] = [];
	rows.push(...(await unmatchedTrainees(db, filter, thresholds)));
	rows.push(...(await disengagedPairings(db, filter, thresholds)));
	rows.push(...(await surveyNonresponse(db, filter)));
	rows.push(...(await distressFlags(db, filter)));
	rows.push(...(await overloadedMentors(db, filter)));
	return rows.sort(compareFlags);
}
