/**
 * What each known export must supply, field by field: the header the mappers read
 * (shapes.ts names), the canonical column it fills (for the user and for content checks),
 * and for survey items the instrument item. The mapping UI lists exactly these.
 */
import { INSTRUMENTS } from '$lib/instruments/instruments';
import { tableSpec, type ColumnSpec } from '$lib/schema/tables';
import type { ColumnMapping } from './column-mapping';
import { raceCategories } from './map-roster';
import { DEMOGRAPHICS, PEOPLE, RACE_SOURCE } from './map-roster';
import { DATASET_INFO, IPE_ACTIVITIES, IPE_ATTENDANCE, MEETINGS, PAIRINGS, PROGRAMS, SURVEY_WAVES } from './map-platform';
import { QUALTRICS_ITEMS, REDCAP_ITEMS, REDCAP_TIMESTAMP } from './map-surveys';
import { SHAPES, type ShapeId } from './shapes';
import { datePart } from './labels';

export interface TargetField {
	/** Header the mappers ask for. */
	header: string;
	/** `table.column` it ends in, or `instrument.item` for survey items. */
	target: string;
	description: string;
	required: boolean;
	/** Converts a cell as the mapper would, so content checks judge the canonical value. */
	convert?: (value: string | null) => string | null;
	spec?: ColumnSpec;
	item?: { instrument: string; item: string; label: string; min: number; max: number };
	/** Source names that match besides the header (REDCap's `<form>_timestamp`). */
	pattern?: RegExp;
}

function fromMapping(table: string, mapping: ColumnMapping, required: readonly string[]): TargetField[] {
	const spec = tableSpec(table);
	return Object.entries(mapping).map(([column, source]) => {
		const columnSpec = spec.columns.find((c) => c.name === column)!;
		const field: TargetField = { header: source.from, target: `${table}.${column}`, description: columnSpec.description, required: required.includes(source.from), spec: columnSpec };
		if (source.convert) field.convert = source.convert;
		return field;
	});
}

function itemFields(items: Readonly<Record<string, readonly [string, string]>>): TargetField[] {
	return Object.entries(items).map(([header, [instrumentId, itemId]]) => {
		const instrument = INSTRUMENTS.find((i) => i.id === instrumentId)!;
		const item = instrument.items.find((i) => i.id === itemId)!;
		return {
			header,
			target: `${instrumentId}.${itemId}`,
			description: `${instrument.name}: ${item.label}`,
			required: false,
			item: { instrument: instrumentId, item: itemId, label: item.label, min: item.min, max: item.max }
		};
	});
}

const responses = tableSpec('survey_responses');
const responseField = (header: string, column: string, required: boolean, extra: Partial<TargetField> = {}): TargetField => {
	const spec = responses.columns.find((c) => c.name === column)!;
	return { header, target: `survey_responses.${column}`, description: spec.description, required, spec, ...extra };
};

function requiredOf(id: ShapeId): readonly string[] {
	return SHAPES.find((s) => s.id === id)!.required;
}

const roster = (): TargetField[] => {
	const race = tableSpec('person_race').columns.find((c) => c.name === 'race_ethnicity')!;
	return [
		...fromMapping('people', PEOPLE, requiredOf('roster')),
		...fromMapping('demographics', DEMOGRAPHICS, requiredOf('roster')).filter((f) => f.header !== 'Person ID'),
		{ header: RACE_SOURCE, target: 'person_race.race_ethnicity', description: race.description, required: false, spec: race, convert: (v) => raceCategories(v)[0] ?? null }
	];
};

export const SHAPE_FIELDS: Readonly<Record<ShapeId, readonly TargetField[]>> = {
	dataset_info: fromMapping('dataset_info', DATASET_INFO, requiredOf('dataset_info')),
	programs: fromMapping('programs', PROGRAMS, requiredOf('programs')),
	roster: roster(),
	pairings: fromMapping('pairings', PAIRINGS, requiredOf('pairings')),
	meetings: fromMapping('meetings', MEETINGS, requiredOf('meetings')),
	ipe_activities: fromMapping('ipe_activities', IPE_ACTIVITIES, requiredOf('ipe_activities')),
	ipe_attendance: fromMapping('ipe_attendance', IPE_ATTENDANCE, requiredOf('ipe_attendance')),
	survey_waves: [
		...fromMapping('survey_waves', SURVEY_WAVES, requiredOf('survey_waves')),
		{ header: 'REDCap Event', target: 'survey_waves (REDCap event name)', description: 'REDCap event that carries this wave, for REDCap exports.', required: false }
	],
	wellbeing_qualtrics: [
		responseField('ResponseId', 'response_id', true),
		responseField('ExternalReference', 'person_id', true),
		responseField('wave', 'wave_id', true),
		responseField('RecordedDate', 'responded_on', true, { convert: datePart }),
		{ header: 'Status', target: 'Qualtrics response type', description: 'Survey Preview, Spam and Test responses are skipped.', required: false },
		...itemFields(QUALTRICS_ITEMS)
	],
	wellbeing_redcap: [
		responseField('record_id', 'person_id', true),
		responseField('redcap_event_name', 'wave_id', true),
		responseField(REDCAP_TIMESTAMP, 'responded_on', false, { convert: datePart, pattern: /_timestamp$/i }),
		{ header: 'redcap_repeat_instrument', target: 'REDCap repeat instrument', description: 'Rows of repeating instruments are not survey waves and are skipped.', required: false },
		...itemFields(REDCAP_ITEMS)
	],
	redcap_dictionary: []
};
