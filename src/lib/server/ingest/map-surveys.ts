/**
 * Survey exports -> survey_responses + survey_items (/work/notes/exports.md, "Canonical
 * mapping rules"): one response per (source response, instrument) with at least one item
 * answered; `-99` (Qualtrics "seen but not answered") and blanks are not items. Scores are
 * not computed here but in SQL from survey_items (scoring.ts), so the rule lives in one place.
 */
import type { Instrument } from '$lib/instruments/instruments';
import type { CsvRecord } from './csv';
import { datePart } from './labels';
import type { ProblemList } from './problems';
import { redcapTimestampColumn } from './redcap-waves';
import type { Columns } from './shapes';
import type { StagedRow } from './staged';

/** Qualtrics "Trainee Well-Being Survey" export tags -> instrument items. */
export const QUALTRICS_ITEMS: Readonly<Record<string, readonly [string, string]>> = {
	Q1: ['mini_z_burnout', 'burnout'],
	Q2_1: ['phq2', 'phq1'],
	Q2_2: ['phq2', 'phq2'],
	Q3_1: ['who5', 'who1'],
	Q3_2: ['who5', 'who2'],
	Q3_3: ['who5', 'who3'],
	Q3_4: ['who5', 'who4'],
	Q3_5: ['who5', 'who5'],
	Q4_1: ['ucla3', 'ucla1'],
	Q4_2: ['ucla3', 'ucla2'],
	Q4_3: ['ucla3', 'ucla3']
};

/** REDCap "Resident Well-Being" fields -> Mayo WBI items (1 = yes, 0 = no). */
export const REDCAP_ITEMS: Readonly<Record<string, readonly [string, string]>> = Object.fromEntries(
	Array.from({ length: 7 }, (_, i) => [`wbi_${i + 1}`, ['mayo_wbi', `wbi${i + 1}`] as const])
);

/** Qualtrics' code for "seen but not answered". */
const SEEN_NOT_ANSWERED = '-99';
/** Test and spam responses are not data (Qualtrics Status column). */
const NON_RESPONSE_STATUSES = ['survey preview', 'survey test', 'spam'];
const REDCAP_NOT_COMPLETED = '[not completed]';
export { REDCAP_TIMESTAMP } from './redcap-waves';

export interface SurveyTables {
	survey_responses: StagedRow[];
	survey_items: StagedRow[];
}

interface SourceResponse {
	record: CsvRecord;
	sourceId: string | null;
	personId: string | null;
	waveId: string | null;
	respondedOn: string | null;
	source: 'qualtrics' | 'redcap';
	/** Where those values came from, for problem messages. */
	columns: { id: string; person: string; wave: string; date: string };
}

export class SurveyMapper {
	readonly out: SurveyTables = { survey_responses: [], survey_items: [] };
	private readonly itemSources = new Map<string, Record<string, string>>();

	constructor(
		private readonly instruments: readonly Instrument[],
		private readonly problems: ProblemList
	) {}

	private instrument(id: string): Instrument {
		const found = this.instruments.find((i) => i.id === id);
		if (!found) throw new Error(`unknown instrument: ${id}`);
		return found;
	}

