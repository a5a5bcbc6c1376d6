/**
 * Wilson score interval for a proportion k/n, as plain SQL expressions.
 *
 * Why Wilson: DOMAIN.md §3 asks for Wilson CIs on prevalences. Unlike the Wald interval it
 * stays inside [0, 1] and keeps its coverage at small n and at p = 0 or 1, which is where
 * program-level well-being numbers live (Brown, Cai & DasGupta 2001).
 *
 * Why expressions rather than `CREATE MACRO`: a macro is catalog state that would have to
 * be installed on every connection of both engines (node-api and duckdb-wasm) before any
 * metric runs, and the SQL shown on the glossary page would not be self-contained. An
 * expression builder gives SQL that runs as-is anywhere and reads the same in the glossary.
 *
 *   lower, upper = (p + z²/2n ∓ z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n),  p = k/n
 *
 * `k` and `n` must be SQL expressions written in code (column names of a prior CTE), never
 * user input. Both bounds are NULL when n is 0 or NULL: no respondents, no interval.
 */

/** Two-sided 95% normal quantile, Φ⁻¹(0.975). */
export const Z_95 = 1.959963984540054;

export interface WilsonSql {
	lower: string;
	upper: string;
}

/** SQL expressions for the Wilson bounds of k successes in n trials. */
export function wilsonBoundsSql(k: string, n: string, z: number = Z_95): WilsonSql {
	if (!(z > 0) || !Number.isFinite(z)) throw new Error(`invalid z for Wilson interval: ${z}`);
	const z2 = `CAST(${z * z} AS DOUBLE)`;
	const nd = `CAST(${n} AS DOUBLE)`;
	const p = `(CAST(${k} AS DOUBLE) / ${nd})`;
	const centre = `(${p} + ${z2} / (2 * ${nd}))`;
	const half = `(CAST(${z} AS DOUBLE) * sqrt(${p} * (1 - ${p}) / ${nd} + ${z2} / (4 * ${nd} * ${nd})))`;
	const scale = `(1 + ${z2} / ${nd})`;
	// greatest/least only remove float noise at p = 0 and p = 1, where a bound is exactly 0 or 1.
	return {
		lower: `CASE WHEN ${n} > 0 THEN greatest(0.0, (${centre} - ${half}) / ${scale}) END`,
		upper: `CASE WHEN ${n} > 0 THEN least(1.0, (${centre} + ${half}) / ${scale}) END`
	};
}
