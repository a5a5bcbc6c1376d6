/**
 * Log-rank test that k retention curves are the same (DOMAIN.md §3: "log-rank test for
 * differences"). SQL sums, over the distinct event times t of all groups together,
 *   O_g = Σ d_g(t)                                  observed events in group g
 *   E_g = Σ d(t) · n_g(t) / n(t)                    expected under no difference
 *   V_gh = Σ d(n−d)/(n−1) · n_g/n · (δ_gh − n_h/n)  hypergeometric covariance (ties exact)
 * with n_g(t) the subjects of g still followed at t (time ≥ t: censored at t is at risk at
 * t, as in kaplanMeier.ts). TypeScript then solves χ² = (O−E)ᵀ V⁻¹ (O−E) on the first k−1
 * groups (V is singular: each row sums to 0) and reads p from χ² with k−1 df
 * (Collett, Modelling Survival Data in Medical Research, 3rd ed., §2.6; the same statistic
 * as R's survdiff and Stata's sts test).
 *
 * Groups with nobody at risk at any event time carry no information (V_gg = 0) and are left
 * out of the statistic and of df; fewer than two informative groups, or no events, gives no
 * test (all fields null).
 */
import { chiSquareSurvival } from './chiSquare';

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/** Row of logRankSql: one per ordered pair of groups (grp, other). */
export interface LogRankRow extends Record<string, unknown> {
	grp: string;
	other: string;
	observed: number;
	expected: number;
	covariance: number;
}

/**
 * SELECT (with its own WITH) over `subjects(grp, time, event)`, a CTE or table named in code.
 * Embed as `..., log_rank AS (${logRankSql('subjects')}) SELECT * FROM log_rank`.
 */
export function logRankSql(subjects: string): string {
	if (!IDENTIFIER.test(subjects)) throw new Error(`invalid relation name for the log-rank test: ${subjects}`);
	return `WITH lr_counts AS (
		SELECT grp, time, count(*) AS n_at, count(*) FILTER (WHERE event) AS d
		FROM ${subjects}
		GROUP BY grp, time
	),
	lr_grid AS (
		-- every group at every time, so n_g(t) is defined where g has no subject of its own
		SELECT g.grp, t.time, coalesce(c.n_at, 0) AS n_at, coalesce(c.d, 0) AS d
		FROM (SELECT DISTINCT grp FROM lr_counts) g
		CROSS JOIN (SELECT DISTINCT time FROM lr_counts) t
		LEFT JOIN lr_counts c ON c.grp = g.grp AND c.time = t.time
	),
	lr_risk AS (
		SELECT grp, time, d,
			CAST(sum(n_at) OVER (PARTITION BY grp ORDER BY time DESC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS DOUBLE) AS n_g
		FROM lr_grid
	),
	lr_times AS (
		SELECT time, sum(n_g) AS n, CAST(sum(d) AS DOUBLE) AS d
		FROM lr_risk
		GROUP BY time
		HAVING sum(d) > 0
	),
	lr_terms AS (
		SELECT r.grp, r.time, r.d AS d_g, r.n_g, t.n, t.d,
			CASE WHEN t.n > 1 THEN t.d * (t.n - t.d) / (t.n - 1) ELSE 0 END AS spread
		FROM lr_risk r JOIN lr_times t USING (time)
	),
	lr_oe AS (
		SELECT grp, CAST(sum(d_g) AS DOUBLE) AS observed, sum(d * n_g / n) AS expected
		FROM lr_terms
		GROUP BY grp
	),
	lr_cov AS (
		SELECT a.grp, b.grp AS other,
			sum(a.spread * a.n_g / a.n * ((CASE WHEN a.grp = b.grp THEN 1.0 ELSE 0.0 END) - b.n_g / a.n)) AS covariance
		FROM lr_terms a JOIN lr_terms b ON a.time = b.time
		GROUP BY a.grp, b.grp
	)
	SELECT c.grp, c.other, o.observed, o.expected, c.covariance
	FROM lr_cov c JOIN lr_oe o ON o.grp = c.grp`;
}

export interface LogRankGroup {
	group: string;
	observed: number;
	expected: number;
}

export interface LogRankTest {
	groups: LogRankGroup[];
	chiSquare: number | null;
	df: number | null;
	pValue: number | null;
}

/** Variances below this are rounding noise of a group that is never at risk. */
const NO_VARIANCE = 1e-12;

/** Solve A x = b by Gaussian elimination with partial pivoting; null when A is singular. */
function solve(a: number[][], b: number[]): number[] | null {
	const m = b.length;
	const rows = a.map((row, i) => [...row, b[i]]);
	for (let c = 0; c < m; c++) {
		let pivot = c;
		for (let r = c + 1; r < m; r++) if (Math.abs(rows[r][c]) > Math.abs(rows[pivot][c])) pivot = r;
		if (Math.abs(rows[pivot][c]) < NO_VARIANCE) return null;
		[rows[c], rows[pivot]] = [rows[pivot], rows[c]];
		for (let r = 0; r < m; r++) {
			if (r === c) continue;
			const factor = rows[r][c] / rows[c][c];
			for (let k = c; k <= m; k++) rows[r][k] -= factor * rows[c][k];
		}
	}
	return rows.map((row, i) => row[m] / row[i]);
}

/** χ², df and p from the SQL sums. Groups are taken in sorted order; the last is dropped. */
export function logRankTest(rows: readonly LogRankRow[]): LogRankTest {
	const names = [...new Set(rows.map((r) => r.grp))].sort();
	const cell = new Map(rows.map((r) => [`${r.grp}\u0000${r.other}`, r]));
	const groups = names.map((group) => {
		const own = cell.get(`${group}\u0000${group}`) as LogRankRow;
		return { group, observed: own.observed, expected: own.expected, variance: own.covariance };
	});
	const informative = groups.filter((g) => g.variance > NO_VARIANCE).map((g) => g.group);
	const summary = groups.map(({ group, observed, expected }) => ({ group, observed, expected }));
	const none: LogRankTest = { groups: summary, chiSquare: null, df: null, pValue: null };
	if (informative.length < 2) return none;

	const kept = informative.slice(0, -1);
	const v = kept.map((g) => kept.map((h) => cell.get(`${g}\u0000${h}`)?.covariance ?? 0));
	const diff = kept.map((g) => {
		const r = cell.get(`${g}\u0000${g}`) as LogRankRow;
		return r.observed - r.expected;
	});
	const x = solve(v, diff);
	if (!x) return none;
	const chiSquare = Math.max(0, diff.reduce((sum, d, i) => sum + d * x[i], 0));
	const df = kept.length;
	return { groups: summary, chiSquare, df, pValue: chiSquareSurvival(chiSquare, df) };
}
