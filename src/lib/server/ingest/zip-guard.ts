/**
 * Zip-bomb checks for XLSX uploads, before exceljs (JSZip) inflates anything.
 *
 * An XLSX file is a zip archive (ECMA-376 Part 2). We read its central directory ourselves
 * (PKWARE APPNOTE.TXT §4.3.12 central directory header, §4.3.16 end of central directory)
 * and refuse the file when the entry count, the declared uncompressed total or any entry's
 * compression ratio is beyond the limits. Declared sizes can lie, so every entry is then
 * inflated with a hard output cap (zlib maxOutputLength) equal to its declared size: an
 * entry that inflates to more than it declared is refused too.
 */
import { inflateRawSync } from 'node:zlib';
import { formatBytes, type UploadLimits } from './limits';

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** EOCD is 22 bytes plus a comment of at most 65,535. */
const EOCD_SEARCH = 22 + 0xffff;

export interface ZipEntry {
	name: string;
	method: number;
	compressedSize: number;
	uncompressedSize: number;
	localHeaderOffset: number;
}

export class ZipRefused extends Error {}

export function isZip(bytes: Uint8Array): boolean {
	return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function view(bytes: Uint8Array): DataView {
	return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function findEndOfCentralDirectory(bytes: Uint8Array): number {
	const dv = view(bytes);
	const stop = Math.max(0, bytes.length - EOCD_SEARCH);
	for (let i = bytes.length - 22; i >= stop; i--) {
		if (dv.getUint32(i, true) === EOCD_SIGNATURE) return i;
	}
	throw new ZipRefused('not a readable XLSX file: no zip end-of-central-directory record');
}

/** The central directory's entries, refusing ZIP64 and inconsistent offsets. */
export function readCentralDirectory(bytes: Uint8Array, limits: Pick<UploadLimits, 'maxXlsxEntries'>): ZipEntry[] {
	const dv = view(bytes);
	const eocd = findEndOfCentralDirectory(bytes);
	const count = dv.getUint16(eocd + 10, true);
	const size = dv.getUint32(eocd + 12, true);
	const offset = dv.getUint32(eocd + 16, true);
	if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) throw new ZipRefused('XLSX uses ZIP64, which a workbook of the allowed size never needs');
	if (count > limits.maxXlsxEntries) throw new ZipRefused(`XLSX has ${count} zip entries; at most ${limits.maxXlsxEntries} allowed`);
	if (offset + size > eocd) throw new ZipRefused('not a readable XLSX file: central directory outside the file');
	const entries: ZipEntry[] = [];
	let p = offset;
	for (let i = 0; i < count; i++) {
		if (p + 46 > eocd || dv.getUint32(p, true) !== CENTRAL_SIGNATURE) throw new ZipRefused(`not a readable XLSX file: zip entry ${i + 1} is damaged`);
		const nameLength = dv.getUint16(p + 28, true);
		const extraLength = dv.getUint16(p + 30, true);
		const commentLength = dv.getUint16(p + 32, true);
		entries.push({
			method: dv.getUint16(p + 10, true),
			compressedSize: dv.getUint32(p + 20, true),
			uncompressedSize: dv.getUint32(p + 24, true),
			localHeaderOffset: dv.getUint32(p + 42, true),
			name: new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength))
		});
		p += 46 + nameLength + extraLength + commentLength;
	}
	return entries;
}

function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
	const dv = view(bytes);
	const at = entry.localHeaderOffset;
	if (at + 30 > bytes.length || dv.getUint32(at, true) !== LOCAL_SIGNATURE) throw new ZipRefused(`not a readable XLSX file: ${entry.name} has no local header`);
	const start = at + 30 + dv.getUint16(at + 26, true) + dv.getUint16(at + 28, true);
	const end = start + entry.compressedSize;
	if (end > bytes.length) throw new ZipRefused(`not a readable XLSX file: ${entry.name} runs past the end of the file`);
	return bytes.subarray(start, end);
}

/**
 * Throws ZipRefused naming the cause when the archive could expand beyond the limits.
 * Returns the entries for callers that want to look for sheets.
 */
export function checkZipBomb(bytes: Uint8Array, limits: UploadLimits): ZipEntry[] {
	const entries = readCentralDirectory(bytes, limits);
	let declared = 0;
	for (const entry of entries) {
		declared += entry.uncompressedSize;
		if (declared > limits.maxXlsxUncompressedBytes) {
			throw new ZipRefused(`XLSX would expand to more than ${formatBytes(limits.maxXlsxUncompressedBytes)} (limit); refused before reading`);
		}
		const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
		if (entry.uncompressedSize > 1024 * 1024 && ratio > limits.maxXlsxCompressionRatio) {
			throw new ZipRefused(`XLSX entry ${entry.name} expands ${Math.round(ratio)}× (limit ${limits.maxXlsxCompressionRatio}×): a zip bomb, refused`);
		}
	}
	for (const entry of entries) {
		if (entry.method !== 0 && entry.method !== 8) throw new ZipRefused(`XLSX entry ${entry.name} uses zip method ${entry.method}; only stored and deflate are allowed`);
		const data = entryData(bytes, entry);
		if (entry.method === 0) {
			if (entry.compressedSize !== entry.uncompressedSize) throw new ZipRefused(`XLSX entry ${entry.name} has inconsistent sizes`);
			continue;
		}
		try {
			// One byte of slack: inflate must be able to fail only by exceeding the declaration.
			const out = inflateRawSync(data, { maxOutputLength: entry.uncompressedSize + 1 });
			if (out.length !== entry.uncompressedSize) throw new ZipRefused(`XLSX entry ${entry.name} inflates to ${out.length} bytes, not the ${entry.uncompressedSize} it declares`);
		} catch (error) {
			if (error instanceof ZipRefused) throw error;
			const tooBig = error instanceof RangeError || (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
			throw new ZipRefused(tooBig ? `XLSX entry ${entry.name} inflates beyond its declared size: refused as a zip bomb` : `XLSX entry ${entry.name} is damaged (${(error as Error).message})`);
		}
	}
	return entries;
}
