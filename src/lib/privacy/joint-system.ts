/**
 * The reader's linear system over several tables released together (one report, or the
 * reviewer's linked tables), used by linked-suppression.ts to check its own result.
 *
 * Unknowns are the entries a reader cannot see: suppressed ones and totals a table does not
 * print. A number that appears in several tables (a shared value) is one unknown, and it is
 * known as soon as one table shows it. A shared value may also appear as the sum of several
 * entries of a table (a program's trainees are the sum of its URiM, not-URiM and unknown
 * trainee cells); that gives one more equation. Equations: every line of every table
 * (entries add up to the line's total), plus those sums. A hidden entry is pinned down
 * exactly when every direction d with A·d = 0 leaves it still: after reducing A to row
 * echelon form, when it is a pivot whose row has no coefficient on a free unknown.
 *
 * Floating point is exact enough here: coefficients are 0, ±1 and elimination on a few
 * hundred unknowns keeps them small; the tolerance only absorbs rounding.
 */

/** One table with margins: values[i][j], row R = column totals, column C = row totals. */
export interface JointTable {
	values: readonly (readonly number[])[];
	/** Suppressed entries. */
	hidden: readonly (readonly boolean[])[];
	/** Entries the table prints at all (totals a table leaves out are false). */
	printed: readonly (readonly boolean[])[];
}

/** A number shared by tables: each appearance is one entry, or the sum of several, of one table. */
export interface JointShared {
	key: string;
	appearances: readonly { table: number; entries: readonly (readonly [number, number])[] }[];
}

export interface JointEntry {
	table: number;
	row: number;
	column: number;
}

const EPSILON = 1e-9;

/** Column indices (into the unknowns) that the equations pin down. */
function pinnedUnknowns(equations: number[][], unknowns: number): Set<number> {
	const m = equations.map((r) => [...r]);
	const pivots: { row: number; col: number }[] = [];
	let r = 0;
	for (let c = 0; c < unknowns && r < m.length; c++) {
		let pivot = r;
		for (let i = r + 1; i < m.length; i++) if (Math.abs(m[i][c]) > Math.abs(m[pivot][c])) pivot = i;
		if (Math.abs(m[pivot][c]) < EPSILON) continue;
		[m[r], m[pivot]] = [m[pivot], m[r]];
		const lead = m[r][c];
		for (let k = c; k < unknowns; k++) m[r][k] /= lead;
		for (let i = 0; i < m.length; i++) {
			if (i === r || Math.abs(m[i][c]) < EPSILON) continue;
			const f = m[i][c];
			for (let k = c; k < unknowns; k++) m[i][k] -= f * m[r][k];
		}
		pivots.push({ row: r, col: c });
		r++;
	}
	const pivotCols = new Set(pivots.map((p) => p.col));
	const pinned = new Set<number>();
	for (const { row, col } of pivots) {
		let free = false;
		for (let k = 0; k < unknowns && !free; k++) if (!pivotCols.has(k) && Math.abs(m[row][k]) > EPSILON) free = true;
		if (!free) pinned.add(col);
	}
	return pinned;
}

/** Suppressed entries, in any table, that the shown entries of all tables together determine. */
export function jointlyDeterminedEntries(tables: readonly JointTable[], shared: readonly JointShared[]): JointEntry[] {
	// Variable of each entry: -1 when the reader knows it.
	const variable = tables.map((t) => t.values.map((r) => r.map(() => -1)));
	let count = 0;
	const known = (t: number, i: number, j: number) => tables[t].printed[i][j] && !tables[t].hidden[i][j];
	const keyVariable = new Map<string, number>();
	// A shared value shown in one table and hidden in another is given away outright.
	const direct: JointEntry[] = [];
	for (const s of shared) {
		const singles = s.appearances.filter((a) => a.entries.length === 1);
		const isKnown = singles.some((a) => known(a.table, a.entries[0][0], a.entries[0][1]));
		if (isKnown) {
			// Known in one table, known everywhere it appears alone.
			for (const { table, entries: [[row, column]] } of singles) {
				variable[table][row][column] = -2;
				if (tables[table].hidden[row][column]) direct.push({ table, row, column });
			}
			continue;
		}
		const v = count++;
		keyVariable.set(s.key, v);
		for (const a of singles) variable[a.table][a.entries[0][0]][a.entries[0][1]] = v;
	}
	tables.forEach((t, ti) =>
		t.values.forEach((r, i) =>
			r.forEach((_, j) => {
				if (variable[ti][i][j] === -2) variable[ti][i][j] = -1;
				else if (variable[ti][i][j] === -1 && !known(ti, i, j)) variable[ti][i][j] = count++;
			})
		)
	);
	if (count === 0) return direct;

	const equations: number[][] = [];
	const add = (terms: { v: number; c: number }[]) => {
		const eq = new Array<number>(count).fill(0);
		for (const { v, c } of terms) if (v >= 0) eq[v] += c;
		if (eq.some((x) => x !== 0)) equations.push(eq);
	};
	tables.forEach((t, ti) => {
		const rows = t.values.length;
		const cols = t.values[0].length;
		for (let i = 0; i < rows; i++) add([...Array.from({ length: cols - 1 }, (_, j) => ({ v: variable[ti][i][j], c: 1 })), { v: variable[ti][i][cols - 1], c: -1 }]);
		for (let j = 0; j < cols; j++) add([...Array.from({ length: rows - 1 }, (_, i) => ({ v: variable[ti][i][j], c: 1 })), { v: variable[ti][rows - 1][j], c: -1 }]);
	});
	for (const s of shared)
		for (const a of s.appearances.filter((x) => x.entries.length > 1))
			add([...a.entries.map(([i, j]) => ({ v: variable[a.table][i][j], c: 1 })), { v: keyVariable.get(s.key) ?? -1, c: -1 }]);

	const pinned = pinnedUnknowns(equations, count);
	const out: JointEntry[] = [...direct];
	tables.forEach((t, ti) =>
		t.values.forEach((r, i) =>
			r.forEach((_, j) => {
				const v = variable[ti][i][j];
				if (t.hidden[i][j] && v >= 0 && pinned.has(v)) out.push({ table: ti, row: i, column: j });
			})
		)
	);
	return out;
}
