/**
 * Recognise an export's format from its file name and first rows, and so how many header
 * rows it has. Signatures come from the real samples in /work/shared/samples/real-exports
 * (SOURCES.md) and DOMAIN.md §1 "Real export formats".
 */

export type SourceFormat = 'qualtrics' | 'qualtrics_legacy' | 'redcap' | 'redcap_dictionary' | 'csv';

export interface DetectedFormat {
	format: SourceFormat;
	/** Physical header records before the first data record. */
	headerRows: number;
	note?: string;
}

/**
 * Row 3 of a current Qualtrics export: `{"ImportId":"QID1"}`, sometimes with `timeZone`;
 * the 2016 "Insights" export writes it Python-style, `{'ImportId': 'QID1'}`.
 */
const IMPORT_ID = /^\{\s*(["'])ImportId\1\s*:/;

/** REDCap's own columns (raw and label exports, UI and API). */
const REDCAP_COLUMNS = [
	'redcap_event_name',
	'redcap_repeat_instrument',
	'redcap_repeat_instance',
	'redcap_data_access_group',
	'redcap_survey_identifier'
];

/** Checkbox fields are exported one column per choice: `race___1`, `prereq_checkbox___abc`. */
const CHECKBOX_COLUMN = /^[a-z][a-z0-9_]*___[a-z0-9_]+$/i;
/** Every instrument gets a `<form>_complete` status column (0/1/2). */
const FORM_COMPLETE_COLUMN = /^[a-z][a-z0-9_]*_complete$/i;

/** Data dictionary: UI download headers or the API's metadata field names. */
const DICTIONARY_FIRST_HEADERS = ['variable / field name', 'field_name'];
const DICTIONARY_FORM_HEADERS = ['form name', 'form_name'];

function norm(cell: string | undefined): string {
	return (cell ?? '').trim().toLowerCase();
}

function isQualtricsImportIdRow(row: readonly string[] | undefined): { quote: string } | null {
	if (!row) return null;
	const filled = row.filter((cell) => cell.trim() !== '');
	if (filled.length === 0) return null;
	const matches = filled.map((cell) => IMPORT_ID.exec(cell.trim())).filter((m) => m !== null);
	// Every metadata and question column carries an ImportId; allow a few odd cells.
	if (matches.length < Math.max(1, Math.ceil(filled.length * 0.8))) return null;
	return { quote: matches[0]![1]! };
}

function isLegacyQualtrics(rows: readonly (readonly string[])[]): boolean {
	const [first, second] = rows;
	if (!first || !second) return false;
	// Legacy exports number their metadata columns V1..Vn; row 2 names them (ResponseID, ...).
	return norm(first[0]) === 'v1' && norm(first[1]) === 'v2' && second.some((c) => norm(c) === 'responseid');
}

function isRedcapDictionary(header: readonly string[]): boolean {
	const cells = header.map(norm);
	return DICTIONARY_FIRST_HEADERS.includes(cells[0] ?? '') && cells.some((c) => DICTIONARY_FORM_HEADERS.includes(c));
}

function isRedcapRecords(header: readonly string[]): boolean {
	const cells = header.map(norm);
	if (cells.some((c) => REDCAP_COLUMNS.includes(c))) return true;
	// A classic (non-longitudinal) project has none of the redcap_ columns; its first column
	// is the record id and its forms end in _complete or expand checkboxes.
	return cells[0] === 'record_id' && cells.some((c) => CHECKBOX_COLUMN.test(c) || FORM_COMPLETE_COLUMN.test(c));
}

/**
 * `headerRows` are the first records of the file (three are enough). The file name is only
 * used for the note; content decides, because users rename files.
 */
export function detectFormat(fileName: string, headerRows: readonly (readonly string[])[]): DetectedFormat {
	const [first] = headerRows;
	if (!first) return { format: 'csv', headerRows: 0, note: `${fileName} is empty` };

	const importIds = isQualtricsImportIdRow(headerRows[2]);
	if (importIds) {
		const note =
			importIds.quote === "'"
				? 'Qualtrics 2016 "Insights" export: ImportId row written with single quotes'
				: undefined;
		return { format: 'qualtrics', headerRows: 3, ...(note ? { note } : {}) };
	}
	if (isLegacyQualtrics(headerRows)) {
		return { format: 'qualtrics_legacy', headerRows: 2, note: 'legacy Qualtrics export (V1..Vn, 2 header rows)' };
	}
	if (isRedcapDictionary(first)) {
		const api = norm(first[0]) === 'field_name';
		return { format: 'redcap_dictionary', headerRows: 1, note: api ? 'API metadata column names' : 'UI data dictionary' };
	}
	if (isRedcapRecords(first)) return { format: 'redcap', headerRows: 1 };
	return { format: 'csv', headerRows: 1 };
}

/** Pull the id out of a Qualtrics ImportId cell; null when the cell is not one. */
export function qualtricsImportId(cell: string): string | null {
	const match = /(["'])ImportId\1\s*:\s*(["'])(.*?)\2/.exec(cell);
	return match ? match[3]! : null;
}
