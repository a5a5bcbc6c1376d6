/**
 * The whole worklist: every rule run on the same connector (in turn: duckdb-wasm has one
 * connection), with each program's thresholds, most urgent first.
 */
import type { Connector } from '../../engine/connector';
import { EMPTY_FILTER, type PopulationFilter } from '../population-filter';
import { decliningFrequency } from './declining-frequency';
import { disengagedPairings } from './disengaged';
import { distressFlags } from './distress';
import { inactiveMentors } from './mentor-inactive';
import { overloadedMentors } from './mentor-overloaded';
import { surveyNonresponse } from './survey-nonresponse';
import { unmatchedTrainees } from './unmatched';
import { compareFlags, DEFAULT_THRESHOLD_TABLE, type ThresholdTable, type WorklistFlag } from './types';

export * from './types';
export { unmatchedTrainees, unmatchedSql } from './unmatched';
export { disengagedPairings, disengagedSql } from './disengaged';
export { decliningFrequency, decliningFrequencySql } from './declining-frequency';
export { surveyNonresponse, surveyNonresponseSql } from './survey-nonresponse';
export { distressFlags, distressSql } from './distress';
export { overloadedMentors, mentorOverloadedSql } from './mentor-overloaded';
export { inactiveMentors, mentorInactiveSql } from './mentor-inactive';

export async function worklistFlags(
	db: Connector,
	filter: PopulationFilter = EMPTY_FILTER,
	thresholds: ThresholdTable = DEFAULT_THRESHOLD_TABLE
): Promise<WorklistFlag[]> {
	const rows: WorklistFlag[] = [];
	rows.push(...(await unmatchedTrainees(db, filter, thresholds)));
	rows.push(...(await disengagedPairings(db, filter, thresholds)));
	rows.push(...(await decliningFrequency(db, filter, thresholds)));
	rows.push(...(await surveyNonresponse(db, filter)));
	rows.push(...(await distressFlags(db, filter, thresholds)));
	rows.push(...(await overloadedMentors(db, filter)));
	rows.push(...(await inactiveMentors(db, filter, thresholds)));
	return rows.sort(compareFlags);
}
