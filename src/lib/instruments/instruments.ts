/**
 * Well-being instruments as configuration (DOMAIN.md §2): a name, its items, a scoring
 * rule and a flag rule. A program adds its own by adding an entry; nothing else changes.
 * Scores are computed at import (server/ingest) from these rules, so demo data and uploads
 * are scored the same way.
 */

export interface InstrumentItem {
	id: string;
	label: string;
	min: number;
	max: number;
}

export type ScoreRule =
	/** Sum of item values; null when fewer than minAnswered items answered. */
	| { kind: 'sum'; minAnswered: number }
	/** Mean of item values. */
	| { kind: 'mean'; minAnswered: number }
	/** The value of one item. */
	| { kind: 'item'; item: string };

export interface FlagRule {
	op: '>=' | '>' | '<' | '<=';
	threshold: number;
	/** What a flag means, in the words a coordinator reads (a flag, not a diagnosis). */
	label: string;
}

export interface Instrument {
	id: string;
	name: string;
	version: string;
	scoreRange: [number, number];
	items: readonly InstrumentItem[];
	score: ScoreRule;
	flag: FlagRule | null;
	source: string;
}

const items = (prefix: string, n: number, min: number, max: number, labels: string[]): InstrumentItem[] =>
	Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i + 1}`, label: labels[i] ?? `${prefix}${i + 1}`, min, max }));

export const INSTRUMENTS: readonly Instrument[] = [
	{
		id: 'mini_z_burnout',
		name: 'Mini-Z 2.0 burnout item',
		version: 'Mini-Z 2.0',
		scoreRange: [1, 5],
		items: [{ id: 'burnout', label: 'Using your own definition of burnout, which best describes your situation? (1 = I enjoy my work … 5 = completely burned out)', min: 1, max: 5 }],
		score: { kind: 'item', item: 'burnout' },
		// Mini-Z: answers 3–5 ("definitely burning out" or worse) count as burnout.
		flag: { op: '>=', threshold: 3, label: 'burnout' },
		source: 'Linzer et al., Mini-Z 2.0'
	},
	{
		id: 'phq2',
		name: 'PHQ-2',
		version: 'PHQ-2',
		scoreRange: [0, 6],
		items: items('phq', 2, 0, 3, ['Little interest or pleasure in doing things', 'Feeling down, depressed, or hopeless']),
		score: { kind: 'sum', minAnswered: 2 },
		// Kroenke 2003: a sum of 3 or more is a positive screen.
		flag: { op: '>=', threshold: 3, label: 'positive depression screen' },
		source: 'Kroenke, Spitzer & Williams 2003'
	},
	{
		id: 'who5',
		name: 'WHO-5 Well-Being Index',
		version: 'WHO-5 (1998)',
		scoreRange: [0, 25],
		items: items('who', 5, 0, 5, [
			'I have felt cheerful and in good spirits',
			'I have felt calm and relaxed',
			'I have felt active and vigorous',
			'I woke up feeling fresh and rested',
			'My daily life has been filled with things that interest me'
		]),
		score: { kind: 'sum', minAnswered: 5 },
		// Raw score below 13 (of 25) indicates poor well-being; ×4 gives the 0–100 scale.
		flag: { op: '<', threshold: 13, label: 'poor well-being' },
		source: 'Topp et al. 2015'
	},
	{
		id: 'ucla3',
		name: 'UCLA Loneliness Scale (3-item)',
		version: 'Hughes et al. 2004',
		scoreRange: [3, 9],
		items: items('ucla', 3, 1, 3, [
			'How often do you feel that you lack companionship?',
			'How often do you feel left out?',
			'How often do you feel isolated from others?'
		]),
		score: { kind: 'sum', minAnswered: 3 },
		flag: { op: '>=', threshold: 6, label: 'lonely' },
		source: 'Hughes et al. 2004'
	},
	{
		id: 'mayo_wbi',
		name: 'Mayo Well-Being Index (resident, 7 items)',
		version: 'Resident WBI 7-item',
		scoreRange: [0, 7],
		items: items('wbi', 7, 0, 1, [
			'Burned out from your work',
			'Worried that your work is hardening you emotionally',
			'Often bothered by feeling down, depressed, or hopeless',
			'Fallen asleep while sitting inactive in a public place',
			'Felt that all the things you had to do were piling up so high that you could not overcome them',
			'Been bothered by emotional problems',
			'Your physical health interfered with your ability to do your daily work'
		]),
		// Count of "yes" answers (1 = yes, 0 = no).
		score: { kind: 'sum', minAnswered: 7 },
		// Resident WBI: 5 or more "yes" marks high distress.
		flag: { op: '>=', threshold: 5, label: 'high distress' },
		source: 'Dyrbye et al., Mayo Clinic'
	}
];

export function instrument(id: string): Instrument {
	const found = INSTRUMENTS.find((i) => i.id === id);
	if (!found) throw new Error(`unknown instrument: ${id}`);
	return found;
}
