/**
 * Profession-contact facts: small tables derived from the canonical ones that tell the
 * interprofessional metrics which professions a person met, without naming the other person.
 *
 * Why they exist: a coordinator's payload holds only their programs' people (server/delivery/
 * scope.ts). A PharmD mentor from the pharmacy program who mentors an internal-medicine
 * resident, or a nurse at the same simulation, is not in it, so a metric joining `people`
 * for the other side's profession found nobody and understated the coordinator's reach
 * (GME-IM showed 0.7%). The server therefore derives these facts over the whole dataset
 * when it builds a payload, then sends only the rows about what is in scope: the profession
 * on each in-scope pairing, the professions present at each in-scope activity, and each
 * in-scope person's contacts. No out-of-scope person's row or id is sent.
 *
 * Every payload carries them (admin and dean too), derived the same way, and the metrics
 * read only these for the other side's profession; so a coordinator's figures for their
 * program equal the full data's figures restricted to that program (known-answer test in
 * tests/unit/metrics/interprofessional/scoped-reach.test.ts).
 *
 * Each derivation reads canonical tables only (never another derived table), so they can
 * be created in any order: over Parquet views on the server, over fixtures in tests.
 */
import type { ColumnSpec, TableName } from '../../schema/tables';
import { AS_OF_SQL } from '../population';

export const DERIVED_TABLE_NAMES = ['pairing_professions', 'activity_professions', 'profession_contacts', 'event_calendar'] as const;
export type DerivedTableName = (typeof DERIVED_TABLE_NAMES)[number];

export interface DerivedTableSpec {
	name: DerivedTableName;
	description: string;
	primaryKey: readonly string[];
	columns: readonly ColumnSpec[];
	/** SELECT over the canonical tables, returning `columns` in order. */
	deriveSql: string;
	/**
	 * Which canonical table's delivered rows decide the rows sent: a row is sent when its
	 * `column` value is among that table's rows in the user's scope. null: not program data
	 * (like survey_waves), sent whole.
	 */
	follows: { table: TableName; column: string } | null;
}

const col = (name: string, type: ColumnSpec['type'], description: string): ColumnSpec => ({ name, type, required: true, description });

/** Matched pairings with both people known (mentor assigned, matched by as_of). */
const MATCHED_SQL = `SELECT pa.pairing_id, pa.mentor_id, pa.mentee_id,
		mentor.profession AS mentor_profession, mentee.profession AS mentee_profession,
		pa.matched_at AS span_from, coalesce(pa.ended_at, ${AS_OF_SQL}) AS span_to
	FROM pairings pa
	JOIN people mentor ON mentor.person_id = pa.mentor_id
	JOIN people mentee ON mentee.person_id = pa.mentee_id
	WHERE pa.mentor_id IS NOT NULL AND pa.matched_at <= ${AS_OF_SQL}`;

/** Professions present at each activity held by as_of, from every attendee. */
const PRESENT_SQL = `SELECT DISTINCT act.activity_id, act.date, p.profession
	FROM ipe_activities act
	JOIN ipe_attendance att ON att.activity_id = act.activity_id
	JOIN people p ON p.person_id = att.person_id
	WHERE act.date <= ${AS_OF_SQL}`;

