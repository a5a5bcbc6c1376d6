/**
 * One person's history as dated events, newest first, for the profile's timeline:
 * enrollment and exit, each pairing (asked for, matched, ended and why), each logged meeting
 * (completed or cancelled, how they met; dated after as_of = scheduled), each survey wave
 * answered, one event listing every instrument's score and flag (coordinator-facing: a flag
 * to follow up, not a diagnosis; dated on the first answer, or the wave's opening day), and
 * each survey wave the trainee was eligible for but did not answer. Pairings where the
 * person mentors appear too, with their mentee named.
 *
 * Missed waves follow the worklist's non-response rule (worklist/survey-nonresponse.ts):
 * enrolled on the opening day, the wave opened by as_of, and the person's program took part
 * (someone in it answered), so a program that does not survey does not fill the timeline.
 *
 * Worklist actions are not in the dataset; the page adds them from the server's history.
 */
import type { Connector } from '../../engine/connector';
import { instrumentWatchRules, type InstrumentWatchRule } from '../../instruments/meaningful-change';
import { AS_OF_SQL } from '../population';
import { scoreTextSql } from '../worklist/sql-parts';

export const TIMELINE_KINDS = ['left', 'pairing_ended', 'matched', 'requested', 'meeting', 'survey', 'survey_missed', 'enrolled'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number] | 'worklist_action';

/** flag: a survey flag; warning: an early end, a cancellation, a missed wave; ok: a completed meeting or a match. */
export type TimelineTone = 'flag' | 'warning' | 'ok' | 'neutral';

export interface TimelineEvent {
	/** yyyy-mm-dd */
	date: string;
	kind: TimelineKind;
	tone: TimelineTone;
	summary: string;
	/** Pairing the event belongs to, when it does. */
	pairing_id: string | null;
	/** True for a dated event after as_of (a scheduled meeting, a planned end). */
	upcoming: boolean;
}

const label = (expr: string) => `replace(${expr}, '_', ' ')`;
const kindOrder = TIMELINE_KINDS.map((k, i) => `WHEN '${k}' THEN ${i}`).join(' ');

