/**
 * Mentor requests waiting to be matched, served in date order (a binary min-heap), so the
 * matcher walks time forward once: O(n log n) even for 100,000 trainees.
 */
import type { Day } from './calendar';

export interface MatchRequest {
	/** Day the match would be made. */
	day: Day;
	/** Insertion order: breaks ties so the order never depends on heap internals. */
	seq: number;
	trainee: number;
	requested: Day;
	crossDiscipline: boolean;
}

const before = (a: MatchRequest, b: MatchRequest): boolean => a.day < b.day || (a.day === b.day && a.seq < b.seq);

export class MatchQueue {
	private heap: MatchRequest[] = [];
	private seq = 0;

	get size(): number {
		return this.heap.length;
	}

	push(request: Omit<MatchRequest, 'seq'>): void {
		const item = { ...request, seq: this.seq++ };
		const h = this.heap;
		h.push(item);
		let i = h.length - 1;
		while (i > 0) {
			const parent = (i - 1) >> 1;
			if (!before(h[i], h[parent])) break;
			[h[i], h[parent]] = [h[parent], h[i]];
			i = parent;
		}
	}

	pop(): MatchRequest | undefined {
		const h = this.heap;
		if (h.length === 0) return undefined;
		const top = h[0];
		const last = h.pop()!;
		if (h.length > 0) {
			h[0] = last;
			let i = 0;
			for (;;) {
				const l = 2 * i + 1;
				const r = l + 1;
				let m = i;
				if (l < h.length && before(h[l], h[m])) m = l;
				if (r < h.length && before(h[r], h[m])) m = r;
				if (m === i) break;
				[h[i], h[m]] = [h[m], h[i]];
				i = m;
			}
		}
		return top;
	}
}
