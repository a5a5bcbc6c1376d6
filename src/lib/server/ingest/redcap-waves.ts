/**
 * Which survey wave each REDCap event is, so a REDCap export can be imported on its own.
 * A longitudinal REDCap project names its waves as events (`autumn_2025_arm_1`); the
 * dataset names them as survey_waves rows (`2025-autumn`). Per event, first match wins:
 *
 * 1. upload        survey_waves.csv in the same upload, by its REDCap Event column. When that
 *                  file is uploaded it is the wave calendar: nothing else is consulted.
 * 2. earlier       the current dataset's REDCap responses: their response ids keep the event
 *                  (`record|event:instrument`, map-surveys.ts) beside the wave it was given.
 * 3. name          a current wave whose id or label has the same words as the event without
 *                  its arm (`autumn_2025_arm_1` ~ `2025-autumn` ~ "Autumn 2025").
 * 4. derived       a new wave named after the event; it opens on the event's first survey
 *                  timestamp and closes on its last. Eligibility is counted from the opening
 *                  date (tables.ts survey_waves), so the preview says to upload
 *                  survey_waves.csv when the real dates are known.
 * Arms of one event (`baseline_arm_1`, `baseline_arm_2`) are one wave.
 */
import type { CsvRecord } from './csv';
import { datePart } from './labels';
import { redcapEventWaves } from './map-platform';
import type { Columns } from './shapes';
import type { StagedRow, StagedTables } from './staged';
import { isValidDate } from './validate';

export type WaveSource = 'upload' | 'earlier' | 'name' | 'derived' | 'none';

export interface RedcapWaveChoice {
	event: string;
	/** null when no wave could be found or derived (the rows' problems say why). */
	waveId: string | null;
	source: WaveSource;
	/** Derived waves: the dates taken from the survey timestamps. */
	opensOn?: string;
	closesOn?: string;
}

export interface RedcapWaves {
	eventWaves: Map<string, string>;
	/** New survey_waves rows (source 'derived'). */
	derived: StagedRow[];
	choices: RedcapWaveChoice[];
}

/** The mapping's name for the REDCap survey timestamp (any `<form>_timestamp` column). */
export const REDCAP_TIMESTAMP = 'Survey timestamp';

/** A mapped survey timestamp wins; otherwise the first `<form>_timestamp` column, or ''. */
export function redcapTimestampColumn(columns: Columns): string {
	if (columns.has(REDCAP_TIMESTAMP)) return REDCAP_TIMESTAMP;
	return columns.file.columns.find((c) => c.toLowerCase().endsWith('_timestamp')) ?? '';
}

