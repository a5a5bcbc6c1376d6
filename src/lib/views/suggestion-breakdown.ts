/**
 * A suggested mentor's score as lines a coordinator can read: each component's weight, its
 * 0–1 value with the fact behind it, and the points it adds (metrics/matching/weights.ts).
 */
import type { SuggestedMatch } from '$lib/metrics/matching/suggested-matches';
import { MATCH_COMPONENTS, type MatchComponent } from '$lib/metrics/matching/weights';

export interface BreakdownLine {
	id: MatchComponent['id'];
	label: string;
	weight: number;
	value: number;
	points: number;
	/** The fact behind the value, in plain words. */
	why: string;
}

export interface TraineeForMatching {
	/** A mentor's program is named only when it is not the trainee's. */
	program_id?: string;
	profession: string;
	specialty_interest: string | null;
}

/** 47.5 → "47.5", 70 → "70", 13.3333 → "13.3": points to one decimal, no trailing ".0". */
export function formatPoints(value: number): string {
	const rounded = Math.round(value * 10) / 10;
	return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function breakdown(s: SuggestedMatch, trainee: TraineeForMatching, crossDiscipline: boolean): BreakdownLine[] {
	const undecided = !trainee.specialty_interest || /^\s*(undecided)?\s*$/i.test(trainee.specialty_interest);
	const why: Record<MatchComponent['id'], string> = {
		specialty: undecided ? 'trainee undecided' : s.specialty_match === 1 ? `both ${s.specialty?.trim()}` : `mentor: ${s.specialty ?? 'none recorded'}`,
		profession:
			s.profession === trainee.profession
				? `${s.profession}, same${crossDiscipline ? ' (other sought)' : ''}`
				: `${s.profession}, trainee ${trainee.profession}${crossDiscipline ? ' (as sought)' : ''}`,
		concordance: 'not recorded',
		load: `${s.free_places} of ${s.capacity} ${s.capacity === 1 ? 'place' : 'places'} free`,
		record: s.ended_pairings === 0 ? 'no ended pairing yet' : `${s.ended_early} of ${plural(s.ended_pairings, 'ended pairing', 'ended pairings')} ended early`
	};
	const values: Record<MatchComponent['id'], [number, number]> = {
		specialty: [s.specialty_match, s.specialty_points],
		profession: [s.profession_match, s.profession_points],
		concordance: [s.concordance_match, s.concordance_points],
		load: [s.load_room, s.load_points],
		record: [s.record, s.record_points]
	};
	return MATCH_COMPONENTS.map((c) => ({ id: c.id, label: c.label, weight: c.weight, value: values[c.id][0], points: values[c.id][1], why: why[c.id] }));
}
