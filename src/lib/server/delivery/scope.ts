/**
 * What part of a dataset version one user may receive: some programs' rows, without some
 * columns. Applied in SQL on the server, so out-of-scope data never leaves it. The route
 * derives it from the role policy (src/lib/server/auth/scope.ts, via user-delivery.ts);
 * the payload cache is keyed by `scopeKey`, so a scoped payload is never served to a user
 * whose scope differs.
 */
import { createHash } from 'node:crypto';
import { TABLES, type TableName, type TableSpec } from '$lib/schema/tables';
import { varcharList } from '$lib/engine/arrow-encode';
import type { DerivedTableSpec } from '$lib/metrics/interprofessional/contact-facts';

export interface DeliveryScope {
	programIds: readonly string[] | 'all';
	/** "table.column" entries; those columns arrive as all NULL. */
	dropColumns: readonly string[];
	/**
	 * person_ids of mentors who are the requesting user (matched by email). Ratings their
	 * mentees gave in meetings arrive as NULL: DOMAIN.md §5, "mentee feedback about a
	 * mentor is never shown to that mentor". Empty or absent for almost everyone.
	 */
	ownMentorIds?: readonly string[];
}

export const ALL_SCOPE: DeliveryScope = { programIds: 'all', dropColumns: [] };

/** Stable cache key: 'all' for the full dataset, otherwise a hash of the normalised scope. */
export function scopeKey(scope: DeliveryScope): string {
	const programs = scope.programIds === 'all' ? 'all' : [...new Set(scope.programIds)].sort();
	const drops = [...new Set(scope.dropColumns)].sort();
	const mentors = [...new Set(scope.ownMentorIds ?? [])].sort();
	if (programs === 'all' && drops.length === 0 && mentors.length === 0) return 'all';
	// `mentors` joins the hash only when present, so keys of ordinary scopes stay as they were.
	const normalised = mentors.length === 0 ? { programs, drops } : { programs, drops, mentors };
	const digest = createHash('sha256').update(JSON.stringify(normalised)).digest('hex');
	return `s-${digest.slice(0, 16)}`;
}

/**
 * How each table reaches the programs in scope. `p` is the program filter (a fragment
 * with one parameter). Rows follow their owner: people by home program, pairings by
 * program, meetings by pairing, responses and demographics by person. Survey waves and
 * dataset_info are not program data. An IPE activity is in scope when an in-scope program
 * organised it or an in-scope person attended; attendance rows of out-of-scope people are
 * withheld. The professions present at an activity, and on a pairing whose mentor is from
 * another program, arrive instead as derived contact facts (`derivedTableQuery`).
 */
const PROGRAM_FILTER: Record<TableName, ((p: () => string) => string) | null> = {
	dataset_info: null,
	survey_waves: null,
	programs: (p) => `program_id IN (${p()})`,
	people: (p) => `program_id IN (${p()})`,
	pairings: (p) => `program_id IN (${p()})`,
	demographics: (p) => `person_id IN (${peopleIn(p)})`,
	person_race: (p) => `person_id IN (${peopleIn(p)})`,
	survey_responses: (p) => `person_id IN (${peopleIn(p)})`,
	ipe_attendance: (p) => `person_id IN (${peopleIn(p)})`,
	meetings: (p) => `pairing_id IN (SELECT pairing_id FROM pairings WHERE program_id IN (${p()}))`,
	survey_items: (p) => `response_id IN (SELECT response_id FROM survey_responses WHERE person_id IN (${peopleIn(p)}))`,
	ipe_activities: (p) =>
		`program_id IN (${p()}) OR activity_id IN (SELECT activity_id FROM ipe_attendance WHERE person_id IN (${peopleIn(p)}))`
};

const peopleIn = (p: () => string) => `SELECT person_id FROM people WHERE program_id IN (${p()})`;

/**
 * The query for one table under `scope`, over relations named like the canonical tables.
 * Columns come out in tables.ts order; dropped columns as typed NULLs, so the browser
 * schema is the same for every role.
 */
export function scopedTableQuery(spec: TableSpec, scope: DeliveryScope): { sql: string; params: unknown[] } {
	checkDropColumns(scope.dropColumns);
	const dropped = new Set(scope.dropColumns);
	const params: unknown[] = [];
	const ownMentors = scope.ownMentorIds ?? [];
	const projection = spec.columns.map((c) => {
		if (dropped.has(`${spec.name}.${c.name}`)) return `NULL::${c.type} AS "${c.name}"`;
		if (spec.name === 'meetings' && c.name === 'rating' && ownMentors.length > 0) {
			params.push(varcharList(ownMentors));
			return `CASE WHEN pairing_id IN (SELECT pairing_id FROM pairings WHERE mentor_id IN (SELECT unnest(?::VARCHAR[]))) THEN NULL ELSE "rating" END AS "rating"`;
		}
		return `"${c.name}"`;
	});
	const filter = PROGRAM_FILTER[spec.name];
	let where = '';
	if (scope.programIds !== 'all' && scope.programIds.length === 0 && filter) {
		// No program assigned: no program data. (An empty list parameter has no element type in DuckDB.)
		return { sql: `SELECT ${projection.join(', ')} FROM "${spec.name}" WHERE false`, params };
	}
	if (scope.programIds !== 'all' && filter) {
		const programs = varcharList(scope.programIds);
		where = ` WHERE ${filter(() => {
			params.push(programs);
			return 'SELECT unnest(?::VARCHAR[])';
		})}`;
	}
	return { sql: `SELECT ${projection.join(', ')} FROM "${spec.name}"${where}`, params };
}

/**
 * The query for one derived contact-fact table (contact-facts.ts) under `scope`: its rows
 * about what the scope delivers, i.e. whose key is among the rows `scopedTableQuery` sends
 * of the table it follows. The derivation itself ran over the whole version, so these rows
 * carry the professions of people outside the scope, but never their rows or ids.
 */
export function derivedTableQuery(spec: DerivedTableSpec, scope: DeliveryScope): { sql: string; params: unknown[] } {
	const projection = spec.columns.map((c) => `"${c.name}"`).join(', ');
	if (!spec.follows) return { sql: `SELECT ${projection} FROM "${spec.name}"`, params: [] };
	const { table, column } = spec.follows;
	const followed = scopedTableQuery(tableSpecOf(table), { ...scope, dropColumns: [], ownMentorIds: [] });
	return {
		sql: `SELECT ${projection} FROM "${spec.name}" WHERE "${column}" IN (SELECT "${column}" FROM (${followed.sql}))`,
		params: followed.params
	};
}

function tableSpecOf(name: TableName): TableSpec {
	return TABLES.find((t) => t.name === name)!;
}

/** A misspelt column would silently leave identifying data in the payload: refuse it. */
function checkDropColumns(dropColumns: readonly string[]): void {
	for (const entry of dropColumns) {
		const [table, column] = entry.split('.');
		const spec = TABLES.find((t) => t.name === table);
		if (!spec || !spec.columns.some((c) => c.name === column)) {
			throw new Error(`unknown column in delivery scope: ${entry} (expected "table.column")`);
		}
	}
}
