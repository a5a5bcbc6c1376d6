/**
 * REDCap specifics beyond format detection (DOMAIN.md §1 "REDCap CSV"; REDCap's Data
 * Dictionary and export documentation):
 * - checkbox fields are exported one column per choice, `field___code`, 1 = ticked; codes
 *   may be letters (`checkbox_test___x`, `prereq_checkbox___abc` in redcapAPI's sample);
 * - repeating instruments add rows with `redcap_repeat_instrument` / `_instance`; those rows
 *   hold only that instrument's fields, so they are counted apart from the event rows;
 * - the data dictionary (UI or API column names) gives each field's label and its coded
 *   choices (`1, Yes | 0, No`), which become the column labels the mapping proposes from.
 */
import type { Columns } from './shapes';
import type { CsvRecord } from './csv';

export interface DictionaryField {
	field: string;
	form: string;
	type: string;
	label: string;
	choices: Map<string, string>;
}

export interface CheckboxGroup {
	field: string;
	/** code -> source column */
	columns: Map<string, string>;
}

export interface RedcapStructure {
	events: string[];
	/** instrument -> rows that are repeat instances */
	repeating: Record<string, number>;
	checkboxes: { field: string; codes: string[] }[];
}

const CHECKBOX = /^(.+?)___([A-Za-z0-9_]+)$/;

/** Plain text of a label that may hold HTML (`<b>`, `<span style=...>`). */
function plainLabel(label: string): string {
	return label
		.replace(/<[^>]*>/g, ' ')
		.replace(/&nbsp;/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** `1, Yes | 0, No` -> {1: Yes, 0: No}; a label may itself contain commas. */
export function parseChoices(text: string | null): Map<string, string> {
	const choices = new Map<string, string>();
	if (!text) return choices;
	for (const part of text.split('|')) {
		const comma = part.indexOf(',');
		if (comma < 0) continue;
		const code = part.slice(0, comma).trim();
		if (code !== '') choices.set(code, plainLabel(part.slice(comma + 1)));
	}
	return choices;
}

/** The implicit choices of REDCap's yes/no and true/false field types. */
const IMPLICIT_CHOICES: Record<string, [string, string][]> = {
	yesno: [['1', 'Yes'], ['0', 'No']],
	truefalse: [['1', 'True'], ['0', 'False']]
};

/** Dictionary rows, from either header style (UI download or API metadata). */
export function readDictionary(columns: Columns): Map<string, DictionaryField> {
	const pick = (record: CsvRecord, ui: string, api: string) => columns.get(record, ui) ?? columns.get(record, api);
	const fields = new Map<string, DictionaryField>();
	for (const record of columns.file.records) {
		const field = pick(record, 'Variable / Field Name', 'field_name');
		if (!field) continue;
		const type = (pick(record, 'Field Type', 'field_type') ?? '').toLowerCase();
		const choicesText = pick(record, 'Choices, Calculations, OR Slider Labels', 'select_choices_or_calculations');
		const choices = type === 'calc' || type === 'slider' ? new Map<string, string>() : parseChoices(choicesText);
		for (const [code, label] of IMPLICIT_CHOICES[type] ?? []) choices.set(code, label);
		fields.set(field, { field, form: pick(record, 'Form Name', 'form_name') ?? '', type, label: plainLabel(pick(record, 'Field Label', 'field_label') ?? ''), choices });
	}
	return fields;
}

export function checkboxGroups(columnNames: readonly string[]): CheckboxGroup[] {
	const groups = new Map<string, CheckboxGroup>();
	for (const name of columnNames) {
		const match = CHECKBOX.exec(name);
		if (!match) continue;
		const [, field, code] = match as unknown as [string, string, string];
		const group = groups.get(field) ?? { field, columns: new Map() };
		group.columns.set(code, name);
		groups.set(field, group);
	}
	return [...groups.values()];
}

/** Ticked codes of one checkbox field in one record (`1`, or `Checked` in label exports). */
export function checkedCodes(columns: Columns, record: CsvRecord, group: CheckboxGroup): string[] {
	return [...group.columns]
		.filter(([, column]) => {
			const value = columns.get(record, column);
			return value === '1' || value?.toLowerCase() === 'checked';
		})
		.map(([code]) => code);
}

export function redcapStructure(columns: Columns): RedcapStructure {
	const events = new Set<string>();
	const repeating: Record<string, number> = {};
	for (const record of columns.file.records) {
		const event = columns.get(record, 'redcap_event_name');
		if (event) events.add(event);
		const instrument = columns.get(record, 'redcap_repeat_instrument');
		if (instrument) repeating[instrument] = (repeating[instrument] ?? 0) + 1;
	}
	const checkboxes = checkboxGroups(columns.file.columns).map((g) => ({ field: g.field, codes: [...g.columns.keys()] }));
	return { events: [...events], repeating, checkboxes };
}

/**
 * Column labels from a dictionary: a field's label; for a checkbox column, the field's label
 * and the choice's (`Supports used: Counseling`).
 */
export function dictionaryLabels(columnNames: readonly string[], dictionary: ReadonlyMap<string, DictionaryField>): (string | null)[] {
	return columnNames.map((name) => {
		const direct = dictionary.get(name);
		if (direct) return direct.label || null;
		const match = CHECKBOX.exec(name);
		const field = match ? dictionary.get(match[1]!) : undefined;
		if (!field || !match) return null;
		return `${field.label}: ${field.choices.get(match[2]!) ?? match[2]}`;
	});
}
