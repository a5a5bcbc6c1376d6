/**
 * Complementary suppression as a graph problem (the argument is in suppression.ts).
 *
 * A table with its margins is a complete bipartite graph: one node per row (plus the
 * column-totals row), one per column (plus the row-totals column), one edge per entry.
 * Every line's entries satisfy one linear equation, so the hidden entries can move
 * together, undetected, exactly along cycles of hidden edges. A hidden entry lies on no
 * such cycle (it is a *bridge* of the hidden subgraph) if and only if the shown entries
 * determine it. We therefore hide more entries until no hidden edge is a bridge, each
 * time closing a cycle through the bridge by the cheapest path of shown non-zero entries.
 *
 * Sizes are small (a published table is at most a few dozen lines), so plain searches
 * over the whole graph are fast enough and easy to check.
 */

/** Entries of the table with margins: values[i][j], rows 0..R (R = column totals), columns 0..C (C = row totals). */
export interface MarginTable {
	values: readonly (readonly number[])[];
	/** hidden[i][j]: already suppressed. Mutated: complements are added here. */
	hidden: boolean[][];
	/**
	 * keep[i][j]: hide this entry as a complement only when nothing cheaper closes the cycle
	 * (the figure a table exists to show). Any choice of complements is as safe as another;
	 * this only changes which one a reader loses.
	 */
	keep?: readonly (readonly boolean[])[];
}

/** Added to the cost of a kept entry: larger than any table's total cost of plain entries. */
export const KEEP_COST = 2 ** 48;

interface Edge {
	row: number;
	col: number;
}

/** Weight of showing-turned-hiding an entry: mostly its value (least information lost), then interior before totals, kept entries last. */
export function complementCost(table: MarginTable, row: number, col: number): number {
	const margin = row === table.values.length - 1 || col === table.values[0].length - 1;
	return table.values[row][col] * 1024 + (margin ? 2 : 1) + (table.keep?.[row]?.[col] ? KEEP_COST : 0);
}

/** Nodes reachable from `start` over hidden edges, not using `skip`. Rows are 0..R, columns R+1.. . */
function reachable(table: MarginTable, start: number, skip: Edge): Set<number> {
	const rows = table.values.length;
	const cols = table.values[0].length;
	const seen = new Set([start]);
	const queue = [start];
	while (queue.length > 0) {
		const node = queue.pop()!;
		const neighbours =
			node < rows
				? Array.from({ length: cols }, (_, j) => ({ row: node, col: j, next: rows + j }))
				: Array.from({ length: rows }, (_, i) => ({ row: i, col: node - rows, next: i }));
		for (const { row, col, next } of neighbours) {
			if (!table.hidden[row][col] || (row === skip.row && col === skip.col) || seen.has(next)) continue;
			seen.add(next);
			queue.push(next);
		}
	}
	return seen;
}

/** The first hidden entry (row-major) that lies on no cycle of hidden entries, with the two sides it joins. */
export function findBridge(table: MarginTable): { edge: Edge; rowSide: Set<number>; colSide: Set<number> } | null {
	const rows = table.values.length;
	for (let i = 0; i < rows; i++) {
		for (let j = 0; j < table.values[0].length; j++) {
			if (!table.hidden[i][j]) continue;
			const edge = { row: i, col: j };
			const rowSide = reachable(table, i, edge);
			if (rowSide.has(rows + j)) continue;
			return { edge, rowSide, colSide: reachable(table, rows + j, edge) };
		}
	}
	return null;
}

/**
 * Cheapest set of shown, non-zero entries whose hiding joins `from` to `to` (Dijkstra;
 * hidden entries cost nothing). Zero entries are never chosen: a hidden zero would sit on
 * the non-negativity bound, and a path of non-zero entries always exists, because a line
 * holding a non-zero hidden entry has a non-zero total, and so does the grand total.
 */
export function cheapestClosingPath(table: MarginTable, from: Set<number>, to: Set<number>, bridge: Edge): Edge[] {
	const rows = table.values.length;
	const cols = table.values[0].length;
	const nodes = rows + cols;
	const dist = new Array<number>(nodes).fill(Infinity);
	const via = new Array<Edge | null>(nodes).fill(null);
	const prev = new Array<number>(nodes).fill(-1);
	const done = new Array<boolean>(nodes).fill(false);
	for (const n of from) dist[n] = 0;

	for (;;) {
		let node = -1;
		for (let n = 0; n < nodes; n++) if (!done[n] && dist[n] < Infinity && (node < 0 || dist[n] < dist[node])) node = n;
		if (node < 0) break;
		if (to.has(node)) return pathTo(node, prev, via).filter((e) => !table.hidden[e.row][e.col]);
		done[node] = true;
		const neighbours =
			node < rows
				? Array.from({ length: cols }, (_, j) => ({ row: node, col: j, next: rows + j }))
				: Array.from({ length: rows }, (_, i) => ({ row: i, col: node - rows, next: i }));
		for (const { row, col, next } of neighbours) {
			if (done[next] || (row === bridge.row && col === bridge.col)) continue;
			const hidden = table.hidden[row][col];
			if (!hidden && table.values[row][col] === 0) continue;
			const d = dist[node] + (hidden ? 0 : complementCost(table, row, col));
			if (d < dist[next]) {
				dist[next] = d;
				prev[next] = node;
				via[next] = { row, col };
			}
		}
	}
	throw new Error('complementary suppression found no path of non-zero cells; are the totals consistent?');
}

function pathTo(node: number, prev: number[], via: (Edge | null)[]): Edge[] {
	const edges: Edge[] = [];
	for (let n = node; prev[n] >= 0; n = prev[n]) edges.push(via[n]!);
	return edges;
}

/**
 * Hides entries until every hidden entry lies on a cycle of hidden entries (a fixed
 * point: each round adds at least one entry, so it ends). Returns the added entries in
 * the order chosen. A line with exactly one hidden entry is the commonest bridge
 * (degree one); the same search closes it, as a pair on the line or a 2×2 rectangle.
 */
export function protectByCycles(table: MarginTable): Edge[] {
	const added: Edge[] = [];
	for (let bridge = findBridge(table); bridge; bridge = findBridge(table)) {
		const path = cheapestClosingPath(table, bridge.rowSide, bridge.colSide, bridge.edge);
		if (path.length === 0) throw new Error('complementary suppression made no progress');
		for (const e of path) table.hidden[e.row][e.col] = true;
		added.push(...path);
	}
	return added;
}
