/**
 * Trainees' concordance requests ("I would prefer a mentor who…" on the matching form).
 * Drawn from their own stream ('concordance'), after every other draw of a trainee, so adding
 * them moved no other value of the demo: data/demo differs from before only by the roster's
 * new last column.
 *
 * Shares (data/README.md, "Concordance requests"): surveys of medical students find URiM
 * students and women far more likely than others to want a mentor who shares their race or
 * gender, and most students to state no such preference. Here a URiM trainee asks in 40% of
 * cases (same race/ethnicity or a URiM mentor, sometimes also same gender), a woman who is not
 * URiM in 20% (almost always same gender), anyone else in 7% (mostly same profession): about
 * 19% of trainees overall.
 */
import type { ConcordanceRequest } from '../../src/lib/schema/tables';
import type { Trainee } from './model';
import type { Rng } from './prng';

export const CONCORDANCE_LABELS: Record<ConcordanceRequest, string> = {
	same_gender: 'Same gender',
	same_race_ethnicity: 'Same race/ethnicity',
	urim_mentor: 'URiM mentor',
	same_profession: 'Same profession'
};

/** Each trainee's request in the form's order, empty when they asked for nothing. */
export function drawConcordanceRequests(trainees: readonly Trainee[], rng: Rng): ConcordanceRequest[][] {
	return trainees.map((t) => {
		const woman = t.demographics.gender === 'woman';
		const wanted = new Set<ConcordanceRequest>();
		if (t.demographics.urim) {
			if (!rng.chance(0.4)) return [];
			wanted.add(rng.chance(0.55) ? 'same_race_ethnicity' : 'urim_mentor');
			if (rng.chance(0.25)) wanted.add(wanted.has('urim_mentor') ? 'same_race_ethnicity' : 'urim_mentor');
			if (woman && rng.chance(0.35)) wanted.add('same_gender');
		} else if (woman) {
			if (!rng.chance(0.2)) return [];
			wanted.add(rng.chance(0.9) ? 'same_gender' : 'same_profession');
			if (rng.chance(0.15)) wanted.add('same_profession');
		} else {
			if (!rng.chance(0.07)) return [];
			wanted.add(rng.chance(0.6) ? 'same_profession' : 'same_gender');
		}
		return (Object.keys(CONCORDANCE_LABELS) as ConcordanceRequest[]).filter((code) => wanted.has(code));
	});
}

/** As the platform exports a multi-select: labels joined by "; ", blank for none. */
export const concordanceLabel = (requests: readonly ConcordanceRequest[]): string | null =>
	requests.length ? requests.map((r) => CONCORDANCE_LABELS[r]).join('; ') : null;
