/**
 * Well-being view metrics (issue 3, view 2), re-exported in one place, and the list the
 * glossary shows (WELLBEING_METRICS): each SQL as it runs with no filter and the default instrument.
 */
import { INSTRUMENTS } from '../../instruments/instruments';
import type { MetricSql } from '../metric-sql';
import { EMPTY_FILTER } from '../population-filter';
import { DEFAULT_INSTRUMENT, flagPrevalenceByWaveQuery } from '../wellbeing';
import { breakdownQuery } from './breakdown';
import { pairedChangeQuery } from './paired-change';
import { scoreBinWidth, scoreDistributionQuery } from './score-distribution';

export { flagPrevalenceByWave, flagPrevalenceByWaveQuery, DEFAULT_INSTRUMENT, type WaveFlagPrevalence } from '../wellbeing';
export { instrumentsWithData, INSTRUMENTS_ANSWERED_SQL } from './instruments-with-data';
export { scoreDistribution, scoreDistributionQuery, scoreBinWidth, meetsFlagRule, type ScoreBin, type ScoreDistributionOptions } from './score-distribution';
export {
	pairedChange,
	pairedChangeQuery,
	meanChangeInterval,
	welchDifference,
	PAIRED_GROUPS,
	type PairedChange,
	type PairedChangeResult,
	type PairedGroup,
	type MeanDifference,
	type PairedChangeOptions
} from './paired-change';
export { prevalenceBreakdown, breakdownQuery, BREAKDOWN_DIMENSIONS, type BreakdownDimension, type GroupPrevalence, type BreakdownOptions } from './breakdown';
export { studentTQuantile, studentTCdf } from './student-t';
export { isSmallCell, type WellbeingQuery } from './wave-answers';

const instrument = INSTRUMENTS.find((i) => i.id === DEFAULT_INSTRUMENT);
if (!instrument) throw new Error(`unknown instrument: ${DEFAULT_INSTRUMENT}`);
const INSTRUMENT_PARAM = { name: 'instrument', default: DEFAULT_INSTRUMENT };
const byWave = flagPrevalenceByWaveQuery(EMPTY_FILTER, DEFAULT_INSTRUMENT).sql;

export const WELLBEING_METRICS: MetricSql[] = [
	{
		id: 'wellbeing-prevalence-by-wave',
		title: 'Flag prevalence by survey wave',
		definition: 'Respondents flagged by the instrument’s rule over scored respondents, per wave, with 95% Wilson intervals; only eligible trainees (enrolled on the wave’s opening day) count.',
		parameters: [INSTRUMENT_PARAM],
		sql: byWave
	},
	{
		id: 'wellbeing-response-rate',
		title: 'Survey response rate by wave',
		definition: 'Trainees who answered the instrument over trainees eligible for the wave (enrolled on its opening day).',
		parameters: [INSTRUMENT_PARAM],
		sql: byWave
	},
	{
		id: 'wellbeing-score-distribution',
		title: 'Distribution of scores by wave',
		definition: 'Scored respondents per score value (half-point bins for mean scores), over the wave’s scored respondents; a person’s most adverse answer in a wave counts.',
		parameters: [INSTRUMENT_PARAM, { name: 'bin width', default: scoreBinWidth(instrument) }],
		sql: scoreDistributionQuery(EMPTY_FILTER, instrument).sql
	},
	{
		id: 'wellbeing-paired-change',
		title: 'Paired change between first and latest answered wave, mentored vs not',
		definition: 'For trainees scored in two or more waves: latest minus first score, mean with t-based 95% CI; mentored = pairing in force on the later wave’s opening day; shares crossing into and out of the flag with Wilson CIs.',
		parameters: [INSTRUMENT_PARAM],
		sql: pairedChangeQuery(EMPTY_FILTER, DEFAULT_INSTRUMENT).sql
	},
	{
		id: 'wellbeing-breakdown',
		title: 'Flag prevalence by profession, training level and program',
		definition: 'Prevalence with 95% Wilson CI, n and response rate per group for one wave (default: the latest answered); training level as recorded on the data date.',
		parameters: [INSTRUMENT_PARAM, { name: 'wave', default: 'latest answered wave' }],
		sql: breakdownQuery(EMPTY_FILTER, DEFAULT_INSTRUMENT, null).sql
	}
];
