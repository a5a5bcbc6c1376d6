/**
 * A generated accreditation report as plain data (JSON): what is saved in SQLite, rendered to
 * HTML, PDF, XLSX and CSV, and shown in the browser. Every number in it has already been
 * through small-cell and complementary suppression (server/reports/count-table.ts), so
 * any rendering of it is safe to hand to an external reviewer.
 */

/** What the user chose: enough to regenerate the report against the same dataset version. */
export interface ReportParameters {
	templateId: string;
	/** yyyy-mm-dd, inclusive. */
	from: string;
	to: string;
	/** Program ids; empty means every program. */
	programs: string[];
	/** A population id from POPULATIONS (reports/populations.ts). */
	population: string;
}

/**
 * One table cell. Counts are whole numbers or null when suppressed; shares are proportions
 * (0–1) computed only from shown counts; intervals are the metric's 95% bounds, shown only
 * when the counts behind them are.
 */
export type ReportCell =
	| { kind: 'count'; value: number | null; suppressed: boolean }
	| { kind: 'share'; value: number | null }
	| { kind: 'interval'; lower: number | null; upper: number | null }
	| { kind: 'number'; value: number | null; digits: number }
	| { kind: 'empty' };

export interface ReportRow {
	label: string;
	/** A totals row, styled apart. */
	total?: boolean;
	cells: ReportCell[];
}

export interface ReportTable {
	rowHeader: string;
	columns: string[];
	rows: ReportRow[];
}

/** A chart drawn from its table's shown values only: one share column, with its interval if any. */
export interface ReportChartSpec {
	/** Index of the share column the chart plots. */
	valueColumn: number;
	/** Index of the interval column drawn around it, if any. */
	intervalColumn?: number;
	/** 'dots': one dot per row; 'line': rows are ordered in time and joined. */
	style: 'dots' | 'line';
	/** Axis label, e.g. "Share flagged (%)". */
	axisLabel: string;
}

export interface ReportSection {
	id: string;
	kind: 'table' | 'chart';
	title: string;
	/** Accreditation elements this section serves, e.g. "LCME 3.3". */
	elements: string[];
	/** Glossary ids of the metrics behind it (definitions are listed in the report). */
	metricIds: string[];
	table: ReportTable;
	chart?: ReportChartSpec;
	/** Reading notes: who is counted, caveats. */
	notes: string[];
}

export interface MetricDefinition {
	id: string;
	title: string;
	definition: string;
}

export interface Report {
	format: 1;
	template: { id: string; title: string; description: string; elements: string[]; caveats: string[] };
	parameters: ReportParameters;
	institution: string;
	programs: { id: string; label: string }[];
	population: {
		id: string;
		label: string;
		description: string;
		exclusions: string[];
		/** Trainees in the dataset, excluded by each rule and included, suppressed together. */
		counts: ReportTable;
	};
	dataset: { versionId: string; contentHash: string; asOf: string };
	instruments: { id: string; name: string; version: string }[];
	suppression: { minCell: number; rule: string };
	generated: { at: string; by: { id: string; name: string; role: string } };
	sections: ReportSection[];
	definitions: MetricDefinition[];
}

/** A saved report as the builder lists it. */
export interface SavedReportSummary {
	id: string;
	title: string;
	parameters: ReportParameters;
	versionId: string;
	contentHash: string;
	generatedAt: string;
	generatedBy: string;
	/** Set when this report regenerates an earlier one. */
	regeneratedFrom: string | null;
}
