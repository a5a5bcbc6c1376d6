/**
 * The meeting log of each matched pairing. Cadence follows the program and the mentee's
 * engagement; ~82% of scheduled meetings happen, the rest are cancelled or missed;
 * durations 20–90 min; ratings mostly 3–5; virtual meetings rise from ~20% (2021) to ~55%
 * (2026). About 15% of open pairings go quiet (no completed meeting in the last 60+ days
 * before the as-of date), some of them with a run of cancellations; pairings that end early
 * often go quiet first.
 */
import { nextWeekday, yearOf, type Day, isoDate } from './calendar';
import type { CsvFile } from './csv-file';
import type { Pairing, Trainee } from './model';
import { AS_OF } from './options';
import type { Rng } from './prng';

export const MEETING_HEADER = ['Meeting ID', 'Pairing ID', 'Date', 'Status', 'Duration (min)', 'Format', 'Mentee Rating'];

const DURATIONS = [20, 25, 30, 30, 30, 40, 45, 45, 45, 50, 60, 60, 60, 75, 90];
const RATINGS: readonly (readonly [number, number])[] = [[5, 0.46], [4, 0.35], [3, 0.13], [2, 0.04], [1, 0.02]];

/** Share of meetings held virtually in a year: 20% in 2021 → 55% in 2026. */
export function virtualShare(year: number): number {
	return Math.min(0.6, Math.max(0.2, 0.2 + 0.07 * (year - 2021)));
}

function format(day: Day, rng: Rng): string {
	const r = rng.next();
	if (r < 0.06) return 'Phone';
	return r < 0.06 + virtualShare(yearOf(day)) ? 'Virtual' : 'In person';
}

interface QuietSpell {
	from: Day;
	/** Cancellations/no-shows logged after going quiet (0 = silence). */
	misses: number;
}

function quietSpell(p: Pairing, t: Trainee, rng: Rng): QuietSpell | null {
	const misses = rng.chance(0.45) ? rng.int(1, 3) : 0;
	if (p.end === null) {
		const chance = 0.04 + (t.engagement < -0.7 ? 0.06 : 0);
		return rng.chance(chance) ? { from: AS_OF - rng.int(60, 240), misses } : null;
	}
	if (p.endReason === 'ended_early' || p.endReason === 'rematched') return rng.chance(0.5) ? { from: p.end - rng.int(45, 120), misses } : null;
	return null;
}

export const meetingId = (n: number): string => `MT${String(n).padStart(8, '0')}`;

/** The meetings.csv writer: numbers meetings in the order pairings are written. */
export class MeetingLog {
	count = 0;

	constructor(
		private readonly out: CsvFile,
		private readonly rng: Rng
	) {}

	/** Write one pairing's meetings. */
	write(pairingId: string, p: Pairing, t: Trainee): void {
		if (p.matched === null) return;
		const rng = this.rng;
		const until = p.end ?? AS_OF;
		const quiet = quietSpell(p, t, rng);
		const cadence = t.program.meetingEveryDays * Math.exp(-0.2 * t.engagement);
		const pCompleted = Math.min(0.93, Math.max(0.65, 0.82 + 0.04 * t.engagement));
		let misses = 0;
		for (let d = p.matched + rng.int(5, 21); ; d += Math.max(7, Math.round(cadence * (0.7 + 0.6 * rng.next())))) {
			const day = nextWeekday(d);
			if (day >= until) break;
			const inQuiet = quiet !== null && day >= quiet.from;
			if (inQuiet && misses >= quiet.misses) break;
			let status = rng.chance(pCompleted) ? 'Completed' : rng.chance(0.7) ? 'Cancelled' : 'No-show';
			if (inQuiet) {
				status = rng.chance(0.75) ? 'Cancelled' : 'No-show';
				misses++;
			}
			const done = status === 'Completed';
			const rating = done && rng.chance(0.8) ? Math.max(1, rng.weighted(RATINGS) - (t.distress > 1.5 && rng.chance(0.3) ? 1 : 0)) : null;
			this.out.row([meetingId(++this.count), pairingId, isoDate(day), status, done ? rng.pick(DURATIONS) : null, format(day, rng), rating]);
		}
	}
}
