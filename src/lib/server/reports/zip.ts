/**
 * A minimal ZIP writer (stored entries, no compression) for the CSV bundle: a few small
 * text files do not need deflate, and writing the format ourselves (~60 lines, APPNOTE 6.3.x
 * §4.3) avoids a dependency. Entry times come from the caller, so the same report gives the
 * same bytes.
 */

const CRC_TABLE = (() => {
	const table = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		table[n] = c >>> 0;
	}
	return table;
})();

export function crc32(bytes: Uint8Array): number {
	let c = 0xffffffff;
	for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

function dosDateTime(at: Date): { time: number; date: number } {
	return {
		time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | Math.floor(at.getUTCSeconds() / 2),
		date: ((Math.max(at.getUTCFullYear(), 1980) - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate()
	};
}

export function zipFiles(files: readonly { name: string; data: Uint8Array }[], at: Date): Uint8Array {
	const { time, date } = dosDateTime(at);
	const encoder = new TextEncoder();
	const locals: Uint8Array[] = [];
	const centrals: Uint8Array[] = [];
	let offset = 0;
	for (const file of files) {
		const name = encoder.encode(file.name);
		const crc = crc32(file.data);
		const local = new Uint8Array(30 + name.length);
		const l = new DataView(local.buffer);
		l.setUint32(0, 0x04034b50, true);
		l.setUint16(4, 20, true);
		l.setUint16(6, 0x0800, true); // UTF-8 names
		l.setUint16(8, 0, true); // stored
		l.setUint16(10, time, true);
		l.setUint16(12, date, true);
		l.setUint32(14, crc, true);
		l.setUint32(18, file.data.length, true);
		l.setUint32(22, file.data.length, true);
		l.setUint16(26, name.length, true);
		local.set(name, 30);
		const central = new Uint8Array(46 + name.length);
		const c = new DataView(central.buffer);
		c.setUint32(0, 0x02014b50, true);
		c.setUint16(4, 20, true);
		c.setUint16(6, 20, true);
		c.setUint16(8, 0x0800, true);
		c.setUint16(12, time, true);
		c.setUint16(14, date, true);
		c.setUint32(16, crc, true);
		c.setUint32(20, file.data.length, true);
		c.setUint32(24, file.data.length, true);
		c.setUint16(28, name.length, true);
		c.setUint32(42, offset, true);
		central.set(name, 46);
		locals.push(local, file.data);
		centrals.push(central);
		offset += local.length + file.data.length;
	}
	const centralSize = centrals.reduce((s, x) => s + x.length, 0);
	const end = new Uint8Array(22);
	const d = new DataView(end.buffer);
	d.setUint32(0, 0x06054b50, true);
	d.setUint16(8, files.length, true);
	d.setUint16(10, files.length, true);
	d.setUint32(12, centralSize, true);
	d.setUint32(16, offset, true);
	const out = new Uint8Array(offset + centralSize + end.length);
	let at2 = 0;
	for (const part of [...locals, ...centrals, end]) {
		out.set(part, at2);
		at2 += part.length;
	}
	return out;
}