const withoutArm = (event: string) => event.replace(/_arm_\d+$/i, '');
const words = (text: string) => text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).sort().join(' ');
const titleCase = (stem: string) => stem.split(/_+/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');

/** Event -> wave from the current dataset's REDCap response ids (`record|event:instrument`). */
function earlierEvents(current: StagedTables): Map<string, string> {
	const out = new Map<string, string>();
	for (const row of current.survey_responses) {
		const { source, response_id: id, wave_id: wave } = row.values;
		if (source !== 'redcap' || !id || !wave) continue;
		const event = /\|(.+):[^:]+$/.exec(id)?.[1];
		if (event) out.set(event, wave);
	}
	return out;
}

function byName(event: string, waves: readonly StagedRow[]): string | null {
	const key = words(withoutArm(event));
	const match = waves.find((w) => words(w.values.wave_id ?? '') === key || words(w.values.label ?? '') === key);
	return match?.values.wave_id ?? null;
}

/** First and last survey date per event, from rows that were completed. */
function eventDates(columns: Columns): Map<string, { first: string; last: string }> {
	const stamp = redcapTimestampColumn(columns);
	const out = new Map<string, { first: string; last: string }>();
	if (!stamp) return out;
	for (const record of columns.file.records as CsvRecord[]) {
		const event = columns.get(record, 'redcap_event_name');
		const date = datePart(columns.get(record, stamp));
		if (!event || !date || !isValidDate(date)) continue;
		const seen = out.get(event);
		if (!seen) out.set(event, { first: date, last: date });
		else out.set(event, { first: date < seen.first ? date : seen.first, last: date > seen.last ? date : seen.last });
	}
	return out;
}

export function resolveRedcapWaves(redcap: Columns, uploadedWaves: Columns | null, current: StagedTables | null): RedcapWaves {
	const events = [...new Set(redcap.file.records.map((r) => redcap.get(r, 'redcap_event_name')).filter((e): e is string => e !== null))];
	const eventWaves = new Map<string, string>();
	const choices: RedcapWaveChoice[] = [];
	const derived = new Map<string, StagedRow>();
	if (uploadedWaves) {
		const fromFile = redcapEventWaves(uploadedWaves);
		for (const event of events) {
			const wave = fromFile.get(event) ?? null;
			if (wave) eventWaves.set(event, wave);
			choices.push({ event, waveId: wave, source: wave ? 'upload' : 'none' });
		}
		return { eventWaves, derived: [], choices };
	}
	const earlier = current ? earlierEvents(current) : new Map<string, string>();
	const dates = eventDates(redcap);
	for (const event of events) {
		const known = earlier.get(event);
		const named = known ? null : byName(event, current?.survey_waves ?? []);
		if (known || named) {
			eventWaves.set(event, (known ?? named)!);
			choices.push({ event, waveId: (known ?? named)!, source: known ? 'earlier' : 'name' });
			continue;
		}
		const span = dates.get(event);
		if (!span) {
			choices.push({ event, waveId: null, source: 'none' });
			continue;
		}
		const stem = withoutArm(event);
		const waveId = stem.replace(/_+/g, '-');
		const wave = derived.get(waveId);
		if (wave) {
			// Another arm of the same event: widen the dates.
			if (span.first < wave.values.opens_on!) wave.values.opens_on = span.first;
			if (span.last > wave.values.closes_on!) wave.values.closes_on = span.last;
		} else {
			const source = redcap.sourceName('redcap_event_name');
			derived.set(waveId, {
				file: redcap.file.name,
				row: 0,
				values: { wave_id: waveId, label: titleCase(stem), opens_on: span.first, closes_on: span.last },
				sourceColumns: { wave_id: source, label: source, opens_on: redcapTimestampColumn(redcap), closes_on: redcapTimestampColumn(redcap) }
			});
		}
		eventWaves.set(event, waveId);
		choices.push({ event, waveId, source: 'derived' });
	}
	for (const choice of choices) {
		const wave = choice.source === 'derived' ? derived.get(choice.waveId!) : undefined;
		if (wave) Object.assign(choice, { opensOn: wave.values.opens_on, closesOn: wave.values.closes_on });
	}
	return { eventWaves, derived: [...derived.values()], choices };
}

/** One sentence per way the waves were found, for the preview. */
export function describeRedcapWaves(choices: readonly RedcapWaveChoice[]): string[] {
	const list = (source: WaveSource) => choices.filter((c) => c.source === source);
	const pairs = (cs: RedcapWaveChoice[]) => cs.map((c) => `${c.event} → ${c.waveId}`).join(', ');
	const notes: string[] = [];
	if (list('upload').length) notes.push(`Survey waves from survey_waves.csv in this upload: ${pairs(list('upload'))}.`);
	if (list('earlier').length) notes.push(`Survey waves as an earlier REDCap import of the current dataset assigned them: ${pairs(list('earlier'))}.`);
	if (list('name').length) notes.push(`Survey waves of the current dataset matched by name: ${pairs(list('name'))}.`);
	const derived = list('derived');
	if (derived.length) {
		const spans = derived.map((c) => `${c.waveId} (${c.opensOn} to ${c.closesOn})`).join(', ');
		notes.push(`New survey waves made from the REDCap events, opening on each event's first survey timestamp and closing on its last: ${spans}. Response rates count trainees enrolled on the opening date; upload survey_waves.csv with the REDCap Event column to set the real dates.`);
	}
	if (list('none').length) notes.push(`No wave for ${list('none').map((c) => c.event).join(', ')}: no survey timestamp to date it; add it to survey_waves.csv.`);
	return notes;
}
