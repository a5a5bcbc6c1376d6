/** Reads the stored (uncompressed) entries of a ZIP from its central directory: enough for the CSV bundle. */
export function readStoredZip(bytes: Uint8Array): Map<string, string> {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let end = bytes.length - 22;
	while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
	if (end < 0) throw new Error('not a zip: no end of central directory');
	const count = view.getUint16(end + 10, true);
	let at = view.getUint32(end + 16, true);
	const out = new Map<string, string>();
	const decoder = new TextDecoder();
	for (let i = 0; i < count; i++) {
		if (view.getUint32(at, true) !== 0x02014b50) throw new Error('bad central directory entry');
		if (view.getUint16(at + 10, true) !== 0) throw new Error('compressed entry');
		const size = view.getUint32(at + 20, true);
		const nameLength = view.getUint16(at + 28, true);
		const extra = view.getUint16(at + 30, true);
		const comment = view.getUint16(at + 32, true);
		const local = view.getUint32(at + 42, true);
		const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
		const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
		out.set(name, decoder.decode(bytes.subarray(dataStart, dataStart + size)).replace(/^\ufeff/, ''));
		at += 46 + nameLength + extra + comment;
	}
	return out;
}
