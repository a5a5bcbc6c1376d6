/**
 * Writes that survive a crash: data is fsynced before the rename that publishes it, and the
 * directory is fsynced after, so after a power cut a reader sees either the old file or the
 * complete new one (the classic write-fsync-rename-fsync(dir) sequence; see rename(2) and
 * "Files are hard", Dan Luu 2015).
 */
import { open, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export async function fsyncFile(path: string): Promise<void> {
	const handle = await open(path, 'r');
	try {
		await handle.sync();
	} finally {
		await handle.close();
	}
}

/** Directory fsync persists renames and new entries. Some platforms refuse it; nothing to do then. */
export async function fsyncDir(path: string): Promise<void> {
	let handle;
	try {
		handle = await open(path, 'r');
		await handle.sync();
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL') throw error;
	} finally {
		await handle?.close();
	}
}

export async function writeFileDurable(path: string, data: string | Uint8Array): Promise<void> {
	await writeFile(path, data);
	await fsyncFile(path);
}

/** Replace `path` atomically: write `<path>.tmp`, fsync, rename over, fsync the directory. */
export async function replaceFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
	const tmp = `${path}.tmp`;
	await writeFileDurable(tmp, data);
	await rename(tmp, path);
	await fsyncDir(dirname(path));
}
