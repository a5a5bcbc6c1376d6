/**
 * Who leaves, when, and why. Attrition is a monthly hazard shaped by program year and
 * scaled by personal risk; while a trainee has a mentor the hazard is halved (DOMAIN.md §3:
 * OR 0.42 for thinking about leaving; we use hazard ratio 0.5). Because the multiplier
 * switches on at the match date, mentoring is time-varying and a landmark analysis can
 * recover the effect without immortal-time bias.
 *
 * Each program's base hazard is solved so the expected cumulative attrition over the whole
 * program equals the program's target (programs.ts) for this very population.
 */
import type { Day } from './calendar';
import { attritionReason, GRADUATED_TEXT, transferText } from './exit-reasons';
import type { Pairing, Trainee } from './model';
import { AS_OF } from './options';
import type { ProgramSpec } from './programs';
import type { Rng } from './prng';

export const MENTORED_HAZARD_RATIO = 0.4;
const MONTH = 30.4375;
const LEAVE_OF_ABSENCE = 0.02;

/** Personal multiplier on the attrition hazard. */
export function personalRisk(t: Trainee): number {
	let m = Math.exp(0.35 * t.distress - 0.15 * t.engagement);
	const d = t.demographics;
	if (t.program.id === 'UME-MD') {
		// AAMC: ~2.8% overall but 5–11% for some URiM groups, higher again for low income.
		if (d.urim) m *= 3;
		if (d.lowIncome) m *= 2;
	} else if (d.lowIncome) m *= 1.3;
	// Surgery: women 25% vs men 15%.
	if (t.program.id === 'GME-SURG' && d.gender === 'woman') m *= 1.8;
	return m;
}

type Intervals = Array<[Day, Day]>;

function mentoredOn(intervals: Intervals, day: Day): boolean {
	for (const [from, to] of intervals) if (from <= day && day < to) return true;
	return false;
}

function monthWeight(spec: ProgramSpec, m: number): number {
	const year = Math.min(spec.attritionByYear.length - 1, Math.floor(m / 12));
	return spec.attritionByYear[year] / 12;
}

function months(t: Trainee): number {
	return Math.ceil((t.plannedEnd - t.start) / MONTH);
}

/** Σ over months of weight × personal risk × mentoring factor: the trainee's exposure. */
function exposure(t: Trainee, intervals: Intervals): number {
	const risk = personalRisk(t);
	let s = 0;
	for (let m = 0; m < months(t); m++) {
		const mid = t.start + Math.floor(MONTH * m + 15);
		s += monthWeight(t.program, m) * risk * (mentoredOn(intervals, mid) ? MENTORED_HAZARD_RATIO : 1);
	}
	return s;
}

/** Solve mean(1 − exp(−H·s)) = target for H by bisection. */
function solveBaseHazard(exposures: readonly number[], target: number): number {
	if (exposures.length === 0) return 0;
	let lo = 0;
	let hi = 50;
	for (let k = 0; k < 60; k++) {
		const h = (lo + hi) / 2;
		let sum = 0;
		for (const s of exposures) sum += 1 - Math.exp(-h * s);
		if (sum / exposures.length < target) lo = h;
		else hi = h;
	}
	return (lo + hi) / 2;
}

export function decideOutcomes(trainees: Trainee[], pairings: readonly Pairing[], rng: Rng): void {
	const intervals: Intervals[] = trainees.map(() => []);
	for (const p of pairings) if (p.matched !== null && p.end !== null) intervals[p.trainee].push([p.matched, p.end]);

	const exposures = trainees.map((t) => (t.role === 'both' ? 0 : exposure(t, intervals[t.index])));
	const base = new Map<string, number>();
	for (const program of new Set(trainees.map((t) => t.program))) {
		// Near-peer residents never leave (trainees.ts) but count in the denominator, so the
		// program's observed attrition still meets its target.
		const own = trainees.filter((t) => t.program === program).map((t) => exposures[t.index]);
		base.set(program.id, solveBaseHazard(own, program.attritionTarget));
	}

	for (const t of trainees) {
		const spec = t.program;
		const h0 = base.get(spec.id) ?? 0;
		const risk = personalRisk(t);
		const n = months(t);
		const transferHazard = -Math.log(1 - spec.transferTarget) / n;
		const lastDay = Math.min(t.plannedEnd, AS_OF);
		for (let m = 0; m < n && t.role !== 'both'; m++) {
			const from = t.start + Math.floor(MONTH * m);
			if (from >= lastDay) break;
			const day = Math.min(lastDay - 1, from + rng.int(0, 29));
			const mid = t.start + Math.floor(MONTH * m + 15);
			const h = h0 * monthWeight(spec, m) * risk * (mentoredOn(intervals[t.index], mid) ? MENTORED_HAZARD_RATIO : 1);
			if (rng.chance(1 - Math.exp(-h))) {
				const { code, text } = attritionReason(t, rng);
				leave(t, day, code === 'dismissed' ? 'dismissed' : 'withdrawn', code, text);
				break;
			}
			if (rng.chance(1 - Math.exp(-transferHazard))) {
				leave(t, day, 'transferred', 'transferred', transferText(rng));
				break;
			}
		}
		if (t.exit !== null) continue;
		if (t.plannedEnd < AS_OF) leave(t, t.plannedEnd, 'graduated', 'graduated', GRADUATED_TEXT);
		else if (rng.chance(LEAVE_OF_ABSENCE)) t.status = 'leave_of_absence';
	}
}

function leave(t: Trainee, day: Day, status: Trainee['status'], code: string, text: string): void {
	t.status = status;
	t.exit = day;
	t.exitCode = code;
	t.exitText = text;
}

/**
 * Cut pairings at the mentee's exit: those that would begin after it are dropped; those
 * running through it end on it (concluded at graduation, mentee_left otherwise). A
 * "rematched" ending with no later pairing becomes ended_early. Pairings still running on
 * the as-of date are open (no end).
 */
export function settlePairings(trainees: readonly Trainee[], pairings: Pairing[]): Pairing[] {
	for (const p of pairings) {
		const t = trainees[p.trainee];
		if (p.matched === null) {
			if (t.exit !== null) p.dropped = true;
			continue;
		}
		if (t.exit !== null && p.matched >= t.exit) {
			p.dropped = true;
			continue;
		}
		if (t.exit !== null && p.end !== null && p.end > t.exit) {
			p.end = t.exit;
			p.endReason = t.status === 'graduated' ? 'concluded' : 'mentee_left';
		}
	}
	const kept = pairings.filter((p) => !p.dropped);
	const lastStart = new Map<number, Day>();
	for (const p of kept) lastStart.set(p.trainee, Math.max(lastStart.get(p.trainee) ?? -Infinity, p.requested));
	for (const p of kept) {
		if (p.endReason === 'rematched' && p.end !== null && (lastStart.get(p.trainee) ?? -Infinity) < p.end) p.endReason = 'ended_early';
		if (p.end !== null && p.end >= AS_OF) {
			p.end = null;
			p.endReason = null;
		}
	}
	return kept;
}
