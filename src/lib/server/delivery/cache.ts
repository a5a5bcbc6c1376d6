/**
 * Compressed dataset payloads, cached by (version, scope key, encoding). Versions are
 * immutable, so an entry never goes stale. Two levels:
 * - memory, least recently used first out past a byte budget (a large dataset's payload is
 *   tens of MB);
 * - disk, under <dataDir>/cache/dataset/<versionId>/<scope>.f<format>.<encoding>, so a restart
 *   does not re-encode (the payload format in the name retires files of older builds). These
 *   files hold no more than the Parquet files next to them; deleting them is always safe.
 * Concurrent requests for the same key share one build.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PayloadEncoding } from './compression';
import { isVersionId } from '$lib/server/store/paths';
import { PAYLOAD_FORMAT } from './payload';

export interface CacheKey {
	versionId: string;
	scopeKey: string;
	encoding: PayloadEncoding;
}

const keyString = (k: CacheKey) => `${k.versionId}/${k.scopeKey}/${k.encoding}`;

export class PayloadCache {
	private readonly memory = new Map<string, Uint8Array>();
	private readonly building = new Map<string, Promise<Uint8Array>>();
	private memoryBytes = 0;

	constructor(
		/** null: memory only (tests). */
		private readonly dataDir: string | null,
		private readonly memoryBudget = 256 * 1024 * 1024
	) {}

	/** The cached bytes for `key`, building them with `build` on a miss. */
	async get(key: CacheKey, build: () => Promise<Uint8Array>): Promise<Uint8Array> {
		const id = keyString(key);
		const hit = this.memory.get(id);
		if (hit) {
			// re-insert: Map order is our recency order
			this.memory.delete(id);
			this.memory.set(id, hit);
			return hit;
		}
		let pending = this.building.get(id);
		if (!pending) {
			pending = this.load(key, build).finally(() => this.building.delete(id));
			this.building.set(id, pending);
		}
		const bytes = await pending;
		this.remember(id, bytes);
		return bytes;
	}

	private async load(key: CacheKey, build: () => Promise<Uint8Array>): Promise<Uint8Array> {
		const file = this.file(key);
		if (file) {
			const stored = await readFile(file).catch(() => null);
			if (stored) return new Uint8Array(stored.buffer, stored.byteOffset, stored.byteLength);
		}
		const bytes = await build();
		if (file) await this.store(file, bytes);
		return bytes;
	}

	private file(key: CacheKey): string | null {
		if (!this.dataDir) return null;
		if (!isVersionId(key.versionId)) throw new Error(`not a dataset version id: ${key.versionId}`);
		if (!/^[A-Za-z0-9-]+$/.test(key.scopeKey)) throw new Error(`invalid scope key: ${key.scopeKey}`);
		return join(this.dataDir, 'cache', 'dataset', key.versionId, `${key.scopeKey}.f${PAYLOAD_FORMAT}.${key.encoding}`);
	}

	/** Write then rename, so a crash never leaves a truncated payload to be served. */
	private async store(file: string, bytes: Uint8Array): Promise<void> {
		const dir = join(file, '..');
		await mkdir(dir, { recursive: true });
		const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
		await writeFile(temp, bytes);
		await rename(temp, file);
	}

	private remember(id: string, bytes: Uint8Array): void {
		if (this.memory.has(id) || bytes.byteLength > this.memoryBudget) return;
		this.memory.set(id, bytes);
		this.memoryBytes += bytes.byteLength;
		for (const [oldest, value] of this.memory) {
			if (this.memoryBytes <= this.memoryBudget) break;
			this.memory.delete(oldest);
			this.memoryBytes -= value.byteLength;
		}
	}
}
