/**
 * A report metric: one table's worth of counts from the existing metric SQL
 * (src/lib/metrics), run on a dataset version's connector under the report's filter. The
 * glossary ids name the catalogue entries whose definitions the report prints.
 */
import type { Connector } from '$lib/engine/connector';
import type { PopulationFilter } from '$lib/metrics/population-filter';
import type { ReportChartSpec } from '$lib/reports/types';
import type { CountTable } from '../count-table';

export interface MetricContext {
	filter: PopulationFilter;
	/** Program id → label, for tables with a row per program. */
	programLabel(id: string | null): string;
}

export interface ReportMetric {
	id: string;
	title: string;
	/** Glossary (metrics/catalogue.ts) ids of the metrics behind the table. */
	glossary: readonly string[];
	/** Allowed values of each option; the first is the default. */
	options: Readonly<Record<string, readonly string[]>>;
	/** How a chart section draws this table (column indices into the shown table). */
	chart?: ReportChartSpec;
	/** Survey instruments whose versions the report must state. */
	instruments?(options: Readonly<Record<string, string>>): string[];
	build(db: Connector, context: MetricContext, options: Readonly<Record<string, string>>): Promise<CountTable>;
}

/** Options with defaults filled in. */
export function withDefaults(metric: ReportMetric, options: Readonly<Record<string, string>> = {}): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [key, values] of Object.entries(metric.options)) out[key] = options[key] ?? values[0];
	return out;
}

/** Share of part over whole from counts (the suppression step decides whether it is shown). */
export function share(part: number, whole: number): number | null {
	return whole > 0 ? part / whole : null;
}
