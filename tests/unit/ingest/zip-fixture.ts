/**
 * Hand-built zip archives for the zip-bomb tests: entries whose declared sizes may lie.
 * Layout per PKWARE APPNOTE.TXT §4.3: local headers + data, central directory, EOCD.
 */
import { deflateRawSync } from 'node:zlib';

export interface ZipEntrySpec {
	name: string;
	/** Uncompressed content (deflated here) ... */
	content?: Uint8Array;
	/** ... or raw deflate bytes to store as the entry's data. */
	deflated?: Uint8Array;
	/** Uncompressed size written in the headers (defaults to the truth). */
	declaredSize?: number;
}

export function makeZip(entries: readonly ZipEntrySpec[], options: { entryCountOverride?: number } = {}): Uint8Array {
	const locals: Buffer[] = [];
	const centrals: Buffer[] = [];
	let offset = 0;
	for (const e of entries) {
		const name = Buffer.from(e.name);
		const data = Buffer.from(e.deflated ?? deflateRawSync(e.content ?? new Uint8Array()));
		const size = e.declaredSize ?? e.content?.length ?? 0;
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4);
		local.writeUInt16LE(8, 8);
		local.writeUInt32LE(data.length, 18);
		local.writeUInt32LE(size >>> 0, 22);
		local.writeUInt16LE(name.length, 26);
		locals.push(local, name, data);
		const central = Buffer.alloc(46);
		central.writeUInt32LE(0x02014b50, 0);
		central.writeUInt16LE(20, 4);
		central.writeUInt16LE(20, 6);
		central.writeUInt16LE(8, 10);
		central.writeUInt32LE(data.length, 20);
		central.writeUInt32LE(size >>> 0, 24);
		central.writeUInt16LE(name.length, 28);
		central.writeUInt32LE(offset, 42);
		centrals.push(central, name);
		offset += 30 + name.length + data.length;
	}
	const cd = Buffer.concat(centrals);
	const eocd = Buffer.alloc(22);
	eocd.writeUInt32LE(0x06054b50, 0);
	eocd.writeUInt16LE(options.entryCountOverride ?? entries.length, 8);
	eocd.writeUInt16LE(options.entryCountOverride ?? entries.length, 10);
	eocd.writeUInt32LE(cd.length, 12);
	eocd.writeUInt32LE(offset, 16);
	return new Uint8Array(Buffer.concat([...locals, cd, eocd]));
}

/** Deflate of `n` zero bytes, cached: the classic bomb payload. */
const zeros = new Map<number, Uint8Array>();
export function deflatedZeros(n: number): Uint8Array {
	let d = zeros.get(n);
	if (!d) {
		d = new Uint8Array(deflateRawSync(Buffer.alloc(n)));
		zeros.set(n, d);
	}
	return d;
}
