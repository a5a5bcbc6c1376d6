/**
 * Coordinator uploads (ingest/program-scope.ts): the scope check names file, row, column and
 * value for every row outside the coordinator's programs, and the merge replaces only their
 * programs' rows. The coordinator here is PA's; PB belongs to someone else (two-programs.ts).
 * Row numbers count the header as row 1, so the first data row is row 2.
 */
import { describe, expect, test } from 'vitest';
import { prepareImport } from '$lib/server/ingest/prepare';
import type { ImportProblem } from '$lib/server/ingest/problems';
import type { StagedTables } from '$lib/server/ingest/staged';
import {
	ACTIVITIES,
	MEETINGS,
	PAIRINGS,
	PROGRAMS,
	REDCAP,
	ROSTER,
	TWO_PROGRAM_SETTINGS,
	WAVES,
	activitiesFile,
	attendanceFile,
	meetingsFile,
	pairingsFile,
	programsFile,
	redcapFile,
	rosterFile,
	twoProgramFiles,
	wavesFile
} from './two-programs';

/** The current version as the store hands it over (store/carry-over.ts names the file so). */
const KEPT = '(current dataset v-test)';
function current(): StagedTables {
	const prepared = prepareImport(twoProgramFiles(), TWO_PROGRAM_SETTINGS);
	expect(prepared.problems.sorted()).toEqual([]);
	const tables = prepared.tables;
	for (const rows of Object.values(tables)) rows.forEach((row, i) => Object.assign(row, { file: KEPT, row: i + 1 }));
	return tables;
}

function asCoordinatorOfPA(files: Parameters<typeof prepareImport>[0]) {
	return prepareImport(files, TWO_PROGRAM_SETTINGS, { current: current(), scope: ['PA'] });
}

const cell = (p: ImportProblem) => `${p.file} ${p.row} ${p.column} ${p.value}: ${p.message}`;
const errors = (files: Parameters<typeof prepareImport>[0]) => asCoordinatorOfPA(files).problems.sorted().filter((p) => p.severity === 'error').map(cell);

