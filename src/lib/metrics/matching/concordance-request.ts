/**
 * The concordance part of the suggested-match score: how much of what the trainee asked for
 * in a mentor (people.concordance_request, schema/tables.ts CONCORDANCE_REQUESTS) a
 * candidate offers.
 *
 * Value = requested dimensions the mentor satisfies ÷ dimensions requested. A share, not
 * all-or-nothing: a mentor who offers one of two things asked for is closer to the request
 * than one who offers neither, and with all-or-nothing most multi-request trainees in a small
 * program would see 0 for every mentor. No request recorded: 0 for every mentor, so it moves
 * no mentor above another for that trainee. The weight is not handed to the other
 * components, so a score means the same points for the same facts whichever trainee it is
 * for (a trainee without a request simply tops out at 90).
 *
 * Dimensions, each judged on self-reported data only and never guessed:
 * - same_gender: both genders recorded (not "not_reported") and equal;
 * - same_race_ethnicity: race/ethnicity is multi-select, so the pair shares any selected
 *   AAMC category; "other" and "not_reported" are left out, as they name no shared identity;
 * - urim_mentor: the mentor's demographics.urim is true (the school's URiM set, derived at import);
 * - same_profession: people.profession equal (even when a cross-discipline mentor is sought:
 *   the breakdown then shows the request unmet rather than hiding it).
 *
 * Data reach: candidates are mentors whose people row the user's payload holds, and
 * demographics and person_race rows are delivered with their people row
 * (server/delivery/scope.ts), so every candidate's demographics are already in the payload;
 * no mentor outside it is scored, and no out-of-scope demographic is needed or sent.
 *
 * Used inside SUGGESTED_MATCHES_SQL: expects CTEs `trainee` (person_id, profession,
 * concordance_request) and `candidate_base` (mentor_id, profession).
 */
import { CODE_LIST_SEPARATOR, CONCORDANCE_REQUESTS } from '../../schema/tables';

/** Race categories that name no shared identity. */
export const UNSHARED_RACE_CATEGORIES = ['other', 'not_reported'] as const;

const asked = (code: string) => `coalesce(list_contains(string_split(t.concordance_request, '${CODE_LIST_SEPARATOR}'), '${code}'), false)`;
const unshared = UNSHARED_RACE_CATEGORIES.map((c) => `'${c}'`).join(', ');

const MET: Record<(typeof CONCORDANCE_REQUESTS)[number], string> = {
	same_gender: `coalesce(dt.gender NOT IN ('not_reported') AND dt.gender = dm.gender, false)`,
	same_race_ethnicity: `EXISTS (SELECT 1 FROM person_race rt JOIN person_race rm ON rm.race_ethnicity = rt.race_ethnicity
			WHERE rt.person_id = t.person_id AND rm.person_id = c.mentor_id AND rt.race_ethnicity NOT IN (${unshared}))`,
	urim_mentor: `coalesce(dm.urim, false)`,
	same_profession: `c.profession = t.profession`
};

const askedCount = CONCORDANCE_REQUESTS.map((code) => `CAST(asked_${code} AS INTEGER)`).join(' + ');
const metCount = CONCORDANCE_REQUESTS.map((code) => `CAST(asked_${code} AND met_${code} AS INTEGER)`).join(' + ');
const listOf = (test: (code: string) => string) =>
	`nullif(concat_ws('${CODE_LIST_SEPARATOR}', ${CONCORDANCE_REQUESTS.map((code) => `CASE WHEN ${test(code)} THEN '${code}' END`).join(', ')}), '')`;

/** One row per candidate: the request, which parts of it this mentor meets, and the 0–1 value. */
export const CONCORDANCE_CTE = `concordance_flags AS (
	SELECT c.mentor_id,
		${CONCORDANCE_REQUESTS.map((code) => `${asked(code)} AS asked_${code},\n\t\t${MET[code]} AS met_${code}`).join(',\n\t\t')}
	FROM candidate_base c
	CROSS JOIN trainee t
	LEFT JOIN demographics dt ON dt.person_id = t.person_id
	LEFT JOIN demographics dm ON dm.person_id = c.mentor_id
),
concordance AS (
	SELECT mentor_id,
		${listOf((code) => `asked_${code}`)} AS concordance_requested,
		${listOf((code) => `asked_${code} AND met_${code}`)} AS concordance_met,
		CASE WHEN ${askedCount} = 0 THEN CAST(0 AS DOUBLE) ELSE CAST(${metCount} AS DOUBLE) / (${askedCount}) END AS concordance_match
	FROM concordance_flags
)`;
