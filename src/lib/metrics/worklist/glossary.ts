/**
 * The worklist rules as the glossary shows them: each SQL as it runs with no filter and
 * the default thresholds: one VALUES row whose program is NULL holds the defaults, and a
 * program's own thresholds add one row each.
 */
import type { MetricSql } from '../metric-sql';
import { instrumentWatchRules } from '../../instruments/meaningful-change';
import { decliningFrequencySql } from './declining-frequency';
import { disengagedSql } from './disengaged';
import { distressSql } from './distress';
import { mentorInactiveSql } from './mentor-inactive';
import { mentorOverloadedSql } from './mentor-overloaded';
import { surveyNonresponseSql } from './survey-nonresponse';
import { limitsCte, wellbeingWatchCte } from './threshold-sql';
import { DEFAULT_THRESHOLD_TABLE } from './thresholds';
import { unmatchedSql } from './unmatched';

const limits = limitsCte(DEFAULT_THRESHOLD_TABLE);
const watch = wellbeingWatchCte(DEFAULT_THRESHOLD_TABLE);
const ruleNames = instrumentWatchRules().flatMap(() => ['instrument', 'short name', 'score max', 'worse direction', 'meaningful worsening', 'flag label']);

/** Names and values of a query's positional parameters, in order. */
function parameters(names: readonly string[], values: readonly unknown[]): MetricSql['parameters'] {
	if (names.length !== values.length) throw new Error(`worklist glossary: ${names.length} names for ${values.length} parameters`);
	return values.map((v, i) => ({ name: names[i], default: v === null ? 'NULL' : typeof v === 'number' ? v : String(v) }));
}

function entry(id: string, title: string, definition: string, query: { sql: string; params: unknown[] }, names: readonly string[]): MetricSql {
	return { id, title, definition, sql: query.sql, parameters: parameters(names, query.params) };
}

export const WORKLIST_METRICS: MetricSql[] = [
	entry('worklist-unmatched', 'Unmatched trainee', 'Active trainee with no pairing in force on the data date, waiting since joining or since their last pairing ended for at least the program’s threshold (default 30 days; high from 90).', unmatchedSql(), limits.names),
	entry('worklist-disengaged', 'Disengaged pairing', 'Pairing in force with no completed meeting for the program’s threshold (default 60 days, from the last meeting or the match), or 3 cancelled or missed meetings in a row.', disengagedSql(), limits.names),
	entry('worklist-declining', 'Declining meeting frequency', 'Pairing still meeting whose completed meetings in the last 90 days are fewer than half of the 90 days before, when those held at least 4.', decliningFrequencySql(), limits.names),
	entry('worklist-nonresponse', 'Survey non-response', 'Active trainee, enrolled when the latest wave opened, with no answer to it, in a program that took part.', surveyNonresponseSql(), []),
	entry('worklist-wellbeing', 'Well-being flag', 'Latest-wave answer whose flag counts for the program (default: Mayo WBI, PHQ-2), or a meaningful worsening since the person’s previous answer. A flag, not a diagnosis.', distressSql(), [...watch.names, ...ruleNames]),
	entry('worklist-mentor-overloaded', 'Mentor overloaded', 'Active mentor with more active mentees than their stated capacity.', mentorOverloadedSql(), []),
	entry('worklist-mentor-inactive', 'Mentor inactive', 'Active mentor with active mentees and no completed meeting with any of them for the program’s threshold (default 90 days).', mentorInactiveSql(), limits.names)
];
