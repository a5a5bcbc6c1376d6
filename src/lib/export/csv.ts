/**
 * CSV export. Cells that a spreadsheet would run as a formula (= + - @ tab CR at the start,
 * OWASP "CSV injection") are prefixed with a quote so they open as text.
 */
export interface CsvColumn<T> {
	key: keyof T & string;
	label: string;
}

const FORMULA_START = /^[=+\-@\t\r\n]/;

export function csvCell(value: unknown): string {
	if (value == null) return '';
	let text = typeof value === 'number' ? String(value) : String(value);
	if (typeof value !== 'number' && FORMULA_START.test(text)) text = `'${text}`;
	return /[",\n\r]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv<T extends Record<string, unknown>>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
	const header = columns.map((c) => csvCell(c.label)).join(',');
	const body = rows.map((row) => columns.map((c) => csvCell(row[c.key])).join(','));
	return [header, ...body].join('\r\n') + '\r\n';
}