	/** Stage one source response: a canonical response per instrument that has an answer. */
	private stage(columns: Columns, response: SourceResponse, itemColumns: Record<string, readonly [string, string]>): void {
		const file = columns.file.name;
		const row = response.record.row;
		const byInstrument = new Map<string, { item: string; column: string; value: string }[]>();
		for (const [column, [instrumentId, item]] of Object.entries(itemColumns)) {
			const raw = columns.get(response.record, column);
			if (raw === null || raw === SEEN_NOT_ANSWERED) continue;
			const spec = this.instrument(instrumentId).items.find((i) => i.id === item);
			const value = Number(raw);
			if (!spec || !Number.isFinite(value) || value < spec.min || value > spec.max) {
				const range = spec ? ` (${instrumentId} ${item} is ${spec.min}–${spec.max})` : '';
				this.problems.error(file, row, columns.sourceName(column), raw, `not a valid answer${range}`);
				continue;
			}
			const answers = byInstrument.get(instrumentId) ?? [];
			answers.push({ item, column, value: String(value) });
			byInstrument.set(instrumentId, answers);
		}
		const n = (header: string) => columns.sourceName(header);
		const c = { id: n(response.columns.id), person: n(response.columns.person), wave: n(response.columns.wave), date: n(response.columns.date) };
		const responseSources = { response_id: c.id, person_id: c.person, instrument: c.id, wave_id: c.wave, responded_on: c.date, source: c.id };
		for (const [instrumentId, answers] of byInstrument) {
			const responseId = response.sourceId === null ? null : `${response.sourceId}:${instrumentId}`;
			this.out.survey_responses.push({
				file,
				row,
				values: {
					response_id: responseId,
					person_id: response.personId,
					instrument: instrumentId,
					wave_id: response.waveId,
					responded_on: response.respondedOn,
					source: response.source
				},
				sourceColumns: responseSources
			});
			for (const answer of answers) {
				this.out.survey_items.push({
					file,
					row,
					values: { response_id: responseId, item: answer.item, value: answer.value },
					sourceColumns: this.itemSourceColumns(c.id, n(answer.column))
				});
			}
		}
	}

	private itemSourceColumns(idColumn: string, column: string): Record<string, string> {
		let sources = this.itemSources.get(column);
		if (!sources) {
			sources = { response_id: idColumn, item: column, value: column };
			this.itemSources.set(column, sources);
		}
		return sources;
	}

	/** Qualtrics: partial responses (Finished = False) still count for what they answered. */
	mapQualtrics(columns: Columns): void {
		const cols = { id: 'ResponseId', person: 'ExternalReference', wave: 'wave', date: 'RecordedDate' };
		for (const record of columns.file.records) {
			const status = columns.get(record, 'Status');
			if (status && NON_RESPONSE_STATUSES.includes(status.toLowerCase())) {
				this.problems.warning(columns.file.name, record.row, columns.sourceName('Status'), status, 'test or spam response skipped');
				continue;
			}
			this.stage(
				columns,
				{
					record,
					sourceId: columns.get(record, cols.id),
					personId: columns.get(record, cols.person),
					waveId: columns.get(record, cols.wave),
					respondedOn: datePart(columns.get(record, cols.date)),
					source: 'qualtrics',
					columns: cols
				},
				QUALTRICS_ITEMS
			);
		}
	}

	/**
	 * REDCap longitudinal: one row per (record, event); `eventWaves` says which wave each
	 * event is (redcap-waves.ts). A non-responder's row has no items and stages nothing,
	 * whatever its event.
	 */
	mapRedcap(columns: Columns, eventWaves: ReadonlyMap<string, string>): void {
		const timestamp = redcapTimestampColumn(columns);
		const cols = { id: 'record_id', person: 'record_id', wave: 'redcap_event_name', date: timestamp };
		for (const record of columns.file.records) {
			if (columns.get(record, 'redcap_repeat_instrument')) continue;
			const recordId = columns.get(record, 'record_id');
			const event = columns.get(record, 'redcap_event_name');
			const stamp = timestamp ? columns.get(record, timestamp) : null;
			const before = this.out.survey_responses.length;
			this.stage(
				columns,
				{
					record,
					sourceId: recordId === null ? null : `${recordId}|${event ?? ''}`,
					personId: recordId,
					// An unknown event stays as is, so the required check passes and the cell gets one clear error.
					waveId: event === null ? null : (eventWaves.get(event) ?? event),
					respondedOn: stamp === REDCAP_NOT_COMPLETED ? null : datePart(stamp),
					source: 'redcap',
					columns: cols
				},
				REDCAP_ITEMS
			);
			if (this.out.survey_responses.length > before && event !== null && !eventWaves.has(event)) {
				this.problems.error(columns.file.name, record.row, columns.sourceName('redcap_event_name'), event, 'no survey wave for this REDCap Event; add it to survey_waves.csv (REDCap Event column)');
			}
		}
	}
}
