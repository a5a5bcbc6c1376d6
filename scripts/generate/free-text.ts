/**
 * Answers to Qualtrics Q5 "Is there anything you would like your program to know?".
 * Real comments carry commas, quotes and line breaks; these do too, so the importer's
 * CSV parsing is exercised. They name no one.
 */
import type { Rng } from './prng';

const COMMENTS: readonly string[] = [
	'More protected time for mentoring, please.',
	'Call schedule is brutal this block, but my team is great.',
	'My mentor has been the best part of this year.',
	'I would like help finding a research mentor.',
	'Parking, food at night, and lockers: small things add up.',
	'We need a "real" day off after nights, not a post-call half day.',
	'The wellness sessions are scheduled when nobody can attend.',
	'Thank you for the peer support group.',
	'Hard to find time to meet my mentor; we keep rescheduling.',
	'Feeling isolated since moving here.\nWould love more social events.',
	'Please bring back in-person meetings, virtual feels "checked box".',
	'Financial stress is real. Loan counseling would help.',
	'N/A',
	'no',
	'Workload is fine.\n\nThe documentation burden is not.',
	'I was never matched with a mentor even though I asked twice.',
	'The interprofessional simulation was excellent, more of those.',
	'Childcare, childcare, childcare.',
	'I don\'t feel comfortable raising concerns with my program director.',
	'Survey is too long, but thanks for asking.'
];

export function freeTextComment(rng: Rng): string {
	return rng.pick(COMMENTS);
}
