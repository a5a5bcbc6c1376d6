/**
 * How much a score must worsen between two waves to be worth a coordinator's call, as data
 * beside the instruments' flag rules (instruments.ts). Raw-score units of each instrument.
 * An instrument with no entry is judged on its flag alone.
 *
 * These drive the worklist's well-being reason (metrics/worklist/distress.ts): a flag, not
 * a diagnosis.
 */
import { INSTRUMENTS, type Instrument } from './instruments';

export interface MeaningfulChange {
	instrument: string;
	/** Raw-score change that counts as a meaningful worsening (always positive). */
	worsening: number;
	/** Why this size, with its source. */
	source: string;
}

export const MEANINGFUL_CHANGES: readonly MeaningfulChange[] = [
	{
		instrument: 'mayo_wbi',
		worsening: 2,
		// Two more "yes" answers: a product choice for the 7-item resident index (issue 4
		// brief), not a published cut-off; a program can change it here.
		source: 'worklist rule: +2 "yes" answers between waves'
	},
	{
		instrument: 'who5',
		// DOMAIN.md §2: a 10-point change on the 0–100 scale is meaningful; raw = 0–100 ÷ 4.
		worsening: 2.5,
		source: 'Topp et al. 2015: 10 points on the 0–100 scale (2.5 raw)'
	}
];

/** Short names for the worklist's evidence sentences; the full name otherwise. */
const SHORT_NAMES: Record<string, string> = {
	mayo_wbi: 'Mayo WBI',
	phq2: 'PHQ-2',
	who5: 'WHO-5',
	mini_z_burnout: 'Mini-Z burnout item',
	ucla3: 'UCLA loneliness'
};

/** +1 when a higher score is worse (flag rule ≥ or >), −1 when lower is worse (WHO-5: < 13). */
export function worseDirection(instrument: Instrument): 1 | -1 {
	return instrument.flag && (instrument.flag.op === '<' || instrument.flag.op === '<=') ? -1 : 1;
}

export interface InstrumentWatchRule {
	instrument: string;
	name: string;
	scoreMax: number;
	direction: 1 | -1;
	/** null when only the flag counts. */
	worsening: number | null;
	flagLabel: string | null;
}

/** Every instrument the worklist watches: all with a flag rule or a meaningful change. */
export function instrumentWatchRules(instruments: readonly Instrument[] = INSTRUMENTS): InstrumentWatchRule[] {
	return instruments
		.map((i) => ({
			instrument: i.id,
			name: SHORT_NAMES[i.id] ?? i.name,
			scoreMax: i.scoreRange[1],
			direction: worseDirection(i),
			worsening: MEANINGFUL_CHANGES.find((c) => c.instrument === i.id)?.worsening ?? null,
			flagLabel: i.flag?.label ?? null
		}))
		.filter((r) => r.flagLabel !== null || r.worsening !== null);
}
