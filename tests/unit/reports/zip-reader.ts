/**
 * Reads the stored (uncompressed) entries of a ZIP from its central directory: enough for the
 * CSV bundle. Checks what an unzip program checks (APPNOTE 6.3.x §4.3): each local header
 * agrees with its central entry, and each entry's CRC-32 is that of its bytes, computed by
 * Node's zlib, not by the writer's own table.
 */
import { crc32 } from 'node:zlib';

export function readStoredZip(bytes: Uint8Array): Map<string, string> {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let end = bytes.length - 22;
	while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
	if (end < 0) throw new Error('not a zip: no end of central directory');
	const count = view.getUint16(end + 10, true);
	if (view.getUint16(end + 8, true) !== count) throw new Error('entries on this disk differ from entries in all');
	let at = view.getUint32(end + 16, true);
	if (at + view.getUint32(end + 12, true) !== end) throw new Error('central directory size and offset do not meet its end record');
	const out = new Map<string, string>();
	const decoder = new TextDecoder();
	for (let i = 0; i < count; i++) {
		if (view.getUint32(at, true) !== 0x02014b50) throw new Error('bad central directory entry');
		if (view.getUint16(at + 10, true) !== 0) throw new Error('compressed entry');
		const crc = view.getUint32(at + 16, true);
		const size = view.getUint32(at + 20, true);
		if (view.getUint32(at + 24, true) !== size) throw new Error('stored entry with different compressed and plain sizes');
		const nameLength = view.getUint16(at + 28, true);
		const extra = view.getUint16(at + 30, true);
		const comment = view.getUint16(at + 32, true);
		const local = view.getUint32(at + 42, true);
		const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
		if (view.getUint32(local, true) !== 0x04034b50) throw new Error(`${name}: no local header at ${local}`);
		for (const [l, c] of [[8, 10], [10, 12], [12, 14], [26, 28]] as const)
			if (view.getUint16(local + l, true) !== view.getUint16(at + c, true)) throw new Error(`${name}: local header field at ${l} differs from the central directory`);
		for (const [l, c] of [[14, 16], [18, 20], [22, 24]] as const)
			if (view.getUint32(local + l, true) !== view.getUint32(at + c, true)) throw new Error(`${name}: local header field at ${l} differs from the central directory`);
		const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
		const data = bytes.subarray(dataStart, dataStart + size);
		if (crc32(data) !== crc) throw new Error(`${name}: CRC-32 ${crc.toString(16)} is not that of its bytes (${crc32(data).toString(16)})`);
		out.set(name, decoder.decode(data).replace(/^\ufeff/, ''));
		at += 46 + nameLength + extra + comment;
	}
	return out;
}
