/**
 * The browser's copy of the dataset: DuckDB-wasm started once, the user's scoped dataset
 * fetched from /api/dataset once per page session, shared by every view.
 */
import type { Connector } from '$lib/engine/connector';
import type { LoadProgress } from '$lib/engine/load-dataset';

export type DatasetStatus = 'idle' | 'starting' | 'downloading' | 'ready' | 'error';

class BrowserDataset {
	status = $state<DatasetStatus>('idle');
	progress = $state<LoadProgress | null>(null);
	error = $state<string | null>(null);
	versionId = $state<string | null>(null);
	connector = $state.raw<Connector | null>(null);
	private pending: Promise<Connector> | null = null;

	/** Start (or join) the one load of this page session. */
	ready(): Promise<Connector> {
		this.pending ??= this.load().catch((error: unknown) => {
			this.status = 'error';
			this.error = error instanceof Error ? error.message : String(error);
			this.pending = null;
			throw error;
		});
		return this.pending;
	}

	private async load(): Promise<Connector> {
		this.status = 'starting';
		this.error = null;
		const [{ WasmConnector }, { loadDataset }] = await Promise.all([import('$lib/engine/wasm'), import('$lib/engine/load-dataset')]);
		const db = await WasmConnector.open();
		this.status = 'downloading';
		const loaded = await loadDataset(db, { onProgress: (progress) => (this.progress = { ...progress }) });
		this.versionId = loaded.versionId;
		this.connector = db;
		this.status = 'ready';
		return db;
	}

	/** Sign-out: drop the in-memory database so nothing of the data stays in the tab. */
	async discard(): Promise<void> {
		const { closeBrowserDb } = await import('$lib/engine/wasm');
		await closeBrowserDb();
		this.pending = null;
		this.connector = null;
		this.status = 'idle';
	}
}

export const browserDataset = new BrowserDataset();
