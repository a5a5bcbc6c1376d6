/**
 * Mentoring-platform exports -> canonical tables (/work/notes/exports.md): programs,
 * matches, meeting log, IPE activities and attendance, the survey calendar.
 */
import { mapFile, type ColumnMapping } from './column-mapping';
import {
	END_REASON,
	MEETING_COMPLETED,
	MEETING_FORMAT,
	PAIRING_TYPE,
	PROGRAM_TYPE,
	codeFor,
	datePart
} from './labels';
import type { Columns } from './shapes';
import type { StagedRow } from './staged';

const date = (value: string | null) => datePart(value);

export const PROGRAMS: ColumnMapping = {
	program_id: { from: 'Program ID' },
	name: { from: 'Program Name' },
	kind: { from: 'Program Type', convert: (v) => codeFor(PROGRAM_TYPE, v) },
	start_date: { from: 'Start Date', convert: date }
};

// Platform Status is informational: it is derived from the dates, so it is not imported.
export const PAIRINGS: ColumnMapping = {
	pairing_id: { from: 'Pairing ID' },
	mentor_id: { from: 'Mentor ID' },
	mentee_id: { from: 'Mentee ID' },
	program_id: { from: 'Program ID' },
	kind: { from: 'Type', convert: (v) => codeFor(PAIRING_TYPE, v) },
	requested_at: { from: 'Requested', convert: date },
	matched_at: { from: 'Matched', convert: date },
	ended_at: { from: 'Ended', convert: date },
	end_reason: { from: 'End Reason', convert: (v) => codeFor(END_REASON, v) }
};

export const MEETINGS: ColumnMapping = {
	meeting_id: { from: 'Meeting ID' },
	pairing_id: { from: 'Pairing ID' },
	date: { from: 'Date', convert: date },
	completed: { from: 'Status', convert: (v) => codeFor(MEETING_COMPLETED, v) },
	duration_min: { from: 'Duration (min)' },
	modality: { from: 'Format', convert: (v) => codeFor(MEETING_FORMAT, v) },
	rating: { from: 'Mentee Rating' }
};

export const IPE_ACTIVITIES: ColumnMapping = {
	activity_id: { from: 'Activity ID' },
	date: { from: 'Date', convert: date },
	kind: { from: 'Type' },
	title: { from: 'Title' },
	program_id: { from: 'Organizer Program ID' }
};

export const IPE_ATTENDANCE: ColumnMapping = {
	activity_id: { from: 'Activity ID' },
	person_id: { from: 'Person ID' }
};

export const SURVEY_WAVES: ColumnMapping = {
	wave_id: { from: 'Wave ID' },
	label: { from: 'Label' },
	opens_on: { from: 'Opens', convert: date },
	closes_on: { from: 'Closes', convert: date }
};

export const DATASET_INFO: ColumnMapping = {
	as_of: { from: 'As Of', convert: date },
	institution: { from: 'Institution' }
};

export const mapPrograms = (columns: Columns): StagedRow[] => mapFile(columns, PROGRAMS);
export const mapPairings = (columns: Columns): StagedRow[] => mapFile(columns, PAIRINGS);
export const mapMeetings = (columns: Columns): StagedRow[] => mapFile(columns, MEETINGS);
export const mapIpeActivities = (columns: Columns): StagedRow[] => mapFile(columns, IPE_ACTIVITIES);
export const mapIpeAttendance = (columns: Columns): StagedRow[] => mapFile(columns, IPE_ATTENDANCE);
export const mapSurveyWaves = (columns: Columns): StagedRow[] => mapFile(columns, SURVEY_WAVES);
export const mapDatasetInfo = (columns: Columns): StagedRow[] => mapFile(columns, DATASET_INFO);

/** survey_waves.csv's REDCap Event column: event name -> wave id, for REDCap exports. */
export function redcapEventWaves(columns: Columns): Map<string, string> {
	const events = new Map<string, string>();
	for (const record of columns.file.records) {
		const event = columns.get(record, 'REDCap Event');
		const wave = columns.get(record, 'Wave ID');
		if (event && wave) events.set(event, wave);
	}
	return events;
}
