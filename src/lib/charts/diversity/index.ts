/** Diversity view charts: pure (rows, options) → element, plus the adapters from metric rows. */
export { compositionChart, POPULATION_COLORS, type CompositionBar, type CompositionChartOptions } from './compositionChart';
export { urimTrendChart, type UrimTrendPoint, type UrimTrendOptions } from './urimTrendChart';
export { groupRateChart, type GroupRate, type GroupRateOptions } from './groupRateChart';
export { groupValueChart, type GroupValue, type GroupValueOptions } from './groupValueChart';
export { pairTypesChart, type PairTypeSegment, type PairTypesOptions } from './pairTypesChart';
export * from './fromMetrics';
