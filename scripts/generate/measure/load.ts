/**
 * Load a generated export folder into DuckDB with plain column names, for measuring the
 * effects the demo encodes (data/README.md) and for the generator's tests. This reads the
 * export files themselves, not the generator's memory, so what is measured is what ships.
 */
import { join } from 'node:path';
import type { NodeConnector } from '../../../src/lib/engine/node';

/** read_csv of a file we just wrote; the path is ours, quotes escaped all the same. */
const csv = (dir: string, name: string): string => `read_csv('${join(dir, name).replace(/'/g, "''")}', header = true, all_varchar = true)`;

const URIM_PATTERN = 'American Indian|Black or African|Hispanic|Native Hawaiian';

export async function loadDemo(c: NodeConnector, dir: string): Promise<void> {
	await c.exec(`
		CREATE OR REPLACE TABLE people AS SELECT
			"Person ID" AS id, Role AS role, Profession AS profession, "Program ID" AS program, "Training Level" AS level,
			CAST("Cohort Year" AS INTEGER) AS cohort, CAST("Start Date" AS DATE) AS start, Status AS status,
			CAST("Exit Date" AS DATE) AS exit, "Exit Reason Code" AS exit_code, CAST("Mentor Capacity" AS INTEGER) AS capacity,
			Gender AS gender, "Race/Ethnicity" AS race,
			CASE WHEN "Race/Ethnicity" IS NULL OR "Race/Ethnicity" = 'Prefer not to say' THEN NULL
				ELSE regexp_matches("Race/Ethnicity", '${URIM_PATTERN}') END AS urim,
			CASE "First Generation" WHEN 'Yes' THEN true WHEN 'No' THEN false END AS first_gen,
			CASE "Low Income" WHEN 'Yes' THEN true WHEN 'No' THEN false END AS low_income
		FROM ${csv(dir, 'roster.csv')};
		CREATE OR REPLACE TABLE pairings AS SELECT
			"Pairing ID" AS id, "Mentor ID" AS mentor, "Mentee ID" AS mentee, "Program ID" AS program, Type AS kind,
			CAST(Requested AS DATE) AS requested, CAST(Matched AS DATE) AS matched, CAST(Ended AS DATE) AS ended, "End Reason" AS end_reason
		FROM ${csv(dir, 'pairings.csv')};
		CREATE OR REPLACE TABLE meetings AS SELECT
			"Meeting ID" AS id, "Pairing ID" AS pairing, CAST(Date AS DATE) AS date, Status AS status,
			CAST("Duration (min)" AS INTEGER) AS duration, Format AS format, CAST("Mentee Rating" AS INTEGER) AS rating
		FROM ${csv(dir, 'meetings.csv')};
		CREATE OR REPLACE TABLE waves AS SELECT "Wave ID" AS id, CAST(Opens AS DATE) AS opens, CAST(Closes AS DATE) AS closes, "REDCap Event" AS event
		FROM ${csv(dir, 'survey_waves.csv')};
		CREATE OR REPLACE TABLE qualtrics AS SELECT
			ResponseId AS response, ExternalReference AS person, wave, CAST(RecordedDate AS TIMESTAMP)::DATE AS day, Finished = 'True' AS finished,
			TRY_CAST(Q1 AS INTEGER) AS q1, TRY_CAST(Q2_1 AS INTEGER) AS phq1, TRY_CAST(Q2_2 AS INTEGER) AS phq2,
			TRY_CAST(Q3_1 AS INTEGER) AS who1, TRY_CAST(Q3_2 AS INTEGER) AS who2, TRY_CAST(Q3_3 AS INTEGER) AS who3,
			TRY_CAST(Q3_4 AS INTEGER) AS who4, TRY_CAST(Q3_5 AS INTEGER) AS who5,
			TRY_CAST(Q4_1 AS INTEGER) AS ucla1, TRY_CAST(Q4_2 AS INTEGER) AS ucla2, TRY_CAST(Q4_3 AS INTEGER) AS ucla3, Q5 AS comment
		FROM ${csv(dir, 'wellbeing_qualtrics.csv')}
		WHERE ResponseId LIKE 'R\\_%' ESCAPE '\\';
		CREATE OR REPLACE TABLE redcap AS SELECT
			record_id AS person, redcap_event_name AS event, resident_wellbeing_complete = '2' AS completed,
			CASE WHEN resident_wellbeing_complete = '2' THEN CAST(resident_wellbeing_timestamp AS TIMESTAMP)::DATE END AS day,
			CAST(wbi_1 AS INTEGER) + CAST(wbi_2 AS INTEGER) + CAST(wbi_3 AS INTEGER) + CAST(wbi_4 AS INTEGER)
				+ CAST(wbi_5 AS INTEGER) + CAST(wbi_6 AS INTEGER) + CAST(wbi_7 AS INTEGER) AS wbi
		FROM ${csv(dir, 'wellbeing_redcap.csv')};
		CREATE OR REPLACE TABLE ipe_activities AS SELECT "Activity ID" AS id, CAST(Date AS DATE) AS date, Type AS kind FROM ${csv(dir, 'ipe_activities.csv')};
		CREATE OR REPLACE TABLE ipe_attendance AS SELECT "Activity ID" AS activity, "Person ID" AS person FROM ${csv(dir, 'ipe_attendance.csv')};
		-- Mentored on a wave's opening day: a matched pairing running on that day.
		CREATE OR REPLACE TABLE mentored_at_wave AS
			SELECT DISTINCT p.mentee AS person, w.id AS wave FROM pairings p, waves w
			WHERE p.matched <= w.opens AND (p.ended IS NULL OR p.ended > w.opens);
	`);
}
