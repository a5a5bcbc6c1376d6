/** The programs' survey calendar (notes/exports.md) and who is eligible for each wave. */
import { dayOf, type Day } from './calendar';
import type { Trainee } from './model';

export interface Wave {
	id: string;
	label: string;
	opens: Day;
	closes: Day;
	redcapEvent: string;
}

const wave = (id: string, label: string, opens: string, closes: string, redcapEvent: string): Wave => ({
	id, label, opens: dayOf(opens), closes: dayOf(closes), redcapEvent
});

export const WAVES: readonly Wave[] = [
	wave('2025-autumn', 'Autumn 2025', '2025-10-06', '2025-10-31', 'autumn_2025_arm_1'),
	wave('2026-spring', 'Spring 2026', '2026-03-02', '2026-03-27', 'spring_2026_arm_1'),
	wave('2026-autumn', 'Autumn 2026', '2026-10-05', '2026-10-30', 'autumn_2026_arm_1')
];

/** Eligible = enrolled on the day the wave opens (DOMAIN.md §3 denominators). */
export function eligible(t: Trainee, w: Wave): boolean {
	return t.start <= w.opens && (t.exit === null || t.exit > w.opens);
}

/** Last day a trainee could answer: the wave's close, or the day before they left. */
export function lastAnswerDay(t: Trainee, w: Wave): Day {
	return t.exit === null ? w.closes : Math.min(w.closes, t.exit - 1);
}
