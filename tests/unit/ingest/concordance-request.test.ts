/**
 * The roster's optional "Concordance Preference" column (people.concordance_request): labels
 * or codes, several joined by "; ", in, canonical codes out; an unknown option is an error
 * naming file, row, column and value; a roster exported before the column existed imports
 * with no request recorded.
 */
import { describe, expect, test } from 'vitest';
import { concordanceRequest } from '$lib/server/ingest/map-roster';
import { prepareImport } from '$lib/server/ingest/prepare';
import { DEMO_MINI_SETTINGS, demoMiniFiles } from './demo-mini';

/** demo-mini's roster with a last column: `cells[i]` for data row i (spreadsheet row i + 2). */
function withColumn(header: string, cells: readonly string[]) {
	return (text: string) =>
		text
			.trimEnd()
			.split('\n')
			.map((line, i) => `${line},${i === 0 ? header : (cells[i - 1] ?? '')}`)
			.join('\n') + '\n';
}

const requests = (prepared: ReturnType<typeof prepareImport>) =>
	Object.fromEntries(prepared.tables.people.map((r) => [r.values.person_id, r.values.concordance_request ?? null]));
const errors = (prepared: ReturnType<typeof prepareImport>) => prepared.problems.sorted().filter((p) => p.severity === 'error');

describe('concordance requests on import', () => {
	test('labels, codes and "No preference" become canonical codes in the listed order', () => {
		expect(concordanceRequest('URiM mentor; Same gender')).toBe('same_gender;urim_mentor');
		expect(concordanceRequest('same_profession;SAME RACE/ETHNICITY; Same race/ethnicity')).toBe('same_race_ethnicity;same_profession');
		expect(concordanceRequest('No preference')).toBeNull();
		expect(concordanceRequest(' ; ')).toBeNull();
		expect(concordanceRequest(null)).toBeNull();
		// Unknown options are kept, after the known ones, for validation to name.
		expect(concordanceRequest('Same hobby; Same gender')).toBe('same_gender;Same hobby');
	});

	test('a roster without the column imports, with no request recorded for anyone', () => {
		const prepared = prepareImport(demoMiniFiles(), DEMO_MINI_SETTINGS);
		expect(errors(prepared)).toEqual([]);
		expect(new Set(Object.values(requests(prepared)))).toEqual(new Set([null]));
	});

	test('the column is read by name, blanks and "No preference" meaning none', () => {
		const prepared = prepareImport(
			demoMiniFiles({ 'roster.csv': withColumn('Concordance Preference', ['Same gender; URiM mentor', 'No preference', '', 'same_profession']) }),
			DEMO_MINI_SETTINGS
		);
		expect(errors(prepared)).toEqual([]);
		const byPerson = requests(prepared);
		expect([byPerson.T000001, byPerson.T000002, byPerson.T000003]).toEqual(['same_gender;urim_mentor', null, null]);
		expect(Object.values(byPerson).filter((v) => v !== null)).toEqual(['same_gender;urim_mentor', 'same_profession']);
	});

	test('an unknown option is an error naming the cell and the option', () => {
		// Ben Brown is data row 2: spreadsheet row 3.
		const prepared = prepareImport(demoMiniFiles({ 'roster.csv': withColumn('Concordance Preference', ['', 'Same gender; Same hobby']) }), DEMO_MINI_SETTINGS);
		expect(errors(prepared)).toEqual([
			{
				file: 'roster.csv',
				row: 3,
				column: 'Concordance Preference',
				value: 'same_gender;Same hobby',
				message: 'not allowed: "Same hobby"; expected one or more of same_gender, same_race_ethnicity, urim_mentor, same_profession, separated by ";"',
				severity: 'error'
			}
		]);
	});

	test('a renamed column holding the form’s options is proposed by content, to be confirmed', () => {
		const prepared = prepareImport(
			demoMiniFiles({ 'roster.csv': withColumn('Mentor wishes', ['Same gender', 'Same race/ethnicity; URiM mentor', 'Same profession']) }),
			DEMO_MINI_SETTINGS
		);
		expect(errors(prepared)).toEqual([
			expect.objectContaining({ file: 'roster.csv', row: 1, column: 'Mentor wishes', message: 'proposed for Concordance Preference (by content); confirm the mapping' })
		]);
	});
});
