/**
 * Interprofessional education events (LCME 7.9, IPEC): ~120 over the years for 2,000
 * trainees (scaled with the trainee count), each with 8–40 attendees from 2–4 professions,
 * drawn from trainees enrolled on the day, plus sometimes a faculty facilitator.
 */
import type { Profession } from '../../src/lib/schema/tables';
import { dayOf, nextWeekday, isoDate, type Day } from './calendar';
import type { CsvFile } from './csv-file';
import type { FacultyMentor, Trainee } from './model';
import type { ProgramId } from './programs';
import type { Rng } from './prng';

const FIRST_DAY = dayOf('2021-09-01');
const LAST_DAY = dayOf('2026-10-30');
const ACTIVITIES_PER_TRAINEE = 120 / 2000;

const KINDS: readonly (readonly [string, number])[] = [['simulation', 0.35], ['case conference', 0.3], ['workshop', 0.25], ['community project', 0.1]];

const TOPICS: Record<string, readonly string[]> = {
	simulation: ['Sepsis Recognition', 'Rapid Response', 'Pediatric Code', 'Obstetric Hemorrhage', 'Medication Error Disclosure', 'Discharge Handoff'],
	'case conference': ['Polypharmacy in Older Adults', 'Opioid Use Disorder', 'Heart Failure Readmissions', 'Goals of Care', 'Housing Instability and Health'],
	workshop: ['TeamSTEPPS Communication', 'Conflict Resolution', 'Roles and Responsibilities', 'Implicit Bias', 'Shared Decision Making'],
	'community project': ['Free Clinic Night', 'Health Fair Screening', 'Naloxone Outreach', 'School Vaccination Day']
};

const KIND_TITLE: Record<string, string> = {
	simulation: 'Simulation', 'case conference': 'Case Conference', workshop: 'Workshop', 'community project': 'Community Project'
};

/** Professions that take part, and the program that usually organises for each. */
const PROFESSIONS: readonly (readonly [Profession, ProgramId])[] = [['MD', 'UME-MD'], ['RN', 'NRP'], ['PharmD', 'PHARMD'], ['MSW', 'MSW'], ['DO', 'GME-IM'], ['NP', 'NRP']];

export const ipeActivityId = (n: number): string => `IPE${String(n).padStart(4, '0')}`;

const CORE = new Set<Profession>(['MD', 'RN', 'PharmD', 'MSW']);

const enrolledOn = (t: Trainee, day: Day): boolean => t.start <= day && (t.exit === null || t.exit > day);

/** At least two enrolled on the day, found by random probing (constant work per activity). */
function someoneEnrolled(pool: readonly Trainee[], day: Day, rng: Rng): boolean {
	let found = 0;
	for (let k = 0; k < 200 && pool.length > 0 && found < 2; k++) if (enrolledOn(pool[rng.int(0, pool.length - 1)], day)) found++;
	return found >= 2;
}

export function writeIpe(activities: CsvFile, attendance: CsvFile, trainees: readonly Trainee[], faculty: readonly FacultyMentor[], rng: Rng): void {
	const byProfession = new Map<Profession, Trainee[]>();
	for (const t of trainees) {
		const pool = byProfession.get(t.profession) ?? [];
		pool.push(t);
		byProfession.set(t.profession, pool);
	}
	const count = Math.max(1, Math.round(trainees.length * ACTIVITIES_PER_TRAINEE));
	const days = Array.from({ length: count }, () => nextWeekday(rng.int(FIRST_DAY, LAST_DAY))).sort((a, b) => a - b);
	days.forEach((day, n) => {
		const id = ipeActivityId(n + 1);
		const kind = rng.weighted(KINDS);
		// Only professions with trainees enrolled that day can attend; the four core ones first, DO and NP sometimes.
		const present = PROFESSIONS.filter(([p]) => someoneEnrolled(byProfession.get(p) ?? [], day, rng));
		const core = present.filter(([p]) => CORE.has(p));
		const k = Math.min(present.length, rng.weighted([[2, 0.35], [3, 0.4], [4, 0.25]] as const));
		const chosen: (readonly [Profession, ProgramId])[] = [];
		while (chosen.length < k) {
			const p = rng.chance(0.85) && core.length > 0 ? rng.pick(core) : rng.pick(present);
			if (!chosen.includes(p)) chosen.push(p);
		}
		const candidate = rng.chance(0.5) && faculty.length > 0 ? faculty[rng.int(0, faculty.length - 1)] : null;
		const facilitator = candidate && candidate.start <= day && (candidate.exit === null || candidate.exit > day) && chosen.some(([p]) => p === candidate.profession) ? candidate : null;
		const wanted = rng.int(8, 40) - (facilitator ? 1 : 0);
		const seen = new Set<string>();
		const attendees: string[] = [];
		// Each profession gets at least two seats, then the rest go round-robin.
		for (let tries = 0; attendees.length < wanted && tries < wanted * 40; tries++) {
			const [profession] = chosen[attendees.length < 2 * k ? Math.floor(attendees.length / 2) : tries % k];
			const pool = byProfession.get(profession) ?? [];
			if (pool.length === 0) continue;
			const t = pool[rng.int(0, pool.length - 1)];
			if (seen.has(t.id) || !enrolledOn(t, day)) continue;
			seen.add(t.id);
			attendees.push(t.id);
		}
		if (facilitator) attendees.push(facilitator.id);
		const organiser = rng.chance(0.85) ? rng.pick(chosen)[1] : null;
		activities.row([id, isoDate(day), kind, `${rng.pick(TOPICS[kind])} ${KIND_TITLE[kind]}`, organiser]);
		for (const person of attendees) attendance.row([id, person]);
	});
}
