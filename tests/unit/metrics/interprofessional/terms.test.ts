/**
 * Academic term boundaries (terms.ts): Spring 1 Jan – 31 May, Summer 1 Jun – 31 Jul,
 * Fall 1 Aug – 31 Dec. The last day of May and the first of June sit in different terms.
 */
import { describe, expect, it } from 'vitest';
import { termBounds, termOf } from '../../../../src/lib/metrics/interprofessional/terms';

describe('academic terms', () => {
	it('splits the year at 1 Jun and 1 Aug', () => {
		expect(termOf('2025-05-31').termId).toBe('2025-spring');
		expect(termOf('2025-06-01').termId).toBe('2025-summer');
		expect(termOf('2025-07-31').termId).toBe('2025-summer');
		expect(termOf('2025-08-01').termId).toBe('2025-fall');
		expect(termOf('2025-12-31').termId).toBe('2025-fall');
		expect(termOf('2026-01-01').termId).toBe('2026-spring');
	});

	it('gives first and last days and a readable label', () => {
		expect(termBounds('2024-spring')).toEqual({ termId: '2024-spring', label: 'Spring 2024', from: '2024-01-01', to: '2024-05-31' });
		expect(termBounds('2024-summer')).toMatchObject({ from: '2024-06-01', to: '2024-07-31' });
		expect(termBounds('2024-fall')).toMatchObject({ label: 'Fall 2024', from: '2024-08-01', to: '2024-12-31' });
	});

	it('rejects an unknown term id, naming it', () => {
		expect(() => termBounds('2024-winter')).toThrow(/2024-winter/);
		expect(() => termOf('2024-13-01')).toThrow(/invalid date/);
	});
});
