/**
 * A hand-made two-program dataset for coordinator uploads: program PA (a coordinator's) and
 * program PB (someone else's), with one cross-program pairing (PA's mentor A2 mentors PB's
 * trainee B1) and one IPE activity each. Files are built from rows so a test can change one.
 */
import type { UploadedFile } from '$lib/server/ingest/prepare';

export const TWO_PROGRAM_SETTINGS = { asOf: '2026-06-30', institution: 'Two Program Test School' };

const ROSTER_HEADER = 'Person ID,Full Name,Email,Role,Profession,Program ID,Training Level,Cohort Year,Start Date,Status,Exit Date,Exit Reason Code,Exit Reason,Specialty Interest,Mentor Capacity,Gender,Race/Ethnicity,First Generation,Low Income';
const REDCAP_HEADER = 'record_id,redcap_event_name,resident_wellbeing_timestamp,wbi_1,wbi_2,wbi_3,wbi_4,wbi_5,wbi_6,wbi_7,resident_wellbeing_complete';

export const ROSTER = {
	A1: 'A1,Ada One,ada@test.example,Trainee,MD,PA,PGY1,2025,2025-07-01,Active,,,,Surgery,,Woman,Asian,No,No',
	A2: 'A2,Abe Two,abe@test.example,Mentor,MD,PA,faculty,,2010-01-01,Active,,,,Surgery,3,Man,White,No,No',
	B1: 'B1,Bea One,bea@test.example,Trainee,MD,PB,MS1,2025,2025-08-01,Active,,,,Pediatrics,,Woman,Black or African American,Yes,No',
	B2: 'B2,Bo Two,bo@test.example,Mentor,MD,PB,faculty,,2012-01-01,Active,,,,Pediatrics,2,Man,White,No,No'
};

export const PAIRINGS = {
	PRA1: 'PRA1,A2,A1,PA,1:1,2025-07-05,2025-07-10,,,Active',
	PRB1: 'PRB1,B2,B1,PB,1:1,2025-08-05,2025-08-10,,,Active',
	// Cross-program: PA's mentor, PB's mentee; the pairing is PB's.
	PRX: 'PRX,A2,B1,PB,1:1,2025-09-01,2025-09-05,,,Active'
};

export const MEETINGS = {
	MA1: 'MA1,PRA1,2025-08-01,Completed,30,In person,5',
	MB1: 'MB1,PRB1,2025-09-01,Completed,45,Virtual,4',
	MX1: 'MX1,PRX,2025-10-01,Completed,30,Phone,5'
};

export const REDCAP = {
	A1: 'A1,spring_2026_arm_1,2026-03-05 09:00,1,0,0,0,0,0,0,2',
	B1: 'B1,spring_2026_arm_1,2026-03-06 10:00,0,0,0,0,0,0,0,2'
};

const csv = (name: string, header: string, rows: readonly string[]): UploadedFile => ({ name, bytes: [header, ...rows].join('\n') + '\n' });

export const rosterFile = (rows: readonly string[]) => csv('roster.csv', ROSTER_HEADER, rows);
export const pairingsFile = (rows: readonly string[]) => csv('pairings.csv', 'Pairing ID,Mentor ID,Mentee ID,Program ID,Type,Requested,Matched,Ended,End Reason,Platform Status', rows);
export const meetingsFile = (rows: readonly string[]) => csv('meetings.csv', 'Meeting ID,Pairing ID,Date,Status,Duration (min),Format,Mentee Rating', rows);
export const redcapFile = (rows: readonly string[]) => csv('wellbeing_redcap.csv', REDCAP_HEADER, rows);
export const programsFile = (rows: readonly string[]) => csv('programs.csv', 'Program ID,Program Name,Program Type,Start Date', rows);
export const wavesFile = (rows: readonly string[]) => csv('survey_waves.csv', 'Wave ID,Label,Opens,Closes,REDCap Event', rows);
export const activitiesFile = (rows: readonly string[]) => csv('ipe_activities.csv', 'Activity ID,Date,Type,Title,Organizer Program ID', rows);
export const attendanceFile = (rows: readonly string[]) => csv('ipe_attendance.csv', 'Activity ID,Person ID', rows);

export const PROGRAMS = { PA: 'PA,Surgery Residency Mentoring,GME,2015-07-01', PB: 'PB,MD Program Mentoring,UME,2012-08-01' };
export const WAVES = { spring: '2026-spring,Spring 2026,2026-03-02,2026-03-27,spring_2026_arm_1' };
export const ACTIVITIES = { IA: 'IA,2026-01-10,simulation,Trauma team simulation,PA', IB: 'IB,2026-02-10,workshop,Communication workshop,PB' };
export const ATTENDANCE = { IA_A1: 'IA,A1', IA_B1: 'IA,B1', IB_B1: 'IB,B1' };

/** The whole two-program dataset, as an admin imports it first. */
export function twoProgramFiles(): UploadedFile[] {
	return [
		programsFile(Object.values(PROGRAMS)),
		rosterFile(Object.values(ROSTER)),
		pairingsFile(Object.values(PAIRINGS)),
		meetingsFile(Object.values(MEETINGS)),
		wavesFile(Object.values(WAVES)),
		redcapFile(Object.values(REDCAP)),
		activitiesFile(Object.values(ACTIVITIES)),
		attendanceFile(Object.values(ATTENDANCE))
	];
}
