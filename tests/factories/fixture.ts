/**
 * A fixture is a small hand-made dataset; loadFixture creates every canonical table from
 * schema/tables.ts (so metric SQL sees the real column types) and inserts the rows with
 * parameters, casting each value to its column's type, then derives the contact facts
 * (metrics/interprofessional/contact-facts.ts) over the whole fixture, as an admin's payload has them.
 */
import { TABLES, createTableSql, type TableName, type TableSpec } from '../../src/lib/schema/tables';
import { DERIVED_TABLES, materializeDerivedTableSql } from '../../src/lib/metrics/interprofessional/contact-facts';
import type {
	ActivityRow,
	AttendanceRow,
	DemographicsRow,
	MeetingRow,
	PairingRow,
	PersonRaceRow,
	PersonRow,
	ProgramRow,
	ResponseRow,
	SurveyItemRow,
	WaveRow
} from './rows';

export interface Fixture {
	/** dataset_info.as_of: "today" for every metric. */
	asOf: string;
	institution?: string;
	programs?: ProgramRow[];
	people?: PersonRow[];
	demographics?: DemographicsRow[];
	personRace?: PersonRaceRow[];
	pairings?: PairingRow[];
	meetings?: MeetingRow[];
	waves?: WaveRow[];
	responses?: ResponseRow[];
	items?: SurveyItemRow[];
	activities?: ActivityRow[];
	attendance?: AttendanceRow[];
}

/** What loadFixture needs from a database: NodeConnector has it, so does the wasm test engine. */
export interface FixtureDatabase {
	exec(sql: string): Promise<void>;
	query(sql: string, params?: readonly unknown[]): Promise<unknown[]>;
}

function rowsByTable(f: Fixture): Record<TableName, readonly object[]> {
	return {
		dataset_info: [{ as_of: f.asOf, institution: f.institution ?? 'Test School of Medicine' }],
		programs: f.programs ?? [],
		people: f.people ?? [],
		demographics: f.demographics ?? [],
		person_race: f.personRace ?? [],
		pairings: f.pairings ?? [],
		meetings: f.meetings ?? [],
		survey_waves: f.waves ?? [],
		survey_responses: f.responses ?? [],
		survey_items: f.items ?? [],
		ipe_activities: f.activities ?? [],
		ipe_attendance: f.attendance ?? []
	};
}

/** Rows per INSERT statement: keeps the parameter list well under engine limits. */
const BATCH = 200;

async function insertRows(db: FixtureDatabase, spec: TableSpec, rows: readonly object[]): Promise<void> {
	const names = new Set(spec.columns.map((c) => c.name));
	for (const row of rows) {
		for (const key of Object.keys(row)) if (!names.has(key)) throw new Error(`fixture: unknown column ${spec.name}.${key}`);
	}
	const columns = spec.columns.map((c) => `"${c.name}"`).join(', ');
	const placeholders = `(${spec.columns.map((c) => `CAST(? AS ${c.type})`).join(', ')})`;
	for (let i = 0; i < rows.length; i += BATCH) {
		const batch = rows.slice(i, i + BATCH);
		const params = batch.flatMap((row) => spec.columns.map((c) => (row as Record<string, unknown>)[c.name] ?? null));
		const values = batch.map(() => placeholders).join(', ');
		await db.query(`INSERT INTO "${spec.name}" (${columns}) VALUES ${values}`, params);
	}
}

export async function loadFixture(db: FixtureDatabase, fixture: Fixture): Promise<void> {
	const rows = rowsByTable(fixture);
	for (const spec of TABLES) {
		await db.exec(createTableSql(spec));
		await insertRows(db, spec, rows[spec.name]);
	}
	// The derived contact facts, as the server derives them for a payload of the whole data.
	for (const spec of DERIVED_TABLES) await db.exec(materializeDerivedTableSql(spec));
}