describe('coordinator scope check', () => {
	test('their own programs rows pass', () => {
		expect(errors([rosterFile([ROSTER.A1, ROSTER.A2]), pairingsFile([PAIRINGS.PRA1]), meetingsFile([MEETINGS.MA1])])).toEqual([]);
	});

	test('a row of another program is refused at its Program ID cell', () => {
		// roster row 3 is B1 (program PB).
		expect(errors([rosterFile([ROSTER.A1, ROSTER.B1, ROSTER.A2])])).toEqual(['roster.csv 3 Program ID PB: person of program PB, which is not one of your programs (PA)']);
		expect(errors([programsFile([PROGRAMS.PA, PROGRAMS.PB])])).toEqual(['programs.csv 3 Program ID PB: program row of program PB, which is not one of your programs (PA)']);
	});

	test("another program's person cannot be moved into theirs", () => {
		const moved = ROSTER.B1.replace(',PB,', ',PA,');
		expect(errors([rosterFile([ROSTER.A1, ROSTER.A2, moved])])).toEqual(['roster.csv 4 Person ID B1: person B1 belongs to another program; only an administrator can move it']);
	});

	test('a refused roster row does not make that person theirs for the rows that refer to them', () => {
		// B1 moved into PA (refused), and a response of B1 in a new event: no current row
		// clashes with it, so only the respondent check can refuse it (row 2 of the export).
		const moved = ROSTER.B1.replace(',PB,', ',PA,');
		const autumn = REDCAP.B1.replace('spring_2026_arm_1,2026-03-06', 'autumn_2025_arm_1,2025-10-06');
		expect(errors([rosterFile([ROSTER.A1, ROSTER.A2, moved]), redcapFile([autumn])])).toEqual([
			'roster.csv 4 Person ID B1: person B1 belongs to another program; only an administrator can move it',
			'wellbeing_redcap.csv 2 record_id B1: the respondent is not a person in your programs'
		]);
	});

	test('pairings: mentee must be theirs, a mentor from another program is fine', () => {
		// Row 2: PA's pairing of PB's trainee B1. Row 3: PA's trainee A1 with PB's mentor B2.
		const foreignMentee = 'PRA2,A2,B1,PA,1:1,2026-01-05,2026-01-10,,,Active';
		const foreignMentor = 'PRA3,B2,A1,PA,1:1,2026-01-05,2026-01-10,,,Active';
		expect(errors([pairingsFile([PAIRINGS.PRA1, foreignMentee, foreignMentor])])).toEqual(['pairings.csv 3 Mentee ID B1: the mentee is not a person in your programs']);
	});

	test("meetings of another program's pairing, and its ids, are refused", () => {
		expect(errors([meetingsFile([MEETINGS.MA1, 'MA2,PRB1,2026-01-01,Completed,30,Virtual,5', MEETINGS.MB1.replace(',PRB1,', ',PRA1,')])])).toEqual([
			"meetings.csv 3 Pairing ID PRB1: the pairing is not one of your programs' pairings",
			'meetings.csv 4 Meeting ID MB1: meeting MB1 belongs to another program; only an administrator can move it'
		]);
	});

	test("survey responses of another program's people are refused", () => {
		expect(errors([redcapFile([REDCAP.A1, REDCAP.B1]), wavesFile([WAVES.spring])])).toEqual(['wellbeing_redcap.csv 3 record_id B1: the respondent is not a person in your programs']);
	});

	test('IPE: the activity must be organised by them; attendees may come from any program', () => {
		expect(errors([activitiesFile([ACTIVITIES.IA, 'IC,2026-03-01,workshop,Open forum,'])])).toEqual(['ipe_activities.csv 3 Organizer Program ID null: IPE activity has no program; only an administrator can import it']);
		expect(errors([attendanceFile(['IA,A1', 'IA,B1', 'IB,A1'])])).toEqual(['ipe_attendance.csv 4 Activity ID IB: the activity is not organised by one of your programs']);
	});

	test('survey waves are shared: new ones may be added, existing ones not changed', () => {
		const changed = WAVES.spring.replace('2026-03-27', '2026-04-10');
		expect(errors([wavesFile([changed, '2026-autumn,Autumn 2026,2026-10-05,2026-10-30,autumn_2026_arm_1'])])).toEqual([
			'survey_waves.csv 2 Closes 2026-04-10: survey wave 2026-spring is shared by every program; only an administrator can change its closes on (now 2026-03-27)'
		]);
	});

	test('the first import, and dataset info, are an administrator’s', () => {
		const first = prepareImport(twoProgramFiles(), TWO_PROGRAM_SETTINGS, { scope: ['PA'] });
		expect(first.problems.sorted().filter((p) => p.severity === 'error').map((p) => p.message)).toContain("there is no dataset yet; the first import is an administrator's");
		expect(errors([{ name: 'dataset_info.csv', bytes: 'As Of,Institution\n2027-01-01,Other School\n' }])).toEqual([
			'dataset_info.csv null null null: the as-of date and institution are shared by every program; only an administrator can import dataset info'
		]);
	});

	test("problems in other programs' kept rows lose their row number", () => {
		// Leaving out mentor A2 breaks PB's cross-program pairing PRX and PA's PRA1 (both kept,
		// pairings not being in the upload): one line, no row numbers.
		const problems = errors([rosterFile([ROSTER.A1])]);
		expect(problems).toEqual([`${KEPT} null Mentor ID A2: unknown people: no people.person_id = A2`]);
	});
});

