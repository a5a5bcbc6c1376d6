/**
 * A small generated dataset read back from its files: the promises in data/README.md hold
 * (consistency counts are zero), the export formats are as notes/exports.md says, and the
 * encoded mentoring effect on burnout points the right way.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeConnector } from '../../../src/lib/engine/node';
import { generateDemo } from '../../../scripts/generate/generate';
import { measureDemo, type DemoFigures } from '../../../scripts/generate/measure/index';

let dir = '';
let figures: DemoFigures;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'preceptor-sanity-'));
	generateDemo({ seed: 11, trainees: 300, outDir: dir });
	figures = await measureDemo(dir);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('generated demo data', () => {
	it('breaks none of its consistency rules', () => {
		expect(figures.consistency).toEqual({
			pairingsOutsideMenteeEnrollment: 0,
			pairingsOutsideMentorEnrollment: 0,
			meetingsWithoutPairing: 0,
			meetingsOutsidePairing: 0,
			meetingsAfterMenteeExit: 0,
			surveyAnswersWhileNotEnrolled: 0,
			mentorLoadAboveCapacityPlusOne: 0
		});
	});

	it('has every meeting inside an existing pairing (checked directly)', async () => {
		const c = await NodeConnector.open();
		try {
			const rows = await c.query<{ orphans: number; outside: number; n: number }>(`
				SELECT count(*) AS n, count(*) FILTER (WHERE p."Pairing ID" IS NULL) AS orphans,
					count(*) FILTER (WHERE CAST(m.Date AS DATE) < CAST(p.Matched AS DATE) OR CAST(m.Date AS DATE) > CAST(p.Ended AS DATE)) AS outside
				FROM read_csv(?, all_varchar = true) m LEFT JOIN read_csv(?, all_varchar = true) p ON p."Pairing ID" = m."Pairing ID"`,
				[join(dir, 'meetings.csv'), join(dir, 'pairings.csv')]);
			expect(rows[0].n).toBeGreaterThan(1000);
			expect(rows[0].orphans).toBe(0);
			expect(rows[0].outside).toBe(0);
		} finally {
			c.close();
		}
	});

	it('writes Qualtrics with three header rows, ImportId JSON and a multi-line question', () => {
		const text = readFileSync(join(dir, 'wellbeing_qualtrics.csv'), 'utf8');
		expect(text.startsWith('StartDate,EndDate,Status,IPAddress,Progress,Duration (in seconds),Finished,RecordedDate,ResponseId,')).toBe(true);
		expect(text).toContain('\nStart Date,End Date,Response Type,');
		expect(text).toContain('"Over the last 2 weeks, how often have you been bothered by any of the following problems?\n- Little interest');
		expect(text).toContain('\n"{""ImportId"":""startDate"",""timeZone"":""America/Denver""}",');
		expect(text).toContain('"{""ImportId"":""_recordId""}"');
		// First data record (4th record) begins with a timestamp and carries an R_ id.
		const afterHeaders = text.split('"{""ImportId"":""wave""}"\n')[1];
		expect(afterHeaders).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},/);
		expect(afterHeaders).toMatch(/,R_[A-Za-z0-9]{15},/);
		expect(text).toContain(',-99,');
		expect(text).toContain(',False,');
	});

	it('writes REDCap rows for non-responders as [not completed]', () => {
		const lines = readFileSync(join(dir, 'wellbeing_redcap.csv'), 'utf8').trimEnd().split('\n');
		expect(lines[0]).toBe('record_id,redcap_event_name,redcap_survey_identifier,resident_wellbeing_timestamp,wbi_1,wbi_2,wbi_3,wbi_4,wbi_5,wbi_6,wbi_7,supports___1,supports___2,supports___3,supports___4,supports___5,supports___6,resident_wellbeing_complete');
		expect(lines.some((l) => /^T\d{6},\w+_arm_1,,\[not completed\],,,,,,,,(0,){6}0$/.test(l))).toBe(true);
		expect(lines.some((l) => /^T\d{6},\w+_arm_1,,\d{4}-\d{2}-\d{2} \d{2}:\d{2},([01],){7}([01],){6}2$/.test(l))).toBe(true);
	});

	it('shows less burnout among mentored respondents than among the unmentored', () => {
		expect(figures.wellbeing.nMentored).toBeGreaterThan(50);
		expect(figures.wellbeing.nUnmentored).toBeGreaterThan(50);
		expect(figures.wellbeing.burnoutMentored).toBeLessThan(figures.wellbeing.burnoutUnmentored);
	});

	it('keeps meeting fields within their ranges', () => {
		expect(figures.activity.durationRange[0]).toBeGreaterThanOrEqual(20);
		expect(figures.activity.durationRange[1]).toBeLessThanOrEqual(90);
		expect(figures.activity.professionsRange[0]).toBeGreaterThanOrEqual(2);
		expect(figures.activity.professionsRange[1]).toBeLessThanOrEqual(4);
	});
});
