/**
 * The dataset delivery format, shared by the server (which frames it) and the browser
 * (which reads it): all canonical tables of one dataset version in one HTTP response.
 *
 *   [u32 little-endian: header length][header: UTF-8 JSON][table 1 Arrow IPC stream][table 2]...
 *
 * One response avoids a round trip per table (twelve tables); the header up front lets the
 * browser show progress per table and insert each table as soon as its bytes have arrived.
 * Pure: safe to import from browser and server code.
 */

export const DATASET_MEDIA_TYPE = 'application/vnd.preceptor.dataset';
export const DATASET_FORMAT = 1;

export interface ContainerTable {
	name: string;
	/** Bytes of this table's Arrow IPC stream (uncompressed). */
	byteLength: number;
	rows: number;
}

export interface DatasetContainerHeader {
	format: typeof DATASET_FORMAT;
	versionId: string;
	tables: ContainerTable[];
}

const LENGTH_BYTES = 4;

export function frameDatasetContainer(
	versionId: string,
	tables: readonly { name: string; rows: number; ipc: Uint8Array }[]
): Uint8Array {
	const header: DatasetContainerHeader = {
		format: DATASET_FORMAT,
		versionId,
		tables: tables.map((t) => ({ name: t.name, byteLength: t.ipc.byteLength, rows: t.rows }))
	};
	const json = new TextEncoder().encode(JSON.stringify(header));
	const total = LENGTH_BYTES + json.byteLength + tables.reduce((sum, t) => sum + t.ipc.byteLength, 0);
	const out = new Uint8Array(total);
	new DataView(out.buffer).setUint32(0, json.byteLength, true);
	out.set(json, LENGTH_BYTES);
	let offset = LENGTH_BYTES + json.byteLength;
	for (const t of tables) {
		out.set(t.ipc, offset);
		offset += t.ipc.byteLength;
	}
	return out;
}

export interface ParsedHeader {
	header: DatasetContainerHeader;
	/** Offset of the first table's bytes. */
	bodyOffset: number;
	/** Header + all tables: the full container length. */
	totalLength: number;
}

/** Parse the header from the first bytes received; null until enough have arrived. */
export function readContainerHeader(bytes: Uint8Array): ParsedHeader | null {
	if (bytes.byteLength < LENGTH_BYTES) return null;
	const length = new DataView(bytes.buffer, bytes.byteOffset, LENGTH_BYTES).getUint32(0, true);
	if (bytes.byteLength < LENGTH_BYTES + length) return null;
	let header: DatasetContainerHeader;
	try {
		header = JSON.parse(new TextDecoder().decode(bytes.subarray(LENGTH_BYTES, LENGTH_BYTES + length)));
	} catch {
		throw new Error('dataset response is not in the expected format (bad header)');
	}
	if (header?.format !== DATASET_FORMAT || !Array.isArray(header.tables)) {
		throw new Error(`unsupported dataset format: ${String(header?.format)}`);
	}
	const bodyOffset = LENGTH_BYTES + length;
	const totalLength = header.tables.reduce((sum, t) => sum + t.byteLength, bodyOffset);
	return { header, bodyOffset, totalLength };
}

/** Each table's bytes inside a complete container (views, not copies). */
export function containerTables(bytes: Uint8Array, parsed: ParsedHeader): { table: ContainerTable; ipc: Uint8Array }[] {
	if (bytes.byteLength < parsed.totalLength) {
		throw new Error(`dataset response was cut short: ${bytes.byteLength} of ${parsed.totalLength} bytes`);
	}
	let offset = parsed.bodyOffset;
	return parsed.header.tables.map((table) => {
		const ipc = bytes.subarray(offset, offset + table.byteLength);
		offset += table.byteLength;
		return { table, ipc };
	});
}
