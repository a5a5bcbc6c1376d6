/**
 * Validation before anything is written: each problem names file, row (as a spreadsheet
 * shows it, header = row 1), the column as the file names it, and the value.
 */
import { describe, expect, test } from 'vitest';
import { prepareImport } from '$lib/server/ingest/prepare';
import type { ImportProblem } from '$lib/server/ingest/problems';
import { DEMO_MINI_SETTINGS, demoMiniFiles, replaceOnce } from './demo-mini';

function errorsFor(edits: Record<string, (text: string) => string>, settings = {}): ImportProblem[] {
	const { problems } = prepareImport(demoMiniFiles(edits), { ...DEMO_MINI_SETTINGS, ...settings });
	return problems.sorted().filter((p) => p.severity === 'error');
}

describe('validation', () => {
	test('the untouched fixture has no errors', () => {
		expect(errorsFor({})).toEqual([]);
	});

	test('a meeting referring to an unknown pairing', () => {
		// header row 1 + 5 meetings = rows 2–6, so the appended meeting is row 7
		const errors = errorsFor({ 'meetings.csv': (t) => `${t}MT0006,P0999,2025-11-01,Completed,30,Virtual,3\n` });
		expect(errors).toEqual([
			{ file: 'meetings.csv', row: 7, column: 'Pairing ID', value: 'P0999', message: expect.stringMatching(/unknown pairing/), severity: 'error' }
		]);
	});

	test('an impossible date', () => {
		// Ben Brown is the second person: roster.csv row 3
		const errors = errorsFor({ 'roster.csv': replaceOnce('2024-08-01,Withdrawn', '2024-02-30,Withdrawn') });
		expect(errors).toEqual([
			{ file: 'roster.csv', row: 3, column: 'Start Date', value: '2024-02-30', message: expect.stringMatching(/date/), severity: 'error' }
		]);
	});

	test('an unknown label is quoted as the file wrote it', () => {
		const errors = errorsFor({ 'roster.csv': replaceOnce('2026-01-05,Leave of Absence', '2026-01-05,Sabbatical') });
		expect(errors).toEqual([
			{ file: 'roster.csv', row: 6, column: 'Status', value: 'Sabbatical', message: expect.stringMatching(/allowed/), severity: 'error' }
		]);
	});

	test('exit status without an exit date', () => {
		const errors = errorsFor({ 'roster.csv': replaceOnce('Withdrawn,2026-02-15', 'Withdrawn,') });
		expect(errors).toEqual([
			{ file: 'roster.csv', row: 3, column: 'Exit Date', value: null, message: 'exit date required when status is withdrawn', severity: 'error' }
		]);
	});

	test('duplicate primary key and missing required value', () => {
		const errors = errorsFor({
			'programs.csv': (t) => `${t}NRP,Second nurse residency,Nursing,2021-01-04\n`,
			'pairings.csv': replaceOnce('P0004,,T000005,', 'P0004,,,')
		});
		expect(errors.map((e) => [e.file, e.row, e.column, e.value])).toEqual([
			['pairings.csv', 5, 'Mentee ID', null],
			['programs.csv', 5, 'Program ID', 'NRP']
		]);
		expect(errors[1]!.message).toMatch(/duplicate programs key \(first in programs.csv row 4\)/);
	});

	test('a missing required column is reported on the header row', () => {
		// The Status header is blanked: an unnamed column is never proposed for anything.
		const errors = errorsFor({ 'meetings.csv': (t) => t.replace(/,Status,/, ',,') });
		expect(errors[0]).toMatchObject({ file: 'meetings.csv', row: 1, column: 'Status', message: 'missing column Status' });
	});

	test('a renamed column is proposed by content but blocks until confirmed', () => {
		// "State" holds Completed/Cancelled/No-show: every value converts to a valid meetings.completed.
		const errors = errorsFor({ 'meetings.csv': (t) => t.replace(/,Status,/, ',State,') });
		expect(errors).toEqual([
			{ file: 'meetings.csv', row: 1, column: 'State', value: 'State', message: 'proposed for Status (by content); confirm the mapping', severity: 'error' }
		]);
	});

	test('an unrecognised file is an error, not silently ignored', () => {
		const { problems } = prepareImport([...demoMiniFiles(), { name: 'notes.csv', bytes: 'Note,Author\nhello,me\n' }], DEMO_MINI_SETTINGS);
		expect(problems.sorted()[0]).toMatchObject({ file: 'notes.csv', row: null, severity: 'error' });
	});

	test('survey answers: out of range, unknown respondent, unknown REDCap event', () => {
		const errors = errorsFor({
			// R2's PHQ-2 item 1: 0 -> 7 (PHQ items are 0–3). Rows are records, not lines: 3 header
			// records (the question-text one spans 3 lines), R1 = row 4 (2 lines), R2 = row 5.
			'wellbeing_qualtrics.csv': replaceOnce('T000003,,,email,EN,-99,0,', 'T000003,,,email,EN,-99,7,'),
			'wellbeing_redcap.csv': (t) => t.replace('T000004,autumn_2025_arm_1', 'T000009,autumn_2025_arm_1').replace('T000005,spring_2026_arm_1', 'T000005,summer_2026_arm_1')
		});
		expect(errors.map((e) => [e.file, e.row, e.column, e.value])).toEqual([
			['wellbeing_qualtrics.csv', 5, 'Q2_1', '7'],
			['wellbeing_redcap.csv', 4, 'record_id', 'T000009'],
			['wellbeing_redcap.csv', 5, 'redcap_event_name', 'summer_2026_arm_1']
		]);
	});

	test('problems are capped and the rest counted', () => {
		// 12 meetings with an unknown pairing, cap 5
		const extra = Array.from({ length: 12 }, (_, i) => `MX${i},P0999,2025-11-01,Completed,30,Virtual,3\n`).join('');
		const { problems } = prepareImport(demoMiniFiles({ 'meetings.csv': (t) => t + extra }), { ...DEMO_MINI_SETTINGS, problemCap: 5 });
		expect(problems.kept).toHaveLength(5);
		expect(problems.omitted).toBe(7);
		expect(problems.errorCount).toBe(12);
	});
});
