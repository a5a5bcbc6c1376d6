/**
 * Student's t quantile for confidence intervals of a mean change (paired-change.ts).
 *
 * Why t and not normal: paired groups in a program are often small (n < 30), where the
 * normal quantile 1.96 gives intervals too narrow; t with n − 1 degrees of freedom is the
 * textbook interval for a mean of paired differences and tends to 1.96 as n grows.
 *
 * DuckDB has no t quantile, so it is computed here: the CDF through the regularized
 * incomplete beta function (continued fraction, Numerical Recipes §6.4), inverted by
 * bisection. Accurate to ~1e-10, far below what a chart shows.
 */

/** ln Γ(x), Lanczos approximation (g = 7, n = 9). */
function logGamma(x: number): number {
	const c = [
		0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
		-0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7
	];
	if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
	x -= 1;
	let a = c[0];
	const t = x + 7.5;
	for (let i = 1; i < 9; i++) a += c[i] / (x + i);
	return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Continued fraction for the incomplete beta function (Lentz's method). */
function betaContinuedFraction(a: number, b: number, x: number): number {
	const tiny = 1e-300;
	let c = 1;
	let d = 1 - ((a + b) * x) / (a + 1);
	if (Math.abs(d) < tiny) d = tiny;
	d = 1 / d;
	let h = d;
	for (let m = 1; m <= 300; m++) {
		const m2 = 2 * m;
		let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
		d = 1 + aa * d;
		if (Math.abs(d) < tiny) d = tiny;
		c = 1 + aa / c;
		if (Math.abs(c) < tiny) c = tiny;
		d = 1 / d;
		h *= d * c;
		aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
		d = 1 + aa * d;
		if (Math.abs(d) < tiny) d = tiny;
		c = 1 + aa / c;
		if (Math.abs(c) < tiny) c = tiny;
		d = 1 / d;
		const delta = d * c;
		h *= delta;
		if (Math.abs(delta - 1) < 1e-14) break;
	}
	return h;
}

/** Regularized incomplete beta I_x(a, b). */
function incompleteBeta(x: number, a: number, b: number): number {
	if (x <= 0) return 0;
	if (x >= 1) return 1;
	const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
	return x < (a + 1) / (a + b + 2) ? (front * betaContinuedFraction(a, b, x)) / a : 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** P(T ≤ t) for Student's t with df degrees of freedom. */
export function studentTCdf(t: number, df: number): number {
	const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
	return t >= 0 ? 1 - tail : tail;
}

/** The p-quantile of Student's t with df > 0 degrees of freedom (df may be fractional, as in Welch). */
export function studentTQuantile(p: number, df: number): number {
	if (!(p > 0 && p < 1)) throw new Error(`invalid probability for t quantile: ${p}`);
	if (!(df > 0) || !Number.isFinite(df)) throw new Error(`invalid degrees of freedom: ${df}`);
	if (p < 0.5) return -studentTQuantile(1 - p, df);
	let lo = 0;
	let hi = 1;
	while (studentTCdf(hi, df) < p) hi *= 2;
	for (let i = 0; i < 200 && hi - lo > 1e-12; i++) {
		const mid = (lo + hi) / 2;
		if (studentTCdf(mid, df) < p) lo = mid;
		else hi = mid;
	}
	return (lo + hi) / 2;
}
