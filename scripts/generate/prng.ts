/**
 * Seeded pseudo-random numbers for the demo generator. Math.random is never used: the
 * same seed must give byte-identical files on every machine.
 *
 * sfc32 (Chris Doty-Humphrey's Small Fast Counter, as in PractRand) seeded through
 * splitmix32. Each part of the generator draws from its own named stream, so changing how
 * meetings are drawn does not reshuffle the people.
 */

function splitmix32(state: number): () => number {
	let s = state >>> 0;
	return () => {
		s = (s + 0x9e3779b9) >>> 0;
		let z = s;
		z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
		z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
		return (z ^ (z >>> 16)) >>> 0;
	};
}

/** FNV-1a hash of a stream name, so streams are independent of declaration order. */
function hashName(name: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < name.length; i++) {
		h ^= name.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h >>> 0;
}

export class Rng {
	private a: number;
	private b: number;
	private c: number;
	private d: number;

	constructor(seed: number, stream: string) {
		const mix = splitmix32((seed >>> 0) ^ hashName(stream));
		this.a = mix();
		this.b = mix();
		this.c = mix();
		this.d = mix() | 1;
		for (let i = 0; i < 12; i++) this.nextUint();
	}

	nextUint(): number {
		const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
		this.d = (this.d + 1) >>> 0;
		this.a = this.b ^ (this.b >>> 9);
		this.b = (this.c + (this.c << 3)) >>> 0;
		this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
		this.c = (this.c + t) >>> 0;
		return t;
	}

	/** Uniform in [0, 1). */
	next(): number {
		return this.nextUint() / 4294967296;
	}

	/** Uniform integer in [min, max], both inclusive. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	chance(p: number): boolean {
		return this.next() < p;
	}

	pick<T>(items: readonly T[]): T {
		if (items.length === 0) throw new Error('pick from an empty list');
		return items[Math.floor(this.next() * items.length)];
	}

	/** Pick by weight: entries are [value, weight] with weights > 0. */
	weighted<T>(entries: readonly (readonly [T, number])[]): T {
		let total = 0;
		for (const [, w] of entries) total += w;
		let r = this.next() * total;
		for (const [value, w] of entries) {
			r -= w;
			if (r < 0) return value;
		}
		return entries[entries.length - 1][0];
	}

	/** Standard normal (Box–Muller; one value per call keeps the stream simple to reason about). */
	normal(): number {
		const u = 1 - this.next();
		const v = this.next();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	}

	/** A string of `length` characters from `alphabet`. */
	chars(alphabet: string, length: number): string {
		let out = '';
		for (let i = 0; i < length; i++) out += alphabet[Math.floor(this.next() * alphabet.length)];
		return out;
	}
}

export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
export const logit = (p: number): number => Math.log(p / (1 - p));
