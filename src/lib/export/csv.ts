/**
 * CSV export. Cells that a spreadsheet would run as a formula (OWASP "CSV injection": = + -
 * @ tab CR at the start, and LF) are prefixed with a quote so they open as text. Also
 * caught: the same signs after leading spaces (LibreOffice trims before deciding) and their
 * full-width forms (＝ ＋ － ＠), which some Excel locales read as the ASCII ones.
 * Numbers stay numbers: -3 written from a number is data, not a formula.
 */
export interface CsvColumn<T> {
	key: keyof T & string;
	label: string;
}

const FORMULA_START = /^(?:[\t\r\n]| *[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

export function csvCell(value: unknown): string {
	if (value == null) return '';
	let text = String(value);
	if (typeof value !== 'number' && FORMULA_START.test(text)) text = `'${text}`;
	return /[",\n\r]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv<T extends Record<string, unknown>>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
	const header = columns.map((c) => csvCell(c.label)).join(',');
	const body = rows.map((row) => columns.map((c) => csvCell(row[c.key])).join(','));
	return [header, ...body].join('\r\n') + '\r\n';
}
