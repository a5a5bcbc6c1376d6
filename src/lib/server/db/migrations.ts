/**
 * Schema migrations as ordered SQL. A migration, once shipped, is never edited:
 * change the schema by appending a new one. `schema_version` records what ran.
 *
 * Conventions: timestamps are INTEGER milliseconds since the Unix epoch (UTC), compared
 * numerically; ids are TEXT; tables are STRICT so a wrong type is an error, not a coercion.
 */
import type Database from 'better-sqlite3';

export interface Migration {
	version: number;
	name: string;
	sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
	{
		version: 1,
		name: 'users, sessions, audit log, login attempts',
		sql: `
			CREATE TABLE users (
				id            TEXT PRIMARY KEY,
				-- stored trimmed and lower-cased by normalizeEmail(); NOCASE guards the index anyway
				email         TEXT NOT NULL UNIQUE COLLATE NOCASE,
				display_name  TEXT NOT NULL,
				role          TEXT NOT NULL CHECK (role IN ('admin', 'dean', 'coordinator', 'reviewer')),
				-- NULL: the account cannot sign in with a password (e.g. invited, not yet set)
				password_hash TEXT,
				-- accounts are disabled, never deleted, so the audit trail keeps its meaning
				disabled_at   INTEGER,
				created_at    INTEGER NOT NULL,
				updated_at    INTEGER NOT NULL
			) STRICT;

			-- Coordinator scope: the programs a coordinator may see. program_id refers to the
			-- dataset's programs table (DuckDB/Parquet), so it cannot be a foreign key here.
			CREATE TABLE user_programs (
				user_id    TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
				program_id TEXT NOT NULL,
				PRIMARY KEY (user_id, program_id)
			) STRICT;

			-- id is the hex SHA-256 of the session token; the token itself is never stored.
			CREATE TABLE sessions (
				id           TEXT PRIMARY KEY,
				user_id      TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
				created_at   INTEGER NOT NULL,
				last_seen_at INTEGER NOT NULL,
				expires_at   INTEGER NOT NULL,
				ip           TEXT,
				user_agent   TEXT
			) STRICT;
			CREATE INDEX sessions_user ON sessions(user_id);
			CREATE INDEX sessions_expiry ON sessions(expires_at);

			-- Append-only. user_id has no foreign key on purpose: the trail must outlive
			-- any change to users, and ON DELETE actions would be UPDATEs the triggers refuse.
			CREATE TABLE audit_log (
				id      INTEGER PRIMARY KEY AUTOINCREMENT,
				at      INTEGER NOT NULL,
				user_id TEXT,
				action  TEXT NOT NULL,
				detail  TEXT CHECK (detail IS NULL OR json_valid(detail)),
				ip      TEXT
			) STRICT;
			CREATE INDEX audit_log_at ON audit_log(at);
			CREATE INDEX audit_log_user ON audit_log(user_id, at);
			CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
			BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
			CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
			BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

			-- Failed sign-ins, for throttling per account and per client address.
			CREATE TABLE login_attempts (
				id    INTEGER PRIMARY KEY,
				scope TEXT NOT NULL CHECK (scope IN ('account', 'ip')),
				key   TEXT NOT NULL,
				at    INTEGER NOT NULL
			) STRICT;
			CREATE INDEX login_attempts_key ON login_attempts(scope, key, at);
		`
	},
	{
		version: 2,
		name: 'dataset versions pointer, saved import mappings',
		sql: `
			-- One row per complete dataset version directory (<dataDir>/versions/<version_id>).
			-- The files are immutable; which version is current lives here, switched in one
			-- transaction. status 'broken': the row's directory went missing (found at start-up).
			CREATE TABLE dataset_versions (
				version_id   TEXT PRIMARY KEY,
				created_at   INTEGER NOT NULL,
				created_by   TEXT NOT NULL,
				row_counts   TEXT NOT NULL CHECK (json_valid(row_counts)),
				content_hash TEXT NOT NULL,
				is_current   INTEGER NOT NULL DEFAULT 0 CHECK (is_current IN (0, 1)),
				status       TEXT NOT NULL DEFAULT 'ok' CHECK (status IN ('ok', 'broken'))
			) STRICT;
			-- At most one current version.
			CREATE UNIQUE INDEX dataset_versions_one_current ON dataset_versions(is_current) WHERE is_current = 1;

			-- The column mapping a user confirmed for a source, reused for its next export.
			-- signature: SHA-256 of the format and the sorted, normalised header list.
			CREATE TABLE import_mappings (
				signature  TEXT PRIMARY KEY,
				format     TEXT NOT NULL,
				shape      TEXT NOT NULL,
				mapping    TEXT NOT NULL CHECK (json_valid(mapping)),
				updated_at INTEGER NOT NULL,
				updated_by TEXT NOT NULL
			) STRICT;
		`
	},
	{
		version: 3,
		name: 'worklist actions',
		sql: `
			-- Coordinators' follow-up on worklist items (issue 4). Keyed on the pseudonymous
			-- person_id and the reason, never on dataset rows, so the history survives a
			-- re-import. Append-only: the latest row per (person_id, reason) is the state.
			-- program_id is the person's program when the action was taken (scope check).
			CREATE TABLE worklist_actions (
				id           INTEGER PRIMARY KEY AUTOINCREMENT,
				person_id    TEXT NOT NULL,
				program_id   TEXT NOT NULL,
				reason       TEXT NOT NULL CHECK (reason IN ('unmatched', 'disengaged', 'survey_nonresponse', 'distress', 'mentor_overloaded')),
				action       TEXT NOT NULL CHECK (action IN ('contacted', 'snoozed', 'resolved')),
				-- yyyy-mm-dd; required for a snooze, absent otherwise
				snooze_until TEXT CHECK ((action = 'snoozed') = (snooze_until IS NOT NULL)),
				note         TEXT NOT NULL DEFAULT '',
				user_id      TEXT NOT NULL,
				at           INTEGER NOT NULL
			) STRICT;
			CREATE INDEX worklist_actions_item ON worklist_actions(person_id, reason, id);
			CREATE INDEX worklist_actions_program ON worklist_actions(program_id, id);
			CREATE TRIGGER worklist_actions_no_update BEFORE UPDATE ON worklist_actions
			BEGIN SELECT RAISE(ABORT, 'worklist_actions is append-only'); END;
			CREATE TRIGGER worklist_actions_no_delete BEFORE DELETE ON worklist_actions
			BEGIN SELECT RAISE(ABORT, 'worklist_actions is append-only'); END;
		`
	},
	{
		version: 4,
		name: 'worklist thresholds per program, declining and inactive-mentor reasons',
		sql: `
			-- A program's own worklist thresholds (metrics/worklist/thresholds.ts), complete
			-- and validated before they are written; a program with no row uses the defaults.
			-- Who changed them and how is in the audit log.
			CREATE TABLE worklist_thresholds (
				program_id TEXT PRIMARY KEY,
				settings   TEXT NOT NULL CHECK (json_valid(settings)),
				updated_at INTEGER NOT NULL,
				updated_by TEXT NOT NULL
			) STRICT;

			-- Two new reasons: SQLite cannot change a CHECK, so the action history is copied
			-- into a table with the longer list, row for row and id for id. DROP TABLE fires
			-- no DELETE trigger; the triggers and indexes are recreated on the new table.
			CREATE TABLE worklist_actions_v4 (
				id           INTEGER PRIMARY KEY AUTOINCREMENT,
				person_id    TEXT NOT NULL,
				program_id   TEXT NOT NULL,
				reason       TEXT NOT NULL CHECK (reason IN ('unmatched', 'disengaged', 'declining_frequency', 'survey_nonresponse', 'distress', 'mentor_overloaded', 'mentor_inactive')),
				action       TEXT NOT NULL CHECK (action IN ('contacted', 'snoozed', 'resolved')),
				snooze_until TEXT CHECK ((action = 'snoozed') = (snooze_until IS NOT NULL)),
				note         TEXT NOT NULL DEFAULT '',
				user_id      TEXT NOT NULL,
				at           INTEGER NOT NULL
			) STRICT;
			INSERT INTO worklist_actions_v4 (id, person_id, program_id, reason, action, snooze_until, note, user_id, at)
				SELECT id, person_id, program_id, reason, action, snooze_until, note, user_id, at FROM worklist_actions;
			DROP TABLE worklist_actions;
			ALTER TABLE worklist_actions_v4 RENAME TO worklist_actions;
			CREATE INDEX worklist_actions_item ON worklist_actions(person_id, reason, id);
			CREATE INDEX worklist_actions_program ON worklist_actions(program_id, id);
			CREATE TRIGGER worklist_actions_no_update BEFORE UPDATE ON worklist_actions
			BEGIN SELECT RAISE(ABORT, 'worklist_actions is append-only'); END;
			CREATE TRIGGER worklist_actions_no_delete BEFORE DELETE ON worklist_actions
			BEGIN SELECT RAISE(ABORT, 'worklist_actions is append-only'); END;
		`
	},
	{
		version: 5,
		name: 'accreditation reports',
		sql: `
			-- Generated accreditation reports (issue 7). The report column holds the suppressed report as
			-- JSON: every download renders from it, so a re-download is the same report. The
			-- parameters and version_id are enough to regenerate it against the same dataset
			-- version. A report once generated is a record: append-only.
			CREATE TABLE reports (
				id                TEXT PRIMARY KEY,
				template_id       TEXT NOT NULL,
				title             TEXT NOT NULL,
				parameters        TEXT NOT NULL,
				version_id        TEXT NOT NULL,
				content_hash      TEXT NOT NULL,
				report            TEXT NOT NULL,
				generated_by      TEXT NOT NULL,
				generated_by_name TEXT NOT NULL,
				generated_at      INTEGER NOT NULL,
				regenerated_from  TEXT REFERENCES reports(id)
			) STRICT;
			CREATE INDEX reports_by_time ON reports(generated_at, id);
			CREATE INDEX reports_by_user ON reports(generated_by, generated_at);
			CREATE TRIGGER reports_no_update BEFORE UPDATE ON reports
			BEGIN SELECT RAISE(ABORT, 'reports are append-only'); END;
			CREATE TRIGGER reports_no_delete BEFORE DELETE ON reports
			BEGIN SELECT RAISE(ABORT, 'reports are append-only'); END;
		`
	}
];

/** Current schema version of `db` (0 for a fresh database). */
export function schemaVersion(db: Database.Database): number {
	const row = db.prepare('SELECT max(version) AS version FROM schema_version').get() as {
		version: number | null;
	};
	return row.version ?? 0;
}

/** Applies every pending migration, each in its own transaction. Idempotent. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): void {
	migrations.forEach((m, i) => {
		if (m.version !== i + 1) {
			throw new Error(`migration ${m.name}: version ${m.version} out of order, expected ${i + 1}`);
		}
	});
	db.exec(`CREATE TABLE IF NOT EXISTS schema_version (
		version    INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at INTEGER NOT NULL
	) STRICT`);
	const current = schemaVersion(db);
	if (current > migrations.length) {
		throw new Error(
			`database schema version ${current} is newer than this build knows (${migrations.length}); upgrade the app`
		);
	}
	const record = db.prepare('INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)');
	for (const m of migrations.slice(current)) {
		db.transaction(() => {
			db.exec(m.sql);
			record.run(m.version, m.name, Date.now());
		})();
	}
}
