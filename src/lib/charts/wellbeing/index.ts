/** Well-being view charts: pure (rows, options) → element, like every module in charts/. */
export { wavePrevalenceChart, type WavePrevalenceRow, type WavePrevalenceOptions } from './wavePrevalence';
export { responseRateByWaveChart, type ResponseRateRow, type ResponseRateOptions } from './responseRateByWave';
export { scoreDistributionChart, type ScoreBar, type ScoreDistributionChartOptions } from './scoreDistribution';
export { pairedChangeChart, flagCrossingChart, type PairedChangeRow, type PairedChangeChartOptions } from './pairedChange';
export { groupPrevalenceChart, type GroupPrevalenceRow, type GroupPrevalenceOptions } from './groupPrevalence';
export { addSelectableTargets, type SelectableTarget } from './selectable';
