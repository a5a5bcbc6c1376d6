/**
 * Upper tail of the chi-square distribution, for the log-rank p-value. No statistics
 * package is bundled, so the special functions are written out here:
 *
 * - df = 1: P(χ²₁ > x) = erfc(√(x/2)). erfc by its Maclaurin series for erf below 2 and by
 *   the Laplace continued fraction above (Abramowitz & Stegun 7.1.5 and 7.1.14), both to
 *   double precision in the range a p-value needs.
 * - any df: P(χ²ₖ > x) = Q(k/2, x/2), the regularized upper incomplete gamma function, by
 *   its series for x < a + 1 and its Legendre continued fraction (modified Lentz) otherwise
 *   (Numerical Recipes 3rd ed. §6.2), with ln Γ from Lanczos' approximation (g = 7, n = 9).
 *
 * tests/unit/metrics/retention/chiSquare.test.ts checks both against Python's math.erfc and
 * math.lgamma (see reference.py there) and against each other at df = 1.
 */

const EPSILON = 1e-15;
const MAX_ITERATIONS = 500;
/** Smallest number the continued fractions divide by, to avoid 0/0 (Lentz). */
const TINY = 1e-300;

function erfSeries(x: number): number {
	// erf x = 2/√π Σ (−1)ⁿ x^(2n+1) / (n! (2n+1))
	let term = x;
	let sum = x;
	for (let n = 1; n < MAX_ITERATIONS; n++) {
		term *= (-x * x) / n;
		const next = term / (2 * n + 1);
		sum += next;
		if (Math.abs(next) < EPSILON * Math.abs(sum)) break;
	}
	return (2 / Math.sqrt(Math.PI)) * sum;
}

function erfcContinuedFraction(x: number): number {
	// erfc x = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …))))
	let f = x;
	let c = x;
	let d = 0;
	for (let n = 1; n < MAX_ITERATIONS; n++) {
		const a = n / 2;
		d = x + a * d;
		d = Math.abs(d) < TINY ? TINY : d;
		c = x + a / c;
		c = Math.abs(c) < TINY ? TINY : c;
		d = 1 / d;
		const delta = c * d;
		f *= delta;
		if (Math.abs(delta - 1) < EPSILON) break;
	}
	return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
}

/** Complementary error function erfc(x) = 1 − erf(x). */
export function erfc(x: number): number {
	if (Number.isNaN(x)) return NaN;
	if (x < 0) return 2 - erfc(-x);
	return x < 2 ? 1 - erfSeries(x) : erfcContinuedFraction(x);
}

const LANCZOS = [
	0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
	-0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7
];

/** ln Γ(a) for a > 0 (Lanczos, g = 7). */
export function lnGamma(a: number): number {
	if (!(a > 0)) throw new Error(`lnGamma needs a > 0: ${a}`);
	if (a < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * a)) - lnGamma(1 - a);
	const x = a - 1;
	let sum = LANCZOS[0];
	for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i] / (x + i);
	const t = x + 7.5;
	return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(sum);
}

function lowerGammaSeries(a: number, x: number): number {
	// P(a, x) = e^(−x) x^a / Γ(a+1) · Σ xⁿ / ((a+1)…(a+n))
	let term = 1 / a;
	let sum = term;
	for (let n = 1; n < MAX_ITERATIONS; n++) {
		term *= x / (a + n);
		sum += term;
		if (Math.abs(term) < EPSILON * Math.abs(sum)) break;
	}
	return sum * Math.exp(-x + a * Math.log(x) - lnGamma(a));
}

function upperGammaContinuedFraction(a: number, x: number): number {
	let b = x + 1 - a;
	let c = 1 / TINY;
	let d = 1 / b;
	let h = d;
	for (let i = 1; i < MAX_ITERATIONS; i++) {
		const an = -i * (i - a);
		b += 2;
		d = an * d + b;
		d = Math.abs(d) < TINY ? TINY : d;
		c = b + an / c;
		c = Math.abs(c) < TINY ? TINY : c;
		d = 1 / d;
		const delta = d * c;
		h *= delta;
		if (Math.abs(delta - 1) < EPSILON) break;
	}
	return Math.exp(-x + a * Math.log(x) - lnGamma(a)) * h;
}

/** Regularized upper incomplete gamma Q(a, x) = Γ(a, x)/Γ(a). */
export function regularizedGammaQ(a: number, x: number): number {
	if (!(a > 0)) throw new Error(`regularizedGammaQ needs a > 0: ${a}`);
	if (Number.isNaN(x) || x < 0) throw new Error(`regularizedGammaQ needs x ≥ 0: ${x}`);
	if (x === 0) return 1;
	return x < a + 1 ? 1 - lowerGammaSeries(a, x) : upperGammaContinuedFraction(a, x);
}

/** P(X > x) for X ~ χ² with `df` degrees of freedom. */
export function chiSquareSurvival(x: number, df: number): number {
	if (!Number.isInteger(df) || df < 1) throw new Error(`chi-square degrees of freedom must be a whole number ≥ 1: ${df}`);
	if (Number.isNaN(x)) throw new Error('chi-square statistic is NaN');
	if (x <= 0) return 1;
	if (df === 1) return erfc(Math.sqrt(x / 2));
	return regularizedGammaQ(df / 2, x / 2);
}
