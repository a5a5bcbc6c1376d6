/**
 * The report engine: one template, one set of parameters, one dataset version in, one
 * suppressed Report (plain JSON) out. Deterministic: the same parameters on the same
 * version give the same tables (only `generated` differs), because every number comes from
 * the version's immutable Parquet files and "today" is the dataset's as-of date.
 */
import type { Connector } from '$lib/engine/connector';
import { INSTRUMENTS } from '$lib/instruments/instruments';
import { METRIC_CATALOGUE } from '$lib/metrics/catalogue';
import { populationById, reportFilter } from '$lib/reports/populations';
import type { ReportTemplate } from '$lib/reports/template';
import type { Report, ReportParameters, ReportSection, ReportTable } from '$lib/reports/types';
import type { DatasetManifest } from '$lib/server/store/manifest';
import { programRows } from '$lib/server/aggregates/linked-counts';
import { suppressCountTables, type CountTable } from './count-table';
import { reportMetric } from './metrics/registry';
import { withDefaults, type MetricContext } from './metrics/report-metric';
import { populationCounts } from './population-counts';

/** Bad parameters for this dataset (unknown program, period after the data): shown to the user as is. */
export class ReportInputError extends Error {
	name = 'ReportInputError';
}

export interface GenerateInput {
	db: Connector;
	manifest: Pick<DatasetManifest, 'versionId' | 'contentHash' | 'asOf'>;
	template: ReportTemplate;
	parameters: ReportParameters;
	generatedBy: { id: string; name: string; role: string };
	minCell: number;
	now: Date;
}

export function suppressionRule(minCell: number): string {
	return `Counts from 1 to ${minCell - 1} are never shown (CMS cell-size rule; threshold ${minCell}). Further cells are hidden (complementary suppression) so that no hidden count can be worked out from the row and column totals, within a table or across the tables of this report: a number that appears in several tables (a group's count, a population total) is hidden in all of them or in none. Shares and intervals are shown only when every count they rest on is shown. Zero is shown. This applies to every table and chart in the report, whoever generates it.`;
}

function definitionsFor(ids: readonly string[]): Report['definitions'] {
	const all = METRIC_CATALOGUE.flatMap((s) => s.metrics);
	return [...new Set(ids)].map((id) => {
		const metric = all.find((m) => m.id === id);
		if (!metric) throw new Error(`report metric names glossary entry "${id}", which does not exist`);
		return { id, title: metric.title, definition: metric.definition ?? '' };
	});
}

export async function generateReport(input: GenerateInput): Promise<Report> {
	return (await generateReportWithCounts(input)).report;
}

/** The counts behind a report's tables, before suppression: the population table, then each section's. */
export interface ReportCounts {
	population: CountTable;
	/** By section id; sections of one metric and options share one CountTable (and one shown table). */
	sections: ReadonlyMap<string, CountTable>;
}

