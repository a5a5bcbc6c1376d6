/** programs.csv and roster.csv: the mentoring platform's program list and "People" export. */
import { isoDate } from './calendar';
import { CsvFile } from './csv-file';
import type { ConcordanceRequest } from '../../src/lib/schema/tables';
import { concordanceLabel } from './concordance';
import { GENDER_LABELS, raceLabel, yesNo, type Demographics } from './demographics';
import type { FacultyMentor, Trainee } from './model';
import { AS_OF } from './options';
import { levelOn, PROGRAMS } from './programs';

export const ROSTER_HEADER = [
	'Person ID', 'Full Name', 'Email', 'Role', 'Profession', 'Program ID', 'Training Level', 'Cohort Year', 'Start Date', 'Status',
	'Exit Date', 'Exit Reason Code', 'Exit Reason', 'Specialty Interest', 'Mentor Capacity', 'Gender', 'Race/Ethnicity', 'First Generation', 'Low Income',
	// Last, so the column's arrival changed nothing else in the file.
	'Concordance Preference'
];

const STATUS_LABELS: Record<Trainee['status'], string> = {
	active: 'Active',
	leave_of_absence: 'Leave of Absence',
	withdrawn: 'Withdrawn',
	dismissed: 'Dismissed',
	transferred: 'Transferred',
	graduated: 'Graduated'
};

export function writePrograms(path: string): void {
	const out = new CsvFile(path, ['Program ID', 'Program Name', 'Program Type', 'Start Date']);
	for (const p of PROGRAMS) out.row([p.id, p.name, p.typeLabel, p.startDate]);
	out.close();
}

const demographicCells = (d: Demographics) => [GENDER_LABELS[d.gender], raceLabel(d.races), yesNo(d.firstGen), yesNo(d.lowIncome)];

/** `requests[i]` is trainee i's concordance request (concordance.ts); faculty record none. */
export function writeRoster(path: string, trainees: readonly Trainee[], faculty: readonly FacultyMentor[], requests: readonly (readonly ConcordanceRequest[])[]): number {
	const out = new CsvFile(path, ROSTER_HEADER);
	trainees.forEach((t, i) => {
		// Level on the last day enrolled (graduates keep their final year).
		const levelDay = Math.min(t.exit ?? AS_OF, AS_OF) - 1;
		out.row([
			t.id, `${t.name.first} ${t.name.last}`, t.email, t.role === 'both' ? 'Both' : 'Trainee', t.profession, t.program.id,
			levelOn(t.program, t.start, levelDay), t.cohortYear, isoDate(t.start), STATUS_LABELS[t.status],
			t.exit === null ? null : isoDate(t.exit), t.exitCode, t.exitText, t.specialty, t.mentorCapacity, ...demographicCells(t.demographics),
			concordanceLabel(requests[i] ?? [])
		]);
	});
	for (const m of faculty) {
		out.row([
			m.id, `${m.name.first} ${m.name.last}`, m.email, 'Mentor', m.profession, m.program.id, 'faculty', null, isoDate(m.start),
			m.exit === null ? 'Active' : 'Withdrawn', m.exit === null ? null : isoDate(m.exit), m.exit === null ? null : 'other',
			m.exit === null ? null : 'Left the institution', m.specialty, m.capacity, ...demographicCells(m.demographics), null
		]);
	}
	out.close();
	return out.rows;
}
