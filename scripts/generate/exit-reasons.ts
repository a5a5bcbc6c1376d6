/**
 * Why trainees leave: a code (tables.ts EXIT_REASONS) and the short free text staff type.
 * Attrition reasons compete with graduation and transfer (DOMAIN.md §3).
 */
import type { Trainee } from './model';
import type { Rng } from './prng';

export type AttritionCode = 'academic' | 'personal' | 'health' | 'financial' | 'career_change' | 'dismissed';

const TEXTS: Record<AttritionCode | 'transferred' | 'graduated', readonly string[]> = {
	academic: [
		'Did not meet progression standards after remediation',
		'Academic difficulty; withdrew in good standing',
		'Unsuccessful on required exam after two attempts',
		'Could not complete remediation plan'
	],
	personal: ['Personal reasons', 'Family reasons, relocated out of state', "Relocated for spouse's job", 'Caregiving for a parent'],
	health: ['Health reasons', 'Medical leave converted to withdrawal', 'Withdrew for health reasons, may reapply'],
	financial: ['Financial hardship', 'Financial reasons; could not continue', 'Cost of attendance, took a paid position'],
	career_change: [
		'Decided to pursue a different career',
		'Left for a non-clinical role in industry',
		'Said "this is not the right fit", changed careers',
		'Changed specialty, left program'
	],
	dismissed: ['Dismissed after probation', 'Dismissed for professionalism concerns'],
	transferred: ['Transferred to another program', 'Transferred to a program closer to family', 'Transferred to another unit'],
	graduated: ['Completed program']
};

const BASE: readonly (readonly [AttritionCode, number])[] = [
	['academic', 0.28], ['personal', 0.24], ['health', 0.12], ['financial', 0.1], ['career_change', 0.2], ['dismissed', 0.06]
];

/** New nurses mostly leave for other jobs or personal reasons. */
const NURSING: readonly (readonly [AttritionCode, number])[] = [
	['academic', 0.1], ['personal', 0.3], ['health', 0.12], ['financial', 0.08], ['career_change', 0.35], ['dismissed', 0.05]
];

export function attritionReason(t: Trainee, rng: Rng): { code: AttritionCode; text: string } {
	const table = t.program.id === 'NRP' ? NURSING : BASE;
	// Low-income trainees leave for financial reasons more often.
	const weights = t.demographics.lowIncome ? table.map(([c, w]) => [c, c === 'financial' ? w * 2.5 : w] as const) : table;
	const code = rng.weighted(weights);
	return { code, text: rng.pick(TEXTS[code]) };
}

export const transferText = (rng: Rng): string => rng.pick(TEXTS.transferred);
export const GRADUATED_TEXT = TEXTS.graduated[0];
