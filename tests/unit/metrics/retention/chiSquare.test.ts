/**
 * Special functions behind the log-rank p-value, against Python's standard library
 * (reference.py: math.erfc, math.lgamma, and the closed-form chi-square tail for whole df),
 * and against each other: P(χ²₁ > x) by erfc must equal Q(1/2, x/2).
 */
import { describe, expect, it } from 'vitest';
import { chiSquareSurvival, erfc, lnGamma, regularizedGammaQ } from '../../../../src/lib/metrics/retention/chiSquare';

/** Relative closeness: p-values span many orders of magnitude. */
const relClose = (actual: number, expected: number, tol = 1e-10) =>
	expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tol * Math.max(Math.abs(expected), 1e-300));

describe('erfc', () => {
	const python: [number, number][] = [
		[0, 1.0],
		[0.1, 0.8875370839817152],
		[0.5, 0.4795001221869535],
		[1, 0.15729920705028513],
		[1.5, 0.033894853524689274],
		[1.99, 0.004888586800383003],
		[2, 0.004677734981047265],
		[2.5, 0.0004069520174449589],
		[3, 2.2090496998585438e-5],
		[4, 1.541725790028002e-8],
		[6, 2.1519736712498916e-17]
	];
	it.each(python)('erfc(%d) matches math.erfc', (x, expected) => relClose(erfc(x), expected, 1e-12));

	it('is symmetric about 1: erfc(−x) = 2 − erfc(x)', () => {
		expect(erfc(-0.5)).toBeCloseTo(2 - 0.4795001221869535, 14);
	});
});

describe('lnGamma', () => {
	const python: [number, number][] = [
		[0.5, 0.5723649429247004],
		[1.5, -0.12078223763524543],
		[2.5, 0.2846828704729196],
		[3, 0.693147180559945],
		[7.5, 7.534364236758734],
		[10, 12.801827480081467],
		[25.5, 56.389167643719944]
	];
	it.each(python)('lnGamma(%d) matches math.lgamma', (a, expected) => expect(lnGamma(a)).toBeCloseTo(expected, 12));
	it('is 0 at 1 and 2', () => {
		expect(lnGamma(1)).toBeCloseTo(0, 13);
		expect(lnGamma(2)).toBeCloseTo(0, 13);
	});
});

describe('chiSquareSurvival', () => {
	const python: [number, number, number][] = [
		[0.5, 1, 0.4795001221869535],
		[3.841458820694124, 1, 0.05],
		[10, 1, 0.0015654022580025488],
		[0.5, 2, 0.7788007830714049],
		[5.991464547107979, 2, 0.05],
		[4, 3, 0.26146412994911067],
		[7.814727903251178, 3, 0.05],
		[12, 5, 0.03478778050624185],
		[3, 6, 0.8088468305380581],
		[30, 6, 3.930844818448461e-5],
		[1, 9, 0.9994375026978323]
	];
	it.each(python)('P(χ² > %d, df %d) matches the closed form', (x, df, expected) => relClose(chiSquareSurvival(x, df), expected, 1e-10));

	it('uses erfc at df 1, which agrees with the regularized gamma', () => {
		for (const x of [0.01, 0.3, 1, 2.7, 6.63, 15, 40]) relClose(chiSquareSurvival(x, 1), regularizedGammaQ(0.5, x / 2), 1e-10);
	});

	it('is 1 at 0 and rejects bad degrees of freedom', () => {
		expect(chiSquareSurvival(0, 3)).toBe(1);
		expect(() => chiSquareSurvival(1, 0)).toThrow(/degrees of freedom/);
		expect(() => chiSquareSurvival(1, 1.5)).toThrow(/degrees of freedom/);
	});
});
