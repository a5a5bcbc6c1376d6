import { describe, expect, it } from 'vitest';
import { containerTables, frameDatasetContainer, readContainerHeader } from '$lib/engine/dataset-container';

describe('dataset container framing', () => {
	const tables = [
		{ name: 'programs', rows: 2, ipc: Uint8Array.from([1, 2, 3]) },
		{ name: 'people', rows: 5, ipc: Uint8Array.from([9, 8, 7, 6, 5]) },
		{ name: 'meetings', rows: 0, ipc: new Uint8Array(0) }
	];

	it('parses back the header and each table', () => {
		const bytes = frameDatasetContainer('v1', tables);
		const parsed = readContainerHeader(bytes)!;
		expect(parsed.header).toEqual({
			format: 1,
			versionId: 'v1',
			tables: [
				{ name: 'programs', byteLength: 3, rows: 2 },
				{ name: 'people', byteLength: 5, rows: 5 },
				{ name: 'meetings', byteLength: 0, rows: 0 }
			]
		});
		// 4 length bytes + JSON + 3 + 5 + 0 table bytes
		expect(parsed.totalLength).toBe(bytes.byteLength);
		expect(parsed.bodyOffset).toBe(bytes.byteLength - 8);
		const parts = containerTables(bytes, parsed);
		expect(parts.map((p) => [p.table.name, [...p.ipc]])).toEqual([
			['programs', [1, 2, 3]],
			['people', [9, 8, 7, 6, 5]],
			['meetings', []]
		]);
	});

	it('waits for the whole header, and refuses a cut-short body', () => {
		const bytes = frameDatasetContainer('v1', tables);
		expect(readContainerHeader(bytes.subarray(0, 3))).toBeNull();
		expect(readContainerHeader(bytes.subarray(0, 10))).toBeNull();
		const parsed = readContainerHeader(bytes.subarray(0, bytes.byteLength - 1))!;
		expect(parsed.header.versionId).toBe('v1');
		expect(() => containerTables(bytes.subarray(0, bytes.byteLength - 1), parsed)).toThrow(/cut short/);
	});

	it('rejects a response in another format', () => {
		const json = new TextEncoder().encode(JSON.stringify({ format: 2, tables: [] }));
		const bytes = new Uint8Array(4 + json.byteLength);
		new DataView(bytes.buffer).setUint32(0, json.byteLength, true);
		bytes.set(json, 4);
		expect(() => readContainerHeader(bytes)).toThrow(/unsupported dataset format: 2/);
	});
});
