import { describe, expect, test } from 'vitest';
import { detectFormat, qualtricsImportId } from '$lib/server/ingest/detect';
import { readSourceFile } from '$lib/server/ingest/source-file';
import { demoMiniFiles } from './demo-mini';

describe('detectFormat', () => {
	test('generic CSV has one header row', () => {
		expect(detectFormat('roster.csv', [['Person ID', 'Role'], ['T1', 'Trainee']])).toEqual({ format: 'csv', headerRows: 1 });
	});

	test('a *_complete column alone does not make a REDCap file', () => {
		expect(detectFormat('tasks.csv', [['task', 'task_complete']]).format).toBe('csv');
		expect(detectFormat('r.csv', [['record_id', 'form_1_complete']]).format).toBe('redcap');
	});

	test('REDCap dictionary: UI headers and API headers', () => {
		expect(detectFormat('d.csv', [['Variable / Field Name', 'Form Name', 'Field Type']]).format).toBe('redcap_dictionary');
		expect(detectFormat('m.csv', [['field_name', 'form_name', 'field_type']]).format).toBe('redcap_dictionary');
	});

	test('Qualtrics ImportId row, double or single quoted', () => {
		const tags = ['StartDate', 'Q1'];
		const text = ['Start Date', 'How are you?'];
		expect(detectFormat('q.csv', [tags, text, ['{"ImportId":"startDate","timeZone":"America/Denver"}', '{"ImportId":"QID1"}']])).toEqual({
			format: 'qualtrics',
			headerRows: 3
		});
		expect(detectFormat('q.csv', [tags, text, ["{'ImportId': 'startDate'}", "{'ImportId': 'QID1'}"]]).format).toBe('qualtrics');
		expect(qualtricsImportId('{"ImportId":"QID2_1"}')).toBe('QID2_1');
		expect(qualtricsImportId("{'ImportId': 'QID3-1-TEXT'}")).toBe('QID3-1-TEXT');
	});

	test('every demo-mini file is recognised with the right header rows', () => {
		const formats = Object.fromEntries(
			demoMiniFiles().map((f) => {
				const file = readSourceFile(f.name, f.bytes);
				return [f.name, [file.format, file.headerRowCount, file.records.length]];
			})
		);
		expect(formats).toEqual({
			'ipe_activities.csv': ['csv', 1, 2],
			'ipe_attendance.csv': ['csv', 1, 4],
			'meetings.csv': ['csv', 1, 5],
			'pairings.csv': ['csv', 1, 4],
			'programs.csv': ['csv', 1, 3],
			'roster.csv': ['csv', 1, 7],
			'survey_waves.csv': ['csv', 1, 3],
			// 3 header rows (Q2_1/Q2_2 question text spans two lines) + 4 responses (one free text spans two lines)
			'wellbeing_qualtrics.csv': ['qualtrics', 3, 4],
			'wellbeing_redcap.csv': ['redcap', 1, 4],
			'wellbeing_redcap_dictionary.csv': ['redcap_dictionary', 1, 9]
		});
	});
});
