/**
 * Bytes -> text for CSV/TSV uploads. Exports in the wild are UTF-8 (with or without BOM),
 * UTF-16 from Excel's "Unicode text", or Windows-1252 from older Excel on Windows
 * (SOURCES.md: "Latin-1 or mojibake"). Valid UTF-8 is almost never valid-looking
 * Windows-1252 by accident, so: strict UTF-8 first, and if that fails, Windows-1252 with a
 * note for the user to check accented names. (WHATWG Encoding maps "latin1" to
 * windows-1252 as well, so one decoder covers both.)
 */

export interface DecodedText {
	text: string;
	encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
	/** Shown to the user when the encoding was guessed. */
	note?: string;
	/** Byte offset of the first NUL in a single-byte file: binary data, not an export. */
	nulAt?: number;
}

/**
 * Windows-1252 bytes 0x80–0x9F (€, curly quotes, dashes …), per the WHATWG Encoding index.
 * Node 20's TextDecoder('windows-1252') decodes these as ISO-8859-1 C1 controls, so the
 * table is applied by hand; 0x81, 0x8D, 0x8F, 0x90, 0x9D are unassigned and stay as is.
 */
const CP1252_HIGH = [0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178];

export function decodeWindows1252(bytes: Uint8Array): string {
	let out = '';
	const CHUNK = 8192;
	for (let i = 0; i < bytes.length; i += CHUNK) {
		const part = bytes.subarray(i, i + CHUNK);
		const codes = Array.from(part, (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b));
		out += String.fromCharCode(...codes);
	}
	return out;
}

function stripBom(text: string): string {
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function decodeUpload(bytes: Uint8Array): DecodedText {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: stripBom(new TextDecoder('utf-16le').decode(bytes)), encoding: 'utf-16le', note: 'UTF-16 text (Excel "Unicode text")' };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: stripBom(new TextDecoder('utf-16be').decode(bytes)), encoding: 'utf-16be', note: 'UTF-16 text' };
	const nul = bytes.indexOf(0);
	try {
		const text = stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
		return nul >= 0 ? { text, encoding: 'utf-8', nulAt: nul } : { text, encoding: 'utf-8' };
	} catch {
		const at = firstInvalidUtf8(bytes);
		const decoded: DecodedText = {
			text: decodeWindows1252(bytes),
			encoding: 'windows-1252',
			note: `not valid UTF-8 (first bad byte at offset ${at}); read as Windows-1252/Latin-1 — check accented names`
		};
		if (nul >= 0) decoded.nulAt = nul;
		return decoded;
	}
}

/** Offset of the first byte that breaks UTF-8, for the note. */
function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i]!;
		const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
		if (need < 0) return i;
		for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
		i += need + 1;
	}
	return i;
}
