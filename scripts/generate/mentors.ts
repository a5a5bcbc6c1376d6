/**
 * Faculty mentors (~0.28 per trainee, so ~560 for 2,000 trainees) spread over programs by
 * how many trainees each has enrolled at a time, with professions matching the program,
 * capacity 1–4 and some turnover. URiM ~11% (DOMAIN.md §3 via the brief: 10–12%).
 */
import type { Profession } from '../../src/lib/schema/tables';
import { dayFromParts, dayOf } from './calendar';
import { drawDemographics, MENTOR_URIM_SHARE } from './demographics';
import type { FacultyMentor, MentorSlot, Trainee } from './model';
import { drawName, type EmailBook } from './names';
import { FACULTY_PER_TRAINEE } from './options';
import { PROGRAMS, type ProgramId } from './programs';
import type { Rng } from './prng';

export const mentorId = (n: number): string => `M${String(n).padStart(5, '0')}`;

/** Faculty professions serving each program's trainees. */
const MENTOR_PROFESSIONS: Record<ProgramId, readonly (readonly [Profession, number])[]> = {
	'UME-MD': [['MD', 1]],
	'GME-IM': [['MD', 0.78], ['DO', 0.22]],
	'GME-SURG': [['MD', 0.84], ['DO', 0.16]],
	NRP: [['RN', 0.7], ['NP', 0.3]],
	PHARMD: [['PharmD', 1]],
	MSW: [['MSW', 1]]
};

/** Faculty women share by program (surgery faculty still mostly men). */
const MENTOR_WOMEN: Record<ProgramId, number> = { 'UME-MD': 0.45, 'GME-IM': 0.42, 'GME-SURG': 0.26, NRP: 0.85, PHARMD: 0.58, MSW: 0.8 };

const CAPACITY: readonly (readonly [number, number])[] = [[1, 0.2], [2, 0.35], [3, 0.3], [4, 0.15]];

const EARLIEST_EXIT = dayOf('2021-07-01');
const LATEST_EXIT = dayOf('2026-10-15');

export function makeFacultyMentors(traineeCount: number, rng: Rng, emails: EmailBook): FacultyMentor[] {
	const total = Math.max(PROGRAMS.length, Math.round(traineeCount * FACULTY_PER_TRAINEE));
	// Load = share × program length: trainees enrolled at once.
	const loads = PROGRAMS.map((p) => p.share * p.years);
	const loadSum = loads.reduce((a, b) => a + b, 0);
	const mentors: FacultyMentor[] = [];
	PROGRAMS.forEach((program, p) => {
		const count = Math.max(2, Math.round((total * loads[p]) / loadSum));
		for (let k = 0; k < count; k++) {
			const demographics = drawDemographics(rng, MENTOR_WOMEN[program.id], MENTOR_URIM_SHARE);
			const name = drawName(rng, demographics.gender);
			const joinedEarly = rng.chance(0.85);
			const start = joinedEarly ? dayFromParts(rng.int(2005, 2020), rng.int(1, 12), rng.int(1, 28)) : dayFromParts(rng.int(2021, 2026), rng.int(1, 6), rng.int(1, 28));
			const leaves = rng.chance(0.12);
			const exit = leaves ? Math.max(start + 180, rng.int(EARLIEST_EXIT, LATEST_EXIT)) : null;
			mentors.push({
				index: mentors.length,
				id: mentorId(mentors.length + 1),
				name,
				email: emails.emailFor(name),
				program,
				profession: rng.weighted(MENTOR_PROFESSIONS[program.id]) as Profession,
				start,
				exit: exit !== null && exit < LATEST_EXIT ? exit : null,
				capacity: rng.weighted(CAPACITY),
				demographics,
				specialty: rng.pick(program.specialties)
			});
		}
	});
	return mentors;
}

export interface SlotIndex {
	slots: MentorSlot[];
	/** Faculty slots by "program|profession". */
	byProgramProfession: Map<string, number[]>;
	/** Near-peer ("Both") residents who mentor medical students. */
	nearPeer: number[];
	/** All faculty slots, for cross-discipline matches. */
	faculty: number[];
}

export function buildSlots(faculty: readonly FacultyMentor[], nearPeers: readonly Trainee[]): SlotIndex {
	const index: SlotIndex = { slots: [], byProgramProfession: new Map(), nearPeer: [], faculty: [] };
	for (const m of faculty) {
		const key = `${m.program.id}|${m.profession}`;
		const list = index.byProgramProfession.get(key) ?? [];
		list.push(index.slots.length);
		index.byProgramProfession.set(key, list);
		index.faculty.push(index.slots.length);
		index.slots.push({ personId: m.id, profession: m.profession, availableFrom: m.start, availableUntil: m.exit, capacity: m.capacity, holding: [], nearPeer: false });
	}
	for (const t of nearPeers) {
		index.nearPeer.push(index.slots.length);
		// From PGY2 until graduation.
		index.slots.push({ personId: t.id, profession: t.profession, availableFrom: t.start + 365, availableUntil: t.plannedEnd, capacity: t.mentorCapacity ?? 1, holding: [], nearPeer: true });
	}
	return index;
}
