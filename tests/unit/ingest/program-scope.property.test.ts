/**
 * Property test of coordinator uploads (ingest/program-scope.ts): PA's coordinator uploads a
 * random mix of PA's and PB's rows from the two-program fixture, some edited. Whatever the
 * mix, either the upload is refused and every PB row in it is named by a blocking error at
 * its own file row, or it is accepted and PB's rows in the merged dataset are exactly the
 * current ones (same values, same order).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { prepareImport, type UploadedFile } from '$lib/server/ingest/prepare';
import { programOwners } from '$lib/server/ingest/program-ownership';
import type { StagedTables } from '$lib/server/ingest/staged';
import { TABLE_NAMES } from '$lib/schema/tables';
import { MEETINGS, PAIRINGS, REDCAP, ROSTER, TWO_PROGRAM_SETTINGS, meetingsFile, pairingsFile, redcapFile, rosterFile, twoProgramFiles } from './two-programs';

const KEPT = '(current dataset v-prop)';
const current = (() => {
	const tables = prepareImport(twoProgramFiles(), TWO_PROGRAM_SETTINGS).tables;
	for (const rows of Object.values(tables)) rows.forEach((row, i) => Object.assign(row, { file: KEPT, row: i + 1 }));
	return tables;
})();

/** Rows of PB (by the ownership rule over `tables`), as JSON of their values. */
function rowsOfPB(tables: StagedTables): Record<string, string[]> {
	const owners = programOwners(tables);
	return Object.fromEntries(TABLE_NAMES.filter((t) => t !== 'dataset_info' && t !== 'survey_waves').map((t) => [t, tables[t].filter((r) => owners[t](r) === 'PB').map((r) => JSON.stringify(r.values))]));
}
const pbBefore = rowsOfPB(current);

interface Line {
	text: string;
	/** The row is PB's (or claims a PB id): it must be refused. */
	foreign: boolean;
}

// Candidate lines per file: PA's own (kept or edited) and PB's (as is, edited, or moved into PA).
const ROSTER_LINES: Line[] = [
	{ text: ROSTER.A1, foreign: false },
	{ text: ROSTER.A1.replace('PGY1', 'PGY3'), foreign: false },
	{ text: ROSTER.A2, foreign: false },
	{ text: ROSTER.B1, foreign: true },
	{ text: ROSTER.B2.replace('Bo Two', 'Bo Renamed'), foreign: true },
	{ text: ROSTER.B1.replace(',PB,', ',PA,'), foreign: true },
	// New ids of PB's (here and below): no current row to clash with, so only the scope check refuses them.
	{ text: ROSTER.B1.replace('B1,Bea One,bea@', 'B3,Bix Three,bix@'), foreign: true }
];
const PAIRING_LINES: Line[] = [
	{ text: PAIRINGS.PRA1, foreign: false },
	{ text: PAIRINGS.PRB1, foreign: true },
	{ text: PAIRINGS.PRX.replace('2025-09-05', '2025-09-06'), foreign: true },
	{ text: PAIRINGS.PRX.replace(',PB,', ',PA,'), foreign: true },
	{ text: PAIRINGS.PRB1.replace('PRB1,', 'PRB2,').replaceAll('2025-08-', '2025-10-'), foreign: true }
];
const MEETING_LINES: Line[] = [
	{ text: MEETINGS.MA1, foreign: false },
	{ text: MEETINGS.MB1, foreign: true },
	{ text: MEETINGS.MX1.replace(',PRX,', ',PRA1,'), foreign: true },
	{ text: MEETINGS.MB1.replace('MB1,', 'MB2,').replace('2025-09-01', '2025-11-01'), foreign: true }
];
const REDCAP_LINES: Line[] = [
	{ text: REDCAP.A1, foreign: false },
	{ text: REDCAP.B1, foreign: true },
	{ text: REDCAP.B1.replace('spring_2026_arm_1,2026-03-06', 'autumn_2025_arm_1,2025-10-06'), foreign: true }
];

/** A file or none; its own lines in any order, with PB's lines mixed in one time in three. */
const pick = (lines: Line[]) =>
	fc.option(
		fc
			.tuple(
				fc.shuffledSubarray(lines.filter((l) => !l.foreign), { minLength: 1 }),
				fc.oneof({ arbitrary: fc.constant([] as Line[]), weight: 2 }, { arbitrary: fc.shuffledSubarray(lines.filter((l) => l.foreign), { minLength: 1 }), weight: 1 }),
				fc.nat()
			)
			.map(([own, foreign, at]) => {
				const out = [...own];
				for (const line of foreign) out.splice(at % (out.length + 1), 0, line);
				return out;
			}),
		{ nil: undefined }
	);

describe('coordinator uploads, property', () => {
	test("300 random uploads: PB rows are refused at their row, or PB's rows stay exactly as they were", () => {
		let refused = 0;
		let accepted = 0;
		fc.assert(
			fc.property(pick(ROSTER_LINES), pick(PAIRING_LINES), pick(MEETING_LINES), pick(REDCAP_LINES), (roster, pairings, meetings, redcap) => {
				const parts: [Line[] | undefined, (rows: string[]) => UploadedFile][] = [
					[roster, rosterFile],
					[pairings, pairingsFile],
					[meetings, meetingsFile],
					[redcap, redcapFile]
				];
				const files = parts.filter(([lines]) => lines).map(([lines, make]) => ({ lines: lines!, file: make(lines!.map((l) => l.text)) }));
				fc.pre(files.length > 0);
				const prepared = prepareImport(files.map((f) => f.file), TWO_PROGRAM_SETTINGS, { current, scope: ['PA'] });
				const errors = prepared.problems.sorted().filter((p) => p.severity === 'error');
				for (const { lines, file } of files) {
					lines.forEach((line, i) => {
						// Header is row 1.
						if (line.foreign) expect(errors.some((e) => e.file === file.name && e.row === i + 2), `${file.name} row ${i + 2}: ${line.text}`).toBe(true);
					});
				}
				if (errors.length > 0) {
					refused++;
					return;
				}
				accepted++;
				expect(rowsOfPB(prepared.tables)).toEqual(pbBefore);
			}),
			{ numRuns: 300, seed: 20261203 }
		);
		console.log(`coordinator property: ${refused} refused, ${accepted} accepted`);
		expect(accepted).toBeGreaterThan(0);
		expect(refused).toBeGreaterThan(0);
	});
});
