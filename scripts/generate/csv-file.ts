/**
 * RFC 4180 CSV writing: fields with a comma, quote, CR or LF are quoted and inner quotes
 * doubled; lines end in LF (notes/exports.md). Rows are buffered and written in chunks so a
 * 2,000,000-row meeting log never sits in memory as one string.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

export type CsvValue = string | number | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: CsvValue): string {
	if (value === null || value === undefined) return '';
	const text = typeof value === 'number' ? String(value) : value;
	return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly CsvValue[]): string {
	return values.map(csvField).join(',');
}

const FLUSH_EVERY = 5000;

export class CsvFile {
	private fd: number;
	private pending: string[] = [];
	rows = 0;

	constructor(readonly path: string, header?: readonly string[]) {
		this.fd = openSync(path, 'w');
		if (header) this.pending.push(csvLine(header));
	}

	row(values: readonly CsvValue[]): void {
		this.pending.push(csvLine(values));
		this.rows++;
		if (this.pending.length >= FLUSH_EVERY) this.flush();
	}

	/** A header line written exactly as given (REDCap quotes its dictionary header its own way). */
	rawLine(text: string): void {
		this.pending.push(text);
	}

	/** A header or metadata line that is not a data row (Qualtrics rows 2 and 3). */
	headerRow(values: readonly CsvValue[]): void {
		this.pending.push(csvLine(values));
	}

	private flush(): void {
		if (this.pending.length === 0) return;
		writeSync(this.fd, this.pending.join('\n') + '\n');
		this.pending = [];
	}

	close(): void {
		this.flush();
		closeSync(this.fd);
	}
}
