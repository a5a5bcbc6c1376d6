/**
 * Which program a staged row belongs to, for coordinator uploads (program-scope.ts) and for
 * the per-program row counts a coordinator's preview shows. Rows follow their owner:
 *
 *   programs, people, pairings    their program_id (a person's home program)
 *   demographics, person_race     the person's program
 *   meetings                      the pairing's program
 *   survey_responses              the respondent's program; survey_items follow their response
 *   ipe_activities                the organising program (none: no program owns it)
 *   ipe_attendance                the activity's organiser: attendees of an interprofessional
 *                                 activity come from many programs by definition
 *   survey_waves, dataset_info    shared by every program (null: owned by none)
 *
 * This differs from delivery/scope.ts on purpose: delivery decides what a coordinator may
 * *see* (attendance of their own people), ownership decides what they may *replace*.
 */
import { TABLE_NAMES, type TableName } from '$lib/schema/tables';
import type { StagedRow, StagedTables } from './staged';

export type ProgramOf = (row: StagedRow) => string | null;

/** A lookup from one table's id column to another column (last row wins, as for duplicates). */
function index(rows: readonly StagedRow[], key: string, value: string): Map<string, string | null> {
	const out = new Map<string, string | null>();
	for (const row of rows) {
		const id = row.values[key];
		if (id != null) out.set(id, row.values[value] ?? null);
	}
	return out;
}

/** Each table's owner function over one set of tables (ids resolved within that set). */
export function programOwners(tables: StagedTables): Record<TableName, ProgramOf> {
	const personProgram = index(tables.people, 'person_id', 'program_id');
	const pairingProgram = index(tables.pairings, 'pairing_id', 'program_id');
	const activityProgram = index(tables.ipe_activities, 'activity_id', 'program_id');
	const responsePerson = index(tables.survey_responses, 'response_id', 'person_id');
	const of = (map: Map<string, string | null>, id: string | null | undefined) => (id == null ? null : (map.get(id) ?? null));
	const person = (row: StagedRow) => of(personProgram, row.values.person_id);
	return {
		dataset_info: () => null,
		survey_waves: () => null,
		programs: (row) => row.values.program_id ?? null,
		people: (row) => row.values.program_id ?? null,
		pairings: (row) => row.values.program_id ?? null,
		demographics: person,
		person_race: person,
		survey_responses: person,
		survey_items: (row) => of(personProgram, of(responsePerson, row.values.response_id)),
		meetings: (row) => of(pairingProgram, row.values.pairing_id),
		ipe_activities: (row) => row.values.program_id ?? null,
		ipe_attendance: (row) => of(activityProgram, row.values.activity_id)
	};
}

/**
 * Rows per table that belong to `programIds`; shared tables (waves, dataset info) count in
 * full because every program uses them. What a coordinator's preview and versions list show
 * instead of institution-wide counts.
 */
export function programRowCounts(tables: StagedTables, programIds: ReadonlySet<string>): Record<TableName, number> {
	const owners = programOwners(tables);
	const shared = new Set<TableName>(['dataset_info', 'survey_waves']);
	return Object.fromEntries(
		TABLE_NAMES.map((table) => {
			const owner = owners[table];
			const rows = tables[table];
			const n = shared.has(table) ? rows.length : rows.filter((row) => programIds.has(owner(row) ?? '')).length;
			return [table, n];
		})
	) as Record<TableName, number>;
}
