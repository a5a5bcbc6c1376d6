/**
 * The browser loader against a fake connector and a fake fetch: the container arrives in
 * awkward pieces, tables are created from tables.ts and filled, errors read well.
 */
import { describe, expect, it } from 'vitest';
import { frameDatasetContainer } from '$lib/engine/dataset-container';
import { loadDataset } from '$lib/engine/load-dataset';
import type { WasmConnector } from '$lib/engine/wasm';
import { TABLE_NAMES } from '$lib/schema/tables';
import { DERIVED_TABLE_NAMES } from '$lib/metrics/interprofessional/contact-facts';

/** Records what the loader asks of the engine; count(*) answers with the rows inserted. */
function fakeConnector() {
	const inserted = new Map<string, number[]>();
	const statements: string[] = [];
	const connector = {
		async query(sql: string) {
			statements.push(sql);
			const count = /count\(\*\) AS n FROM "(\w+)"/.exec(sql);
			return count ? [{ n: inserted.get(count[1])?.[0] ?? 0 }] : [];
		},
		async insertArrow(name: string, ipc: Uint8Array) {
			// the fake "IPC" of each table is one byte: its row count
			inserted.set(name, [...ipc]);
		}
	};
	return { connector: connector as unknown as WasmConnector, inserted, statements };
}

/** people has 3 rows, meetings 7; every other table is empty. */
const container = frameDatasetContainer(
	'v-test',
	TABLE_NAMES.map((name) => {
		const rows = name === 'people' ? 3 : name === 'meetings' ? 7 : 0;
		return { name, rows, ipc: rows ? Uint8Array.of(rows) : new Uint8Array(0) };
	})
);

/** A fetch whose body arrives `pieceSize` bytes at a time. */
function fakeFetch(status: number, body: Uint8Array, pieceSize = 5) {
	let calls = 0;
	const impl = (async () => {
		calls++;
		const stream = new ReadableStream<Uint8Array>({
			start(controller) {
				for (let i = 0; i < body.byteLength; i += pieceSize) controller.enqueue(body.slice(i, i + pieceSize));
				controller.close();
			}
		});
		return new Response(stream, { status });
	}) as typeof fetch;
	return { impl, calls: () => calls };
}

describe('loadDataset', () => {
	it('creates every table, inserts the non-empty ones and checks the counts', async () => {
		const { connector, inserted, statements } = fakeConnector();
		const progress: number[] = [];
		const result = await loadDataset(connector, {
			fetch: fakeFetch(200, container).impl,
			onProgress: (p) => progress.push(p.tablesLoaded)
		});
		expect(result.versionId).toBe('v-test');
		expect(result.rowCounts.people).toBe(3);
		expect(result.rowCounts.meetings).toBe(7);
		expect(result.rowCounts.programs).toBe(0);
		expect([...inserted.keys()].sort()).toEqual(['meetings', 'people']);
		// the canonical tables and the server-derived contact facts, all present even when empty
		expect(statements.filter((s) => s.startsWith('CREATE TABLE'))).toHaveLength(TABLE_NAMES.length + DERIVED_TABLE_NAMES.length);
		expect(progress.at(-1)).toBe(TABLE_NAMES.length);
	});

	it('downloads once per connector', async () => {
		const { connector } = fakeConnector();
		const fetch = fakeFetch(200, container, 1000);
		const [a, b] = await Promise.all([loadDataset(connector, { fetch: fetch.impl }), loadDataset(connector, { fetch: fetch.impl })]);
		expect(a).toBe(b);
		expect(await loadDataset(connector, { fetch: fetch.impl })).toBe(a);
		expect(fetch.calls()).toBe(1);
	});

	it('says the session ended on 401, names other statuses, and allows a retry', async () => {
		const { connector } = fakeConnector();
		await expect(loadDataset(connector, { fetch: fakeFetch(401, new Uint8Array(0)).impl })).rejects.toThrow(
			'Your session has ended — sign in again.'
		);
		await expect(loadDataset(connector, { fetch: fakeFetch(500, new Uint8Array(0)).impl })).rejects.toThrow(/HTTP 500/);
		const retry = await loadDataset(connector, { fetch: fakeFetch(200, container).impl });
		expect(retry.versionId).toBe('v-test');
	});

	it('refuses a body cut short', async () => {
		const { connector } = fakeConnector();
		const short = container.subarray(0, container.byteLength - 1);
		await expect(loadDataset(connector, { fetch: fakeFetch(200, short).impl })).rejects.toThrow(/cut short/);
	});
});
