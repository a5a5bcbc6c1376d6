/**
 * How a report cell reads, in one place for the HTML/PDF, the CSV and the XLSX, so the
 * three agree digit for digit. Shares print as percents with one decimal (column labels
 * say "(%)"); a hidden count reads "suppressed", never why (privacy/suppression.ts: the
 * reason helps a reader narrow it down).
 */
import type { ReportCell } from './types';

export const SUPPRESSED_TEXT = 'suppressed';

const grouped = new Intl.NumberFormat('en-US');

export function percentText(value: number): string {
	return (value * 100).toFixed(1);
}

/** `grouping`: thousands separators (HTML), off for machine-read CSV. */
export function cellText(cell: ReportCell, grouping = true): string {
	switch (cell.kind) {
		case 'count':
			if (cell.suppressed || cell.value === null) return SUPPRESSED_TEXT;
			return grouping ? grouped.format(cell.value) : String(cell.value);
		case 'share':
			return cell.value === null ? '' : percentText(cell.value);
		case 'interval':
			return cell.lower === null || cell.upper === null ? '' : `${percentText(cell.lower)}–${percentText(cell.upper)}`;
		case 'number':
			return cell.value === null ? '' : cell.value.toFixed(cell.digits);
		case 'empty':
			return '';
	}
}
