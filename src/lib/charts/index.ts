/** Chart modules: pure (rows, options) → element; no data fetching, no titles inside. */
export { matchRateByProgramChart, type MatchRateBar } from './matchRateByProgram';
export { prevalenceByWaveChart, type WavePrevalencePoint, type PrevalenceChartOptions } from './prevalenceByWave';
export { noDataElement, NARROW_WIDTH, type ChartOptions } from './chartOptions';
export { OKABE_ITO, SERIES_COLOR, MUTED_TEXT_COLOR } from './palette';
export { formatPercent, nLabel, SUPPRESSED_LABEL } from './format';
