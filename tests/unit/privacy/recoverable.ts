/**
 * An attacker's view of a suppressed table, independent of the suppression code: which
 * hidden entries do the shown entries and the row/column equations pin down?
 *
 * Bounding argument (instead of solving an LP per cell): let H be the hidden entries and
 * A·x_H = b the line equations after moving shown entries to the right. x_k is fixed by
 * the equations exactly when the unit vector e_k lies in the row space of A, i.e. when
 * appending e_k to A does not raise its rank. If x_k is not fixed, some d with A·d = 0 has
 * d_k ≠ 0; when every hidden value is ≥ 1, x ± εd stays non-negative for small ε, so the
 * real min and max of x_k over the non-negative solutions differ (min < x_k < max).
 * A hidden 0 would sit on its bound and break the argument; callers assert none exists.
 */

/** Entries of the table with margins: row R = column totals, column C = row totals. */
export function withMargins(counts: readonly (readonly number[])[]): number[][] {
	const rows = counts.map((r) => [...r, r.reduce((a, b) => a + b, 0)]);
	const cols = rows[0].length;
	rows.push(Array.from({ length: cols }, (_, j) => rows.reduce((s, r) => s + r[j], 0)));
	return rows;
}

/** Line equations over the (R+1)×(C+1) entries, as coefficient rows indexed i*(C+1)+j. */
function lineEquations(rows: number, cols: number): number[][] {
	const width = rows * cols;
	const eqs: number[][] = [];
	const index = (i: number, j: number) => i * cols + j;
	for (let i = 0; i < rows; i++) {
		const eq = new Array<number>(width).fill(0);
		for (let j = 0; j < cols - 1; j++) eq[index(i, j)] = 1;
		eq[index(i, cols - 1)] = -1;
		eqs.push(eq);
	}
	for (let j = 0; j < cols; j++) {
		const eq = new Array<number>(width).fill(0);
		for (let i = 0; i < rows - 1; i++) eq[index(i, j)] = 1;
		eq[index(rows - 1, j)] = -1;
		eqs.push(eq);
	}
	return eqs;
}

function rank(matrix: number[][]): number {
	const m = matrix.map((r) => [...r]);
	const cols = m.length === 0 ? 0 : m[0].length;
	let r = 0;
	for (let c = 0; c < cols && r < m.length; c++) {
		let pivot = r;
		for (let i = r + 1; i < m.length; i++) if (Math.abs(m[i][c]) > Math.abs(m[pivot][c])) pivot = i;
		if (Math.abs(m[pivot][c]) < 1e-9) continue;
		[m[r], m[pivot]] = [m[pivot], m[r]];
		for (let i = 0; i < m.length; i++) {
			if (i === r) continue;
			const f = m[i][c] / m[r][c];
			if (f !== 0) for (let k = c; k < cols; k++) m[i][k] -= f * m[r][k];
		}
		r++;
	}
	return r;
}

/**
 * Hidden entries (as [i, j] in the table with margins) that the equations determine.
 * `hidden[i][j]` marks what the reader cannot see.
 */
export function determinedEntries(hidden: readonly (readonly boolean[])[]): [number, number][] {
	const rows = hidden.length;
	const cols = hidden[0].length;
	const unknowns: [number, number][] = [];
	hidden.forEach((r, i) => r.forEach((h, j) => h && unknowns.push([i, j])));
	if (unknowns.length === 0) return [];
	const a = lineEquations(rows, cols).map((eq) => unknowns.map(([i, j]) => eq[i * cols + j]));
	const base = rank(a);
	return unknowns.filter((_, k) => {
		const unit = unknowns.map((_, l) => (l === k ? 1 : 0));
		return rank([...a, unit]) === base;
	});
}

/** The 1-D case: one equation, cells sum to the total; an entry is fixed iff it is the only one hidden. */
export function determinedInList(hidden: readonly boolean[]): number[] {
	const idx = hidden.flatMap((h, i) => (h ? [i] : []));
	return idx.length === 1 ? idx : [];
}

/** An entry of one table of several: which table, and [i, j] in its table with margins. */
export interface TableEntry {
	table: number;
	at: readonly [number, number];
}

/**
 * Several tables released together, attacked as one linear system. `same` lists groups of
 * entries that hold one number (a program's total in two tables): each group is one unknown,
 * known as soon as any of its entries is visible. `sums` says a number (`value`, an entry)
 * equals the sum of entries of another table (a program's trainees = its URiM + not URiM +
 * unknown trainee cells). Returns the entries marked `suppressed` that the system pins down.
 * Written apart from src/lib/privacy/joint-system.ts, with the rank test above.
 */
export function determinedAcrossTables(
	tables: readonly { unknown: readonly (readonly boolean[])[]; suppressed: readonly (readonly boolean[])[] }[],
	same: readonly (readonly TableEntry[])[] = [],
	sums: readonly { value: TableEntry; parts: readonly TableEntry[] }[] = []
): TableEntry[] {
	// Union of linked entries, then one unknown per class with no visible member.
	const id = (e: TableEntry) => `${e.table}:${e.at[0]}:${e.at[1]}`;
	const parent = new Map<string, string>();
	const find = (k: string): string => {
		const p = parent.get(k) ?? k;
		if (p === k) return k;
		const root = find(p);
		parent.set(k, root);
		return root;
	};
	for (const group of same) for (const e of group.slice(1)) parent.set(find(id(e)), find(id(group[0])));
	const visible = new Set<string>();
	tables.forEach((t, ti) => t.unknown.forEach((r, i) => r.forEach((u, j) => !u && visible.add(find(id({ table: ti, at: [i, j] }))))));
	const column = new Map<string, number>();
	const unknownOf = (e: TableEntry): number | null => {
		const root = find(id(e));
		if (visible.has(root) || !tables[e.table].unknown[e.at[0]][e.at[1]]) return null;
		if (!column.has(root)) column.set(root, column.size);
		return column.get(root)!;
	};
	const terms: { c: number; e: TableEntry }[][] = [];
	tables.forEach((t, ti) => {
		const rows = t.unknown.length;
		const cols = t.unknown[0].length;
		for (let i = 0; i < rows; i++)
			terms.push(Array.from({ length: cols }, (_, j) => ({ c: j === cols - 1 ? -1 : 1, e: { table: ti, at: [i, j] as const } })));
		for (let j = 0; j < cols; j++)
			terms.push(Array.from({ length: rows }, (_, i) => ({ c: i === rows - 1 ? -1 : 1, e: { table: ti, at: [i, j] as const } })));
	});
	for (const s of sums) terms.push([{ c: -1, e: s.value }, ...s.parts.map((e) => ({ c: 1, e }))]);
	const candidates: TableEntry[] = [];
	tables.forEach((t, ti) => t.suppressed.forEach((r, i) => r.forEach((s, j) => s && candidates.push({ table: ti, at: [i, j] }))));
	// Visible-but-linked suppressed entries are given away outright.
	const direct = candidates.filter((e) => unknownOf(e) === null);
	for (const e of [...candidates, ...terms.flat().map((t) => t.e)]) unknownOf(e);
	const width = column.size;
	const a = terms.map((eq) => {
		const row = new Array<number>(width).fill(0);
		for (const { c, e } of eq) {
			const k = unknownOf(e);
			if (k !== null) row[k] += c;
		}
		return row;
	});
	const base = rank(a);
	const pinned = candidates.filter((e) => {
		const k = unknownOf(e);
		if (k === null) return false;
		const unit = Array.from({ length: width }, (_, l) => (l === k ? 1 : 0));
		return rank([...a, unit]) === base;
	});
	return [...direct, ...pinned];
}