export const DERIVED_TABLES: readonly DerivedTableSpec[] = [
	{
		name: 'pairing_professions',
		description: "Mentor's and mentee's profession on each pairing that has both people.",
		primaryKey: ['pairing_id'],
		columns: [
			col('pairing_id', 'VARCHAR', 'Pairing.'),
			col('mentor_profession', 'VARCHAR', "Mentor's profession."),
			col('mentee_profession', 'VARCHAR', "Mentee's profession.")
		],
		deriveSql: `SELECT pa.pairing_id, mentor.profession AS mentor_profession, mentee.profession AS mentee_profession
	FROM pairings pa
	JOIN people mentor ON mentor.person_id = pa.mentor_id
	JOIN people mentee ON mentee.person_id = pa.mentee_id
	ORDER BY pa.pairing_id`,
		follows: { table: 'pairings', column: 'pairing_id' }
	},
	{
		name: 'activity_professions',
		description: 'Professions present at each IPE activity, from all its attendees (mentors and faculty included).',
		primaryKey: ['activity_id', 'profession'],
		columns: [col('activity_id', 'VARCHAR', 'Activity.'), col('profession', 'VARCHAR', 'A profession at least one attendee had.')],
		deriveSql: `SELECT DISTINCT att.activity_id, p.profession
	FROM ipe_attendance att
	JOIN people p ON p.person_id = att.person_id
	ORDER BY 1, 2`,
		follows: { table: 'ipe_activities', column: 'activity_id' }
	},
	{
		// The rules are contacts.ts's; a person on either side of a pairing is reached.
		name: 'profession_contacts',
		description: 'Each time a person learned alongside another profession: a cross-discipline pairing or an IPE activity.',
		primaryKey: [],
		columns: [
			col('person_id', 'VARCHAR', 'Person who made the contact.'),
			col('other_profession', 'VARCHAR', 'Profession met.'),
			col('via', 'VARCHAR', "'pairing' or 'activity'."),
			col('span_from', 'DATE', 'First day of the contact (matched_at, or the activity date).'),
			col('span_to', 'DATE', 'Last day (ended_at or as_of for a pairing; the activity date).')
		],
		deriveSql: `WITH matched AS (${MATCHED_SQL}),
present AS (${PRESENT_SQL})
SELECT mentee_id AS person_id, mentor_profession AS other_profession, 'pairing' AS via, span_from, span_to
FROM matched WHERE mentor_profession <> mentee_profession
UNION ALL
SELECT mentor_id, mentee_profession, 'pairing', span_from, span_to
FROM matched WHERE mentor_profession <> mentee_profession
UNION ALL
SELECT att.person_id, pr.profession, 'activity', pr.date, pr.date
FROM ipe_attendance att
JOIN people me ON me.person_id = att.person_id
JOIN present pr ON pr.activity_id = att.activity_id AND pr.profession <> me.profession
ORDER BY 1, 4, 2, 3`,
		follows: { table: 'people', column: 'person_id' }
	},
	{
		// The first academic term the reach-by-term chart shows: the institution's, so a
		// coordinator's chart starts where the dean's does. A date, not program data.
		name: 'event_calendar',
		description: 'One row: the first day a matched pairing or an IPE activity is recorded (NULL when none).',
		primaryKey: [],
		columns: [{ ...col('first_event_on', 'DATE', 'Earliest matched_at or activity date, up to as_of.'), required: false }],
		deriveSql: `SELECT min(d) AS first_event_on FROM (
	SELECT span_from AS d FROM (${MATCHED_SQL})
	UNION ALL
	SELECT date FROM (${PRESENT_SQL})
)`,
		follows: null
	}
];

export function derivedTableSpec(name: string): DerivedTableSpec {
	const spec = DERIVED_TABLES.find((t) => t.name === name);
	if (!spec) throw new Error(`unknown derived table: ${name}`);
	return spec;
}

/** CREATE TABLE for an empty derived table (the browser fills it from the payload). */
export function createDerivedTableSql(spec: DerivedTableSpec): string {
	return `CREATE TABLE "${spec.name}" (${spec.columns.map((c) => `"${c.name}" ${c.type}`).join(', ')})`;
}

/** CREATE TABLE/VIEW … AS the derivation, over canonical tables of the same connection. */
export function materializeDerivedTableSql(spec: DerivedTableSpec, kind: 'TABLE' | 'VIEW' | 'TEMP TABLE' = 'TABLE'): string {
	return `CREATE ${kind} "${spec.name}" AS ${spec.deriveSql}`;
}
