/**
 * One writer at a time: imports in this process run one after another. (A second server
 * process on the same dataDir is not supported; the atomic renames and the SQLite pointer
 * still keep readers safe.)
 */
export class Mutex {
	private tail: Promise<unknown> = Promise.resolve();
	private running = 0;

	/** True while a task holds or waits for the lock. */
	get busy(): boolean {
		return this.running > 0;
	}

	run<T>(task: () => Promise<T>): Promise<T> {
		this.running++;
		const result = this.tail.then(task).finally(() => {
			this.running--;
		});
		// The next task waits for this one whether it succeeds or fails.
		this.tail = result.catch(() => undefined);
		return result;
	}

	/** Run now, or return null at once when another task holds the lock (HTTP 409). */
	tryRun<T>(task: () => Promise<T>): Promise<T> | null {
		return this.busy ? null : this.run(task);
	}
}

export const importMutex = new Mutex();
