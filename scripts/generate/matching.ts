/**
 * Who asks for a mentor, when, and whom they get. Mentoring status is time-varying
 * (DOMAIN.md §3): most matches land 30–120 days after the trainee starts, some trainees
 * never ask, some requests are still awaiting approval on the as-of date, some pairings end
 * early and are rematched. ~10% of matches are cross-discipline. Mentors are chosen among
 * those present on the match day with room under their capacity (at most capacity + 1).
 *
 * Pairing ends planned here assume the trainee stays; attrition.ts cuts them at the exit.
 */
import type { Day } from './calendar';
import { MatchQueue } from './match-queue';
import type { SlotIndex } from './mentors';
import type { MentorSlot, Pairing, Trainee } from './model';
import { AS_OF } from './options';
import type { Rng } from './prng';

const CROSS_DISCIPLINE = 0.1;
const NEAR_PEER_SHARE_UME = 0.15;
const EARLY_END = 0.12;
const REMATCH_AFTER_EARLY_END = 0.55;
const REMATCH_AFTER_MENTOR_LEFT = 0.7;
const PROBES = 40;

function available(slot: MentorSlot, day: Day): boolean {
	return slot.availableFrom <= day && (slot.availableUntil === null || slot.availableUntil > day + 30);
}

function hasRoom(slot: MentorSlot, day: Day, allowOne: boolean): boolean {
	if (slot.holding.some((end) => end <= day)) slot.holding = slot.holding.filter((end) => end > day);
	return slot.holding.length < slot.capacity + (allowOne ? 1 : 0);
}

/** Random probing: constant work per request, whatever the number of mentors. */
function probe(slots: readonly MentorSlot[], pool: readonly number[] | undefined, day: Day, rng: Rng, accept: (s: MentorSlot) => boolean): number | null {
	if (!pool || pool.length === 0) return null;
	for (const allowOne of [false, true]) {
		for (let k = 0; k < PROBES; k++) {
			const i = pool[rng.int(0, pool.length - 1)];
			const slot = slots[i];
			if (accept(slot) && available(slot, day) && hasRoom(slot, day, allowOne)) return i;
		}
	}
	return null;
}

function findMentor(t: Trainee, crossDiscipline: boolean, day: Day, index: SlotIndex, rng: Rng): { slot: number; nearPeer: boolean } | null {
	const { slots } = index;
	if (t.program.id === 'UME-MD' && rng.chance(NEAR_PEER_SHARE_UME)) {
		const s = probe(slots, index.nearPeer, day, rng, (slot) => slot.personId !== t.id);
		if (s !== null) return { slot: s, nearPeer: true };
	}
	if (crossDiscipline) {
		const s = probe(slots, index.faculty, day, rng, (slot) => slot.profession !== t.profession);
		if (s !== null) return { slot: s, nearPeer: false };
	}
	const same = probe(slots, index.byProgramProfession.get(`${t.program.id}|${t.profession}`), day, rng, () => true);
	if (same !== null) return { slot: same, nearPeer: false };
	const s = probe(slots, index.faculty, day, rng, (slot) => slot.profession !== t.profession);
	return s === null ? null : { slot: s, nearPeer: false };
}

/** Days from request to match: log-normal around the program's median. */
function matchDelay(t: Trainee, rng: Rng): number {
	const days = Math.round(t.program.matchDelayDays * Math.exp(0.5 * rng.normal()));
	return Math.max(5, Math.min(400, days));
}

function firstRequest(t: Trainee, rng: Rng): Day | null {
	const p = Math.max(0.05, Math.min(0.97, t.program.seekMentor + 0.06 * t.engagement));
	if (!rng.chance(p)) return null;
	// Most ask at orientation; some later (e.g. third-year students looking for a specialty mentor).
	return t.start + (rng.chance(0.75) ? rng.int(0, 21) : rng.int(22, 320));
}

export function matchMentors(trainees: readonly Trainee[], index: SlotIndex, rng: Rng): Pairing[] {
	const queue = new MatchQueue();
	for (const t of trainees) {
		const requested = firstRequest(t, rng);
		if (requested === null) continue;
		queue.push({ day: requested + matchDelay(t, rng), trainee: t.index, requested, crossDiscipline: rng.chance(CROSS_DISCIPLINE) });
	}
	const pairings: Pairing[] = [];
	for (let r = queue.pop(); r; r = queue.pop()) {
		const t = trainees[r.trainee];
		if (r.requested >= AS_OF || r.requested >= t.plannedEnd - 60) continue;
		if (r.day >= AS_OF) {
			pairings.push({ trainee: t.index, slot: null, kind: 'one_to_one', requested: r.requested, matched: null, end: null, endReason: null });
			continue;
		}
		if (r.day >= t.plannedEnd - 30) continue;
		const found = findMentor(t, r.crossDiscipline, r.day, index, rng);
		if (!found) continue;
		const slot = index.slots[found.slot];
		const earlyEnd = rng.chance(EARLY_END) ? r.day + rng.int(60, 420) : Infinity;
		const mentorGone = slot.availableUntil ?? Infinity;
		const end = Math.min(t.plannedEnd, mentorGone, earlyEnd);
		let endReason: Pairing['endReason'] = 'concluded';
		let rematchAt: Day | null = null;
		if (end === earlyEnd && end < t.plannedEnd) {
			const rematch = rng.chance(REMATCH_AFTER_EARLY_END);
			endReason = rematch ? 'rematched' : 'ended_early';
			if (rematch) rematchAt = end + rng.int(7, 45);
		} else if (end === mentorGone && end < t.plannedEnd) {
			endReason = 'mentor_left';
			if (rng.chance(REMATCH_AFTER_MENTOR_LEFT)) rematchAt = end + rng.int(14, 60);
		}
		slot.holding.push(end);
		const kind = found.nearPeer ? 'near_peer' : rng.chance(0.1) ? 'group' : 'one_to_one';
		pairings.push({ trainee: t.index, slot: found.slot, kind, requested: r.requested, matched: r.day, end, endReason });
		if (rematchAt !== null) queue.push({ day: rematchAt, trainee: t.index, requested: end, crossDiscipline: rng.chance(CROSS_DISCIPLINE) });
	}
	return pairings;
}
