/**
 * Trainees of the six programs over cohort years 2021–2026: who they are, when they start,
 * when they would finish, and their latent distress/engagement. Outcomes (leaving,
 * graduating) are decided later in attrition.ts, once their mentoring is known.
 */
import type { Profession } from '../../src/lib/schema/tables';
import { AS_OF } from './options';
import { COHORT_GROWTH, COHORT_YEARS } from './options';
import { drawDemographics, urimShareForCohort } from './demographics';
import type { Trainee } from './model';
import { drawName, type EmailBook } from './names';
import { PROGRAMS, cohortStart, extensionDays, plannedEnd, type ProgramSpec } from './programs';
import type { Rng } from './prng';

export const traineeId = (n: number): string => `T${String(n).padStart(6, '0')}`;

/** Split `total` over program × cohort year by share and growth, exactly (largest remainder). */
export function cohortSizes(total: number): { program: ProgramSpec; year: number; size: number }[] {
	const growthSum = COHORT_GROWTH.reduce((a, b) => a + b, 0);
	const cells = PROGRAMS.flatMap((program) =>
		COHORT_YEARS.map((year, y) => {
			const exact = (total * program.share * COHORT_GROWTH[y]) / growthSum;
			return { program, year, size: Math.floor(exact), rest: exact - Math.floor(exact) };
		})
	);
	let missing = total - cells.reduce((a, c) => a + c.size, 0);
	const byRest = cells.map((c, i) => ({ i, rest: c.rest })).sort((a, b) => b.rest - a.rest || a.i - b.i);
	for (let k = 0; missing > 0; k = (k + 1) % byRest.length, missing--) cells[byRest[k].i].size++;
	return cells.map(({ program, year, size }) => ({ program, year, size }));
}

export function makeTrainees(total: number, rng: Rng, emails: EmailBook): Trainee[] {
	const trainees: Trainee[] = [];
	for (const { program, year, size } of cohortSizes(total)) {
		for (let k = 0; k < size; k++) {
			const index = trainees.length;
			const start = cohortStart(program, year, rng);
			const extended = rng.chance(program.extendedShare);
			const end = plannedEnd(program, start, year) + (extended ? extensionDays(program) : 0);
			const demographics = drawDemographics(rng, program.womenShare, urimShareForCohort(year));
			const name = drawName(rng, demographics.gender);
			const distress = rng.normal();
			trainees.push({
				index,
				id: traineeId(index + 1),
				name,
				email: emails.emailFor(name),
				role: 'trainee',
				program,
				profession: rng.weighted(program.professions) as Profession,
				cohortYear: year,
				start,
				plannedEnd: end,
				demographics,
				specialty: rng.chance(0.92) ? rng.pick(program.specialties) : null,
				distress,
				engagement: -0.3 * distress + 0.95 * rng.normal(),
				loneliness: rng.normal(),
				status: 'active',
				exit: null,
				exitCode: null,
				exitText: null,
				mentorCapacity: null
			});
		}
	}
	return trainees;
}

/**
 * Some senior residents (MD, PGY2 and up) also mentor medical students: role "Both".
 * They keep their T id and are exempt from the attrition draw so their mentees' pairings
 * stay consistent (a documented simplification).
 */
export function chooseNearPeerMentors(trainees: Trainee[], rng: Rng): Trainee[] {
	const chosen: Trainee[] = [];
	for (const t of trainees) {
		if (t.program.typeLabel !== 'GME' || t.profession !== 'MD' || t.start + 365 >= AS_OF) continue;
		if (!rng.chance(0.09)) continue;
		t.role = 'both';
		t.mentorCapacity = rng.chance(0.6) ? 1 : 2;
		chosen.push(t);
	}
	return chosen;
}
