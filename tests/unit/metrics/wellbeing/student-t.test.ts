/**
 * Student's t quantiles against published values (R: qt(0.975, df); any t table):
 * df 1 → 12.706205, 2 → 4.302653, 3 → 3.182446, 5 → 2.570582, 10 → 2.228139,
 * 30 → 2.042272, 1000 → 1.962339; fractional df 3.5 → 2.940089 (Welch uses fractional df).
 * Also the small-cell rule used to mark suppressed rows.
 */
import { describe, expect, it } from 'vitest';
import { studentTCdf, studentTQuantile } from '../../../../src/lib/metrics/wellbeing/student-t';
import { isSmallCell } from '../../../../src/lib/metrics/wellbeing/wave-answers';

describe('studentTQuantile', () => {
	it.each([
		[1, 12.706204736],
		[2, 4.30265273],
		[3, 3.182446305],
		[5, 2.570581836],
		[10, 2.228138852],
		[30, 2.042272456],
		[1000, 1.962339081],
		[3.5, 2.940088638]
	])('t(0.975, %d) = %d', (df, expected) => {
		expect(studentTQuantile(0.975, df)).toBeCloseTo(expected, 6);
	});

	it('is symmetric and inverts the CDF', () => {
		expect(studentTQuantile(0.025, 5)).toBeCloseTo(-2.570581836, 6);
		expect(studentTCdf(2.570581836, 5)).toBeCloseTo(0.975, 8);
		expect(studentTCdf(0, 7)).toBeCloseTo(0.5, 10);
	});

	it('rejects impossible arguments', () => {
		expect(() => studentTQuantile(1, 5)).toThrow('invalid probability');
		expect(() => studentTQuantile(0.975, 0)).toThrow('invalid degrees of freedom');
	});
});

describe('isSmallCell', () => {
	it('hides 1..minCell−1 in the numerator, denominator or complement, never zero', () => {
		expect(isSmallCell(5, 40, undefined)).toBe(false);
		expect(isSmallCell(5, 40, 11)).toBe(true);
		expect(isSmallCell(35, 40, 11)).toBe(true);
		expect(isSmallCell(0, 40, 11)).toBe(false);
		expect(isSmallCell(0, 0, 11)).toBe(false);
		expect(isSmallCell(20, 40, 11)).toBe(false);
	});
});
