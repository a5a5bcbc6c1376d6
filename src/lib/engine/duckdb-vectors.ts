/**
 * Copies columns of @duckdb/node-api result chunks into Arrow buffers without creating a JS
 * value per cell (arrow-encode.ts explains why). Server-only.
 *
 * Layouts (DuckDB C API, duckdb.h): INTEGER and DATE are int32 (DATE = days since
 * 1970-01-01, as Arrow's Date32), DOUBLE is float64, BOOLEAN is one byte per value, VARCHAR
 * is a 16-byte duckdb_string_t (uint32 length, then 12 inline bytes, or a 4-byte prefix and
 * a pointer when longer). Validity is a bitmap of uint64 words, least significant bit first:
 * byte for byte Arrow's validity bitmap on little-endian machines.
 */
import { createRequire } from 'node:module';
import { endianness } from 'node:os';
import { makeData, type Data, type DataType } from 'apache-arrow';
import type { DuckDBDataChunk } from '@duckdb/node-api';
import type * as Bindings from '@duckdb/node-bindings';
import type { ColumnType } from '$lib/schema/tables';

/**
 * The raw-vector functions live in @duckdb/node-bindings, which node-api itself loads. It
 * is resolved from node-api's own location (the same module instance, the exact version
 * node-api pins) and with a runtime require, so the server bundler leaves it external.
 */
const bindings: typeof Bindings = (() => {
	const require = createRequire(import.meta.url);
	return createRequire(require.resolve('@duckdb/node-api'))('@duckdb/node-bindings');
})();

if (endianness() !== 'LE') throw new Error('arrow encoding assumes a little-endian server');

const WIDTH: Record<Exclude<ColumnType, 'VARCHAR'>, number> = { INTEGER: 4, DATE: 4, DOUBLE: 8, BOOLEAN: 1 };
const BIT_COUNT = Uint8Array.from({ length: 256 }, (_, b) => b.toString(2).replaceAll('0', '').length);

export class ColumnReader {
	private readonly validity: Uint8Array;
	/** Fixed-width values (BOOLEAN: bit-packed), or VARCHAR bytes (grows). */
	private data: Uint8Array;
	private readonly offsets: Int32Array | null;
	private byteLength = 0;

	constructor(
		readonly type: ColumnType,
		readonly rows: number
	) {
		this.validity = new Uint8Array(Math.ceil(rows / 8));
		if (type === 'VARCHAR') {
			this.offsets = new Int32Array(rows + 1);
			this.data = new Uint8Array(Math.max(64, rows * 8));
		} else {
			this.offsets = null;
			this.data = new Uint8Array(type === 'BOOLEAN' ? Math.ceil(rows / 8) : rows * WIDTH[type]);
		}
	}

	/** Copy column `column` of `chunk` into rows `offset ..` of this column. */
	append(chunk: DuckDBDataChunk, column: number, offset: number): void {
		const n = chunk.rowCount;
		if (n === 0) return;
		const vector = bindings.data_chunk_get_vector(chunk.chunk, column);
		const valid = bindings.vector_get_validity(vector, Math.ceil(n / 64) * 8);
		this.copyValidity(valid, n, offset);
		if (this.type === 'VARCHAR') this.copyStrings(bindings.vector_get_data(vector, n * 16), n, offset);
		else if (this.type === 'BOOLEAN') {
			const bytes = bindings.vector_get_data(vector, n);
			for (let i = 0; i < n; i++) if (bytes[i] && isValid(valid, i)) this.data[(offset + i) >> 3] |= 1 << ((offset + i) & 7);
		} else {
			const width = WIDTH[this.type];
			this.data.set(bindings.vector_get_data(vector, n * width), offset * width);
			// DuckDB leaves whatever was in memory under a NULL; that must never reach a browser
			// (it could be a value from another query), and zeros keep payloads byte-identical.
			if (valid !== null) {
				for (let i = 0; i < n; i++) if (!isValid(valid, i)) this.data.fill(0, (offset + i) * width, (offset + i + 1) * width);
			}
		}
	}

	/** The column as Arrow data of `type` (Int32/Float64/DateDay/Bool/Utf8 as read). */
	finish(type: DataType): Data {
		const nullCount = this.rows - countBits(this.validity, this.rows);
		const common = { type, length: this.rows, nullCount, nullBitmap: this.validity };
		if (this.offsets) {
			return makeData({ ...common, valueOffsets: this.offsets, data: this.data.subarray(0, this.byteLength) } as never);
		}
		const data =
			this.type === 'BOOLEAN' ? this.data
			: this.type === 'DOUBLE' ? new Float64Array(this.data.buffer, 0, this.rows)
			: new Int32Array(this.data.buffer, 0, this.rows);
		return makeData({ ...common, data } as never);
	}

	/** A null validity pointer means every row of the chunk is valid. */
	private copyValidity(valid: Uint8Array | null, n: number, offset: number): void {
		const out = this.validity;
		if (valid === null) {
			for (let i = 0; i < n; i++) out[(offset + i) >> 3] |= 1 << ((offset + i) & 7);
		} else if ((offset & 7) === 0) {
			out.set(valid.subarray(0, Math.ceil(n / 8)), offset >> 3);
			// bits past n in the last byte belong to the next chunk
			if (n & 7) out[(offset + n) >> 3] &= (1 << (n & 7)) - 1;
		} else {
			for (let i = 0; i < n; i++) {
				if (valid[i >> 3] & (1 << (i & 7))) out[(offset + i) >> 3] |= 1 << ((offset + i) & 7);
			}
		}
	}

	private copyStrings(structs: Uint8Array, n: number, offset: number): void {
		const view = new DataView(structs.buffer, structs.byteOffset, structs.byteLength);
		const offsets = this.offsets!;
		for (let i = 0; i < n; i++) {
			const row = offset + i;
			const at = i * 16;
			const isValid = this.validity[row >> 3] & (1 << (row & 7));
			const length = isValid ? view.getUint32(at, true) : 0;
			if (length > 0) {
				this.reserve(length);
				const bytes =
					length <= 12
						? structs.subarray(at + 4, at + 4 + length)
						: bindings.get_data_from_pointer(structs.buffer as ArrayBuffer, structs.byteOffset + at + 8, length);
				this.data.set(bytes, this.byteLength);
				this.byteLength += length;
			}
			offsets[row + 1] = this.byteLength;
		}
	}

	private reserve(extra: number): void {
		if (this.byteLength + extra <= this.data.length) return;
		const grown = new Uint8Array(Math.max(this.data.length * 2, this.byteLength + extra));
		grown.set(this.data.subarray(0, this.byteLength));
		this.data = grown;
	}
}

function countBits(bits: Uint8Array, rows: number): number {
	let count = 0;
	const whole = rows >> 3;
	for (let i = 0; i < whole; i++) count += BIT_COUNT[bits[i]];
	if (rows & 7) count += BIT_COUNT[bits[whole] & ((1 << (rows & 7)) - 1)];
	return count;
}

/** Row i of a chunk is valid when its validity mask is absent (all valid) or has bit i set. */
function isValid(valid: Uint8Array | null, i: number): boolean {
	return valid === null || (valid[i >> 3] & (1 << (i & 7))) !== 0;
}