describe('coordinator merge', () => {
	test('replaces their rows in covered tables and keeps the rest in order', () => {
		const a1 = ROSTER.A1.replace('PGY1', 'PGY2');
		const a3 = 'A3,Al Three,al@test.example,Trainee,MD,PA,PGY1,2026,2026-07-01,Active,,,,Surgery,,Man,White,No,No';
		const prepared = asCoordinatorOfPA([rosterFile([a1, ROSTER.A2, a3]), pairingsFile([PAIRINGS.PRA1, 'PRA3,A2,A3,PA,1:1,2026-06-01,2026-06-05,,,Active'])]);
		expect(prepared.problems.sorted().filter((p) => p.severity === 'error')).toEqual([]);
		const ids = (table: 'people' | 'pairings' | 'meetings' | 'survey_responses') => prepared.tables[table].map((r) => r.values[table === 'people' ? 'person_id' : table === 'pairings' ? 'pairing_id' : table === 'meetings' ? 'meeting_id' : 'response_id']);
		// PB's people first as they were, then PA's from the upload.
		expect(ids('people')).toEqual(['B1', 'B2', 'A1', 'A2', 'A3']);
		expect(prepared.tables.people.find((r) => r.values.person_id === 'A1')!.values.training_level).toBe('PGY2');
		expect(ids('pairings')).toEqual(['PRB1', 'PRX', 'PRA1', 'PRA3']);
		// Meetings and responses were not in the upload: carried whole.
		expect(ids('meetings')).toEqual(['MA1', 'MB1', 'MX1']);
		expect(prepared.carried).toEqual(expect.arrayContaining(['meetings', 'survey_responses', 'survey_items', 'programs', 'survey_waves']));
		// Their programs' counts: people A1 A2 A3 = 3 (was 2); pairings PRA1 PRA3 = 2 (was 1);
		// meetings MA1 = 1; responses A1's = 1; attendance IA (A1, B1) = 2.
		expect(prepared.programCounts?.next).toMatchObject({ people: 3, pairings: 2, meetings: 1, survey_responses: 1, ipe_attendance: 2, programs: 1 });
		expect(prepared.programCounts?.current).toMatchObject({ people: 2, pairings: 1 });
	});

	test("a REDCap upload replaces only their people's REDCap responses", () => {
		const prepared = asCoordinatorOfPA([redcapFile([REDCAP.A1.replace('1,0,0,0,0,0,0', '1,1,1,0,0,0,0')]), wavesFile([WAVES.spring])]);
		expect(prepared.problems.sorted().filter((p) => p.severity === 'error')).toEqual([]);
		const responses = prepared.tables.survey_responses.map((r) => `${r.values.person_id}:${r.file}`);
		expect(responses).toEqual([`B1:${KEPT}`, 'A1:wellbeing_redcap.csv']);
		// A1's new items: wbi1..wbi7 = 7; B1's kept: 7.
		expect(prepared.tables.survey_items).toHaveLength(14);
		expect(prepared.tables.survey_items.filter((r) => r.values.value === '1')).toHaveLength(3);
	});

	test('a REDCap export alone: its event keeps the wave the earlier import gave it', () => {
		const prepared = asCoordinatorOfPA([redcapFile([REDCAP.A1])]);
		expect(prepared.problems.sorted().filter((p) => p.severity === 'error')).toEqual([]);
		expect(prepared.redcapWaves).toEqual([{ event: 'spring_2026_arm_1', waveId: '2026-spring', source: 'earlier' }]);
		expect(prepared.tables.survey_waves).toHaveLength(1);
	});

	test('a new REDCap event becomes a new wave, which a coordinator may add', () => {
		const prepared = asCoordinatorOfPA([redcapFile(['A1,autumn_2026_arm_1,2026-10-07 09:00,0,0,0,0,0,0,0,2'])]);
		expect(prepared.problems.sorted().filter((p) => p.severity === 'error')).toEqual([]);
		expect(prepared.tables.survey_waves.map((w) => w.values.wave_id)).toEqual(['2026-spring', 'autumn-2026']);
	});
});
