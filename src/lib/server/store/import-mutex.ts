/**
 * One writer at a time: imports in this process run one after another. (A second server
 * process on the same dataDir is not supported; the atomic renames still keep readers safe.)
 */
export class Mutex {
	private tail: Promise<unknown> = Promise.resolve();

	run<T>(task: () => Promise<T>): Promise<T> {
		const result = this.tail.then(task);
		// The next task waits for this one whether it succeeds or fails.
		this.tail = result.catch(() => undefined);
		return result;
	}
}

export const importMutex = new Mutex();
