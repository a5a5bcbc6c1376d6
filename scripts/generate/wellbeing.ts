/**
 * Latent strain per trainee and wave, and the item answers it produces, so burnout,
 * depression screen, well-being, loneliness and Mayo WBI distress move together
 * (DOMAIN.md §2–3). Being mentored on the day a wave opens lowers strain: Mini-Z burnout
 * (item ≥ 3) ~42% unmentored vs ~28% mentored, OR ≈ 0.52 as in the national surgical sample.
 * Survey response falls with disengagement and distress, as it does in the field.
 */
import type { Day } from './calendar';
import type { Pairing, Trainee } from './model';
import { levelOn } from './programs';
import { logit, sigmoid, type Rng } from './prng';
import { eligible, WAVES } from './waves';

/** Strain drop for a mentored trainee (≈0.4 SD: 42% → 28% above the burnout cut). */
export const MENTORED_STRAIN_SHIFT = 0.4;
const BASE_OFFSET = -0.12;
/** First-year residents and third-year students (clerkships) run hotter. */
const HOT_LEVELS = new Set(['PGY1', 'MS3', 'NR1']);

export interface WaveState {
	strain: number;
	mentored: boolean;
}

/** Mentored on a day: an open or running pairing with a mentor. */
export function mentoredOnDay(pairings: readonly Pairing[], day: Day): boolean {
	return pairings.some((p) => p.matched !== null && p.matched <= day && (p.end === null || p.end > day));
}

/** states[trainee][wave]: null when not eligible for the wave. */
export function waveStates(trainees: readonly Trainee[], pairingsByTrainee: readonly Pairing[][], rng: Rng): (WaveState | null)[][] {
	return trainees.map((t) =>
		WAVES.map((w) => {
			const noise = rng.normal();
			if (!eligible(t, w)) return null;
			const mentored = mentoredOnDay(pairingsByTrainee[t.index], w.opens);
			const level = levelOn(t.program, t.start, w.opens);
			const strain = 0.75 * t.distress + 0.6 * noise + t.program.strain + (HOT_LEVELS.has(level) ? 0.12 : 0) + BASE_OFFSET - (mentored ? MENTORED_STRAIN_SHIFT : 0);
			return { strain, mentored };
		})
	);
}

/** Does this trainee answer a survey wave? ~55–70% do; fewer of the disengaged. */
export function responds(t: Trainee, baseRate: number, rng: Rng): boolean {
	return rng.chance(sigmoid(logit(baseRate) + 0.75 * t.engagement - 0.25 * t.distress));
}

/** Mini-Z burnout item, 1 (enjoy my work) … 5 (completely burned out); ≥ 3 = burnout at strain ≥ 0. */
export function burnoutItem(strain: number): number {
	return strain < -1 ? 1 : strain < 0 ? 2 : strain < 0.7 ? 3 : strain < 1.4 ? 4 : 5;
}

/** PHQ-2 items 0–3. */
export function phq2Items(strain: number, rng: Rng): number[] {
	const shared = rng.normal();
	return [0, 1].map(() => {
		const v = 0.6 * strain + 0.5 * shared + 0.6 * rng.normal();
		return v < 0.2 ? 0 : v < 0.9 ? 1 : v < 1.6 ? 2 : 3;
	});
}

/** WHO-5 items 0–5 (higher = better). */
export function who5Items(strain: number, rng: Rng): number[] {
	const shared = rng.normal();
	return [0, 1, 2, 3, 4].map(() => Math.max(0, Math.min(5, Math.round(2.75 - 0.6 * strain + 0.6 * shared + 0.8 * rng.normal()))));
}

/** UCLA-3 items 1–3. */
export function ucla3Items(strain: number, loneliness: number, rng: Rng): number[] {
	return [0, 1, 2].map(() => {
		const v = 0.45 * strain + 0.45 * loneliness + 0.6 * rng.normal();
		return v < -0.2 ? 1 : v < 0.9 ? 2 : 3;
	});
}

const WBI_INTERCEPTS = [0.1, -0.6, -0.4, -1.3, 0.2, -0.5, -1.2];

/** Mayo WBI items (1 = yes): ≥ 5 yes marks high distress. */
export function wbiItems(strain: number, rng: Rng): number[] {
	return WBI_INTERCEPTS.map((a) => (rng.chance(sigmoid(a + 1.7 * strain)) ? 1 : 0));
}
