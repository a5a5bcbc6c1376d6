/**
 * Validation of staged rows against the canonical model (src/lib/schema/tables.ts), before
 * anything is written: required values, types, allowed values, primary keys, references.
 * Business rules that span columns live in rules.ts.
 */
import { TABLES, disallowedCodes, type ColumnSpec, type ColumnType, type TableName, type TableSpec } from '$lib/schema/tables';
import type { ProblemList } from './problems';
import type { StagedRow, StagedTables } from './staged';

const TYPE_NAMES: Record<ColumnType, string> = {
	VARCHAR: 'text',
	INTEGER: 'a whole number',
	DOUBLE: 'a number',
	BOOLEAN: 'yes/no',
	DATE: 'a date (YYYY-MM-DD)'
};

/** DuckDB INTEGER is 32-bit. */
const INT32_MAX = 2147483647;

export function isValidDate(value: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function parsesAs(type: ColumnType, value: string): boolean {
	switch (type) {
		case 'VARCHAR':
			return true;
		case 'INTEGER':
			return /^[+-]?\d+$/.test(value) && Math.abs(Number(value)) <= INT32_MAX;
		case 'DOUBLE':
			return value.trim() !== '' && Number.isFinite(Number(value));
		case 'BOOLEAN':
			return value === 'true' || value === 'false';
		case 'DATE':
			return isValidDate(value);
	}
}

function where(row: StagedRow, column: string): string {
	return row.sourceColumns[column] ?? column;
}

function checkCells(spec: TableSpec, rows: readonly StagedRow[], problems: ProblemList): void {
	for (const row of rows) {
		for (const column of spec.columns) checkCell(spec, column, row, problems);
	}
}

function checkCell(spec: TableSpec, column: ColumnSpec, row: StagedRow, problems: ProblemList): void {
	const value = row.values[column.name] ?? null;
	const source = where(row, column.name);
	if (value === null) {
		if (column.required) problems.error(row.file, row.row, source, null, `required value missing (${spec.name}.${column.name})`);
		return;
	}
	if (!parsesAs(column.type, value)) {
		problems.error(row.file, row.row, source, value, `not ${TYPE_NAMES[column.type]}`);
		return;
	}
	const bad = disallowedCodes(column, value);
	if (bad.length === 0) return;
	if (column.multiple) {
		// Name the offending part: in "same_gender;Same hobby" only the second is wrong.
		problems.error(row.file, row.row, source, value, `not allowed: ${bad.map((b) => `"${b}"`).join(', ')}; expected one or more of ${column.allowed!.join(', ')}, separated by ";"`);
	} else {
		problems.error(row.file, row.row, source, value, `not an allowed value; expected one of ${column.allowed!.join(', ')}`);
	}
}

function keyOf(row: StagedRow, columns: readonly string[]): string | null {
	const parts = columns.map((c) => row.values[c] ?? null);
	return parts.includes(null) ? null : parts.join('\u0000');
}

function checkPrimaryKey(spec: TableSpec, rows: readonly StagedRow[], problems: ProblemList): void {
	const firstSeen = new Map<string, StagedRow>();
	for (const row of rows) {
		const key = keyOf(row, spec.primaryKey);
		if (key === null) continue;
		const first = firstSeen.get(key);
		if (!first) {
			firstSeen.set(key, row);
			continue;
		}
		const column = spec.primaryKey[spec.primaryKey.length - 1]!;
		const value = spec.primaryKey.map((c) => row.values[c]).join(' / ');
		problems.error(row.file, row.row, where(row, column), value, `duplicate ${spec.name} key (first in ${first.file} row ${first.row})`);
	}
}

function checkReferences(spec: TableSpec, tables: StagedTables, problems: ProblemList): void {
	for (const [column, target] of Object.entries(spec.references ?? {})) {
		const [targetTable, targetColumn] = target.split('.') as [TableName, string];
		const known = new Set(tables[targetTable].map((r) => r.values[targetColumn]).filter((v) => v != null));
		for (const row of tables[spec.name]) {
			const value = row.values[column] ?? null;
			if (value === null || known.has(value)) continue;
			problems.error(row.file, row.row, where(row, column), value, `unknown ${targetTable.replace(/s$/, '')}: no ${target} = ${value}`);
		}
	}
}

/** Check every staged table; problems go to the list (which caps its length). */
export function validateTables(tables: StagedTables, problems: ProblemList): void {
	for (const spec of TABLES) {
		const rows = tables[spec.name];
		checkCells(spec, rows, problems);
		checkPrimaryKey(spec, rows, problems);
	}
	for (const spec of TABLES) checkReferences(spec, tables, problems);
}
