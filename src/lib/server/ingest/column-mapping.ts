/**
 * Declarative column mapping: canonical column <- source header, through an optional label
 * conversion. Each staged row keeps its file row, and each column its source header, so a
 * validation error can quote the cell as the user sees it.
 */
import type { CsvRecord } from './csv';
import type { Columns } from './shapes';
import type { StagedRow, StagedValues } from './staged';

export interface ColumnSource {
	from: string;
	convert?: (value: string | null) => string | null;
}

export type ColumnMapping = Record<string, ColumnSource>;

/** canonical column -> the file's own column name (through the user's mapping, if any). */
export function sourceColumnsOf(mapping: ColumnMapping, columns?: Columns): Record<string, string> {
	return Object.fromEntries(Object.entries(mapping).map(([column, source]) => [column, columns ? columns.sourceName(source.from) : source.from]));
}

export function mapRecord(columns: Columns, record: CsvRecord, mapping: ColumnMapping): StagedValues {
	const values: StagedValues = {};
	for (const [column, source] of Object.entries(mapping)) {
		const raw = columns.get(record, source.from);
		values[column] = source.convert ? source.convert(raw) : raw;
	}
	return values;
}

/** Map every data record of a file through one mapping. */
export function mapFile(columns: Columns, mapping: ColumnMapping): StagedRow[] {
	const sourceColumns = sourceColumnsOf(mapping, columns);
	return columns.file.records.map((record) => ({
		file: columns.file.name,
		row: record.row,
		values: mapRecord(columns, record, mapping),
		sourceColumns
	}));
}