/** A report and the true counts it was suppressed from (for tests that attack all its tables at once). */
export async function generateReportWithCounts(input: GenerateInput): Promise<{ report: Report; counts: ReportCounts }> {
	const { db, template, parameters, minCell } = input;
	const population = populationById(parameters.population);
	if (!population) throw new ReportInputError(`unknown population: ${parameters.population}`);
	const programs = await programRows(db);
	const label = (id: string | null) => {
		const p = programs.find((x) => x.id === id);
		return p ? (p.name ?? p.id) : (id ?? 'All programs');
	};
	const unknown = parameters.programs.filter((id) => !programs.some((p) => p.id === id));
	if (unknown.length) throw new ReportInputError(`unknown program${unknown.length > 1 ? 's' : ''} in this dataset version: ${unknown.join(', ')}`);
	if (parameters.from > input.manifest.asOf) throw new ReportInputError(`the period starts (${parameters.from}) after the data date (${input.manifest.asOf})`);

	const filter = reportFilter(population, parameters.programs, parameters.from, parameters.to);
	const context: MetricContext = { filter, programLabel: label };
	// Every table's counts first, then one suppression over all of them (count-table.ts:
	// tables of one report share numbers, so they are suppressed together, never one by one).
	const keys: string[] = [];
	const counts = new Map<string, CountTable>();
	const planned = template.sections.map((section) => {
		const metric = reportMetric(section.metric);
		const options = withDefaults(metric, section.options);
		// A chart and a table of the same metric share one suppressed table: they cannot disagree.
		return { section, metric, options, key: `${metric.id}:${JSON.stringify(options)}` };
	});
	for (const { metric, options, key } of planned) {
		if (counts.has(key)) continue;
		counts.set(key, await metric.build(db, context, options));
		keys.push(key);
	}
	const excluded = await populationCounts(db, filter);
	const [populationTable, ...shown] = suppressCountTables([excluded, ...keys.map((k) => counts.get(k)!)], minCell);
	const built = new Map<string, ReportTable>(keys.map((k, i) => [k, shown[i]]));

	const sections: ReportSection[] = [];
	const instrumentIds = new Set<string>();
	for (const { section, metric, options, key } of planned) {
		const table = built.get(key)!;
		let chart: ReportSection['chart'];
		if (section.kind === 'chart') {
			if (!metric.chart) throw new Error(`report metric ${metric.id} has no chart`);
			const kind = table.rows[0]?.cells[metric.chart.valueColumn]?.kind;
			if (table.rows.length && kind !== 'share') throw new Error(`report metric ${metric.id}: chart column ${metric.chart.valueColumn} is not a share`);
			chart = metric.chart;
		}
		sections.push({
			id: section.id,
			kind: section.kind,
			title: section.title ?? metric.title,
			elements: section.elements,
			metricIds: [...metric.glossary],
			table,
			chart,
			notes: [...(counts.get(key)!.notes ?? []), ...(section.notes ?? [])]
		});
		for (const id of metric.instruments?.(options) ?? []) instrumentIds.add(id);
	}

	const chosen = parameters.programs.length ? parameters.programs.map((id) => ({ id, label: label(id) })) : [{ id: 'all', label: 'All programs' }];
	const [info] = await db.query<{ institution: string }>('SELECT institution FROM dataset_info LIMIT 1');
	const report: Report = {
		format: 1,
		template: { id: template.id, title: template.title, description: template.description, elements: template.elements, caveats: template.caveats },
		parameters,
		institution: info?.institution ?? '',
		programs: chosen,
		population: {
			id: population.id,
			label: population.label,
			description: population.description,
			exclusions: [
				'Trainees only (role trainee, or both trainee and mentor); mentors are counted only where a table says so, as the mentors of these trainees.',
				parameters.programs.length ? `Programs: ${chosen.map((p) => p.label).join(', ')}; trainees of other programs are excluded.` : 'Every program.',
				`Trainees not enrolled at any time from ${parameters.from} to ${parameters.to} (started after it or left before it) are excluded; pairings, meetings, survey waves and activities outside the period are not counted.`,
				`"Today" is the dataset's as-of date, ${input.manifest.asOf}; the period is cut there.`,
				'Survey responses from people not enrolled on a wave’s opening date are left out.'
			],
			counts: populationTable
		},
		dataset: { versionId: input.manifest.versionId, contentHash: input.manifest.contentHash, asOf: input.manifest.asOf },
		instruments: INSTRUMENTS.filter((i) => instrumentIds.has(i.id)).map((i) => ({ id: i.id, name: i.name, version: i.version })),
		suppression: { minCell, rule: suppressionRule(minCell) },
		generated: { at: input.now.toISOString(), by: input.generatedBy },
		sections,
		definitions: definitionsFor(sections.flatMap((s) => s.metricIds))
	};
	return { report, counts: { population: excluded, sections: new Map(planned.map((p) => [p.section.id, counts.get(p.key)!])) } };
}
