/**
 * The suggested-match score's components and weights, as data (issue 4: "scored
 * transparently"). Each component is a number from 0 to 1; a suggestion's score is the sum
 * of weight × component, out of 100. The page prints every component with its weight, so
 * a coordinator can see why one mentor ranks above another and disagree with it.
 *
 * Weights are a product choice, not a published instrument: shared specialty matters most
 * to trainees asking for a mentor, then a mentor's room to take someone on and the
 * profession question, then the mentor's record. A program can change them here.
 */
export interface MatchComponent {
	id: 'specialty' | 'profession' | 'concordance' | 'load' | 'record';
	label: string;
	weight: number;
	/** How the 0–1 value is worked out, as the page explains it. */
	rule: string;
}

export const MATCH_COMPONENTS: readonly MatchComponent[] = [
	{ id: 'specialty', label: 'Shared specialty interest', weight: 35, rule: '1 when the mentor’s specialty is the trainee’s stated interest; 0 otherwise, or when the trainee is undecided' },
	{
		id: 'profession',
		label: 'Profession',
		weight: 20,
		rule: '1 for the same profession; with “seek a cross-discipline mentor” on, 1 for a different profession instead'
	},
	{
		id: 'concordance',
		label: 'Concordance preference',
		weight: 10,
		// The canonical model (schema/tables.ts) has no field for a trainee's concordance
		// preference (e.g. "a mentor who shares my background"), and no export we read carries
		// one: the component stays at 0 for everyone until the model gains such a column.
		rule: 'not recorded: the roster has no field for a trainee’s concordance preference, so this is 0 for every mentor'
	},
	{ id: 'load', label: 'Room to take a mentee', weight: 20, rule: 'free places ÷ capacity on the data date' },
	{
		id: 'record',
		label: 'Past pairings',
		weight: 15,
		rule: '1 − share of the mentor’s ended pairings that ended early (ended early, mentor left, rematched; a trainee leaving the program is not counted); 0.5 with no ended pairing yet'
	}
];

/** Value of the record component for a mentor with no ended pairing: neither good nor bad. */
export const NO_RECORD_VALUE = 0.5;

export function componentWeight(id: MatchComponent['id']): number {
	const found = MATCH_COMPONENTS.find((c) => c.id === id);
	if (!found) throw new Error(`unknown match component: ${id}`);
	return found.weight;
}
