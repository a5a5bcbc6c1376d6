/**
 * The demo source profile's files, recognised by their headers (/work/notes/exports.md).
 * `key` headers decide what a file is; `required` headers must then be present, so a
 * roster missing its Status column is reported as such rather than as "unrecognised".
 */
import type { SourceFormat } from './detect';
import type { CsvRecord } from './csv';
import { blankToNull } from './staged';
import type { SourceFile } from './source-file';

export type ShapeId =
	| 'dataset_info'
	| 'programs'
	| 'roster'
	| 'pairings'
	| 'meetings'
	| 'ipe_activities'
	| 'ipe_attendance'
	| 'survey_waves'
	| 'wellbeing_qualtrics'
	| 'wellbeing_redcap'
	| 'redcap_dictionary';

export interface FileShape {
	id: ShapeId;
	formats: readonly SourceFormat[];
	key: readonly string[];
	required: readonly string[];
}

export const SHAPES: readonly FileShape[] = [
	{ id: 'dataset_info', formats: ['csv'], key: ['As Of', 'Institution'], required: ['As Of', 'Institution'] },
	{ id: 'programs', formats: ['csv'], key: ['Program ID', 'Program Type'], required: ['Program ID', 'Program Name', 'Program Type'] },
	{
		id: 'roster',
		formats: ['csv'],
		key: ['Person ID', 'Role'],
		required: ['Person ID', 'Role', 'Profession', 'Program ID', 'Start Date', 'Status']
	},
	{
		id: 'pairings',
		formats: ['csv'],
		key: ['Pairing ID', 'Mentee ID'],
		required: ['Pairing ID', 'Mentor ID', 'Mentee ID', 'Program ID', 'Type']
	},
	{ id: 'meetings', formats: ['csv'], key: ['Meeting ID', 'Pairing ID'], required: ['Meeting ID', 'Pairing ID', 'Date', 'Status'] },
	{ id: 'ipe_activities', formats: ['csv'], key: ['Activity ID', 'Title'], required: ['Activity ID', 'Date', 'Type'] },
	{ id: 'ipe_attendance', formats: ['csv'], key: ['Activity ID', 'Person ID'], required: ['Activity ID', 'Person ID'] },
	{ id: 'survey_waves', formats: ['csv'], key: ['Wave ID', 'Opens'], required: ['Wave ID', 'Label', 'Opens', 'Closes'] },
	{
		id: 'wellbeing_qualtrics',
		formats: ['qualtrics'],
		key: ['ResponseId', 'ExternalReference'],
		required: ['ResponseId', 'ExternalReference', 'RecordedDate', 'wave']
	},
	{ id: 'wellbeing_redcap', formats: ['redcap'], key: ['record_id', 'wbi_1'], required: ['record_id', 'redcap_event_name'] },
	{ id: 'redcap_dictionary', formats: ['redcap_dictionary'], key: [], required: [] }
];

/**
 * Expected header (as the shape names it) -> the source column the user mapped it to, or
 * null for "not in this file". Headers absent from the mapping are looked up by name.
 */
export type HeaderMapping = Readonly<Record<string, string | null>>;

/**
 * Case-insensitive column access for one file. Matching ignores case and surrounding space
 * because spreadsheet re-saves change neither meaning. With a mapping, the mappers keep
 * asking for the headers they know ("Person ID") and get the column the user chose.
 */
export class Columns {
	private readonly index = new Map<string, number>();
	private readonly mapped = new Map<string, string | null>();

	constructor(
		readonly file: SourceFile,
		mapping: HeaderMapping = {}
	) {
		file.columns.forEach((name, i) => {
			const key = name.trim().toLowerCase();
			if (!this.index.has(key)) this.index.set(key, i);
		});
		for (const [header, source] of Object.entries(mapping)) this.mapped.set(header.toLowerCase(), source);
	}

	private position(header: string): number | undefined {
		const key = header.toLowerCase();
		if (this.mapped.has(key)) {
			const source = this.mapped.get(key);
			return source == null ? undefined : this.index.get(source.trim().toLowerCase());
		}
		return this.index.get(key);
	}

	has(header: string): boolean {
		return this.position(header) !== undefined;
	}

	/** The file's own name for the column read as `header`, for problem messages. */
	sourceName(header: string): string {
		const i = this.position(header);
		return i === undefined ? header : this.file.columns[i]!;
	}

	/** Trimmed cell, null when blank, a missing marker, or the column is absent. */
	get(record: CsvRecord, header: string): string | null {
		const i = this.position(header);
		return i === undefined ? null : blankToNull(record.cells[i]);
	}
}

/** The shape whose key headers the file has, or null. Keys are disjoint across the demo files. */
export function recogniseShape(file: SourceFile): FileShape | null {
	const columns = new Columns(file);
	return SHAPES.find((s) => s.formats.includes(file.format) && s.key.every((h) => columns.has(h))) ?? null;
}