export function timelineSql(rules: readonly InstrumentWatchRule[] = instrumentWatchRules()) {
	const ruleRows = rules.length
		? rules.map(() => '(CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS DOUBLE), CAST(? AS VARCHAR))').join(', ')
		: '(NULL, NULL, NULL, NULL)';
	const ruleParams = rules.flatMap((r) => [r.instrument, r.name, r.scoreMax, r.flagLabel]);
	const sql = `WITH me AS (SELECT * FROM people WHERE person_id = ?),
rules AS (SELECT * FROM (VALUES ${ruleRows}) AS t(instrument, name, score_max, flag_label)),
my_pairings AS (
	SELECT pr.*, pr.mentee_id = me.person_id AS as_mentee,
		coalesce(o.display_name, o.person_id) AS other_name, o.profession AS other_profession
	FROM pairings pr CROSS JOIN me
	LEFT JOIN people o ON o.person_id = CASE WHEN pr.mentee_id = me.person_id THEN pr.mentor_id ELSE pr.mentee_id END
	WHERE pr.mentee_id = me.person_id OR pr.mentor_id = me.person_id
),
surveyed AS (
	SELECT DISTINCT r.wave_id FROM survey_responses r JOIN people p ON p.person_id = r.person_id
	WHERE p.program_id = (SELECT program_id FROM me)
),
events AS (
	SELECT start_date AS date, 'enrolled' AS kind, 'neutral' AS tone,
		'Joined the program' || coalesce(' as ' || training_level, '') || coalesce(' (cohort ' || cohort_year || ')', '') AS summary,
		NULL AS pairing_id
	FROM me
	UNION ALL
	SELECT exit_date, 'left', 'neutral',
		'Left the program: ' || ${label('status')} || coalesce(' (' || ${label('exit_reason_code')} || ')', ''), NULL
	FROM me WHERE exit_date IS NOT NULL
	UNION ALL
	SELECT requested_at, 'requested', 'neutral',
		CASE WHEN mentor_id IS NULL AND ended_at IS NULL THEN 'Asked for a mentor (awaiting a match)' ELSE 'Asked for a mentor' END, pairing_id
	FROM my_pairings WHERE as_mentee AND requested_at IS NOT NULL AND (matched_at IS NULL OR requested_at < matched_at)
	UNION ALL
	SELECT matched_at, 'matched', 'ok',
		CASE WHEN as_mentee THEN 'Matched with mentor ' ELSE 'Started mentoring ' END || other_name
			|| ' (' || coalesce(other_profession || ', ', '') || ${label('kind')} || ')', pairing_id
	FROM my_pairings WHERE mentor_id IS NOT NULL AND matched_at IS NOT NULL
	UNION ALL
	SELECT ended_at, 'pairing_ended',
		CASE WHEN end_reason IN ('ended_early', 'mentor_left', 'rematched') THEN 'warning' ELSE 'neutral' END,
		CASE WHEN ended_at > ${AS_OF_SQL} THEN 'Pairing with ' || other_name || ' set to end'
			ELSE 'Pairing with ' || other_name || ' ended' || coalesce(' (' || ${label('end_reason')} || ')', '') END, pairing_id
	FROM my_pairings WHERE ended_at IS NOT NULL
	UNION ALL
	SELECT m.date, 'meeting',
		CASE WHEN m.date > ${AS_OF_SQL} THEN 'neutral' WHEN m.completed THEN 'ok' ELSE 'warning' END,
		CASE WHEN m.date > ${AS_OF_SQL} THEN 'Meeting scheduled with ' || mp.other_name
			WHEN m.completed THEN 'Met ' || mp.other_name
			ELSE 'Meeting with ' || mp.other_name || ' cancelled or missed' END
			|| CASE WHEN m.modality IS NULL THEN '' ELSE ', ' || ${label('m.modality')} END
			|| CASE WHEN m.completed AND m.date <= ${AS_OF_SQL} AND m.duration_min IS NOT NULL THEN ', ' || m.duration_min || ' min' ELSE '' END,
		m.pairing_id
	FROM meetings m JOIN my_pairings mp ON mp.pairing_id = m.pairing_id
	UNION ALL
	SELECT min(coalesce(r.responded_on, w.opens_on)), 'survey', CASE WHEN bool_or(coalesce(r.flag, false)) THEN 'flag' ELSE 'neutral' END,
		w.label || ' survey: ' || string_agg(
			coalesce(ru.name, r.instrument) || ' '
			|| CASE WHEN r.score IS NULL THEN 'too few items answered to score'
				ELSE ${scoreTextSql('r.score')} || coalesce('/' || ${scoreTextSql('ru.score_max')}, '')
					|| CASE WHEN r.flag THEN ', flagged' || coalesce(' (' || ru.flag_label || ')', '') ELSE '' END END,
			'; ' ORDER BY coalesce(ru.name, r.instrument)),
		NULL
	FROM survey_responses r JOIN survey_waves w ON w.wave_id = r.wave_id CROSS JOIN me
	LEFT JOIN rules ru ON ru.instrument = r.instrument
	WHERE r.person_id = me.person_id
	GROUP BY w.wave_id, w.label
	UNION ALL
	SELECT w.opens_on, 'survey_missed', 'warning', 'No response to the ' || w.label || ' survey', NULL
	FROM survey_waves w CROSS JOIN me
	WHERE me.role IN ('trainee', 'both') AND w.opens_on <= ${AS_OF_SQL}
		AND me.start_date <= w.opens_on AND (me.exit_date IS NULL OR me.exit_date > w.opens_on)
		AND w.wave_id IN (SELECT wave_id FROM surveyed)
		AND NOT EXISTS (SELECT 1 FROM survey_responses r WHERE r.person_id = me.person_id AND r.wave_id = w.wave_id)
)
SELECT CAST(date AS VARCHAR) AS date, kind, tone, summary, pairing_id, date > ${AS_OF_SQL} AS upcoming
FROM events
WHERE date IS NOT NULL
ORDER BY events.date DESC, CASE kind ${kindOrder} END, summary`;
	return { sql, ruleParams };
}

export async function personTimeline(db: Connector, personId: string, rules?: readonly InstrumentWatchRule[]): Promise<TimelineEvent[]> {
	const { sql, ruleParams } = timelineSql(rules);
	return db.query<TimelineEvent & Record<string, unknown>>(sql, [personId, ...ruleParams]);
}
