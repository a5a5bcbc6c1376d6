/**
 * The production server under test: `node scripts/server.js` on a build snapshot, so a
 * rebuild by someone else mid-run cannot change what is measured. Cold start is timed from
 * spawn to "Listening" (adapter-node runs the init hook, and so the demo import, before it
 * listens) and to the first 200 from /login.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { elapsedMs } from './stats';

export const REPO = join(import.meta.dirname, '..', '..');
export const BENCH_DATA = join(REPO, 'bench-data');
export const ADMIN = { email: 'admin@preceptor.demo', password: 'bench-demo-password-0123' };

export interface RunningServer {
	url: string;
	/** Spawn → "Listening on" printed. */
	listenMs: number;
	/** Spawn → GET /login answered 200. */
	loginMs: number;
	/** The server's own "Preceptor ready in N ms" (init hook), when printed. */
	initMs: number | null;
	log: string[];
	stop(): Promise<void>;
}

/** Copies build/ and the server entry under bench-data/app/ and returns the entry's path. */
export function snapshotBuild(): { entry: string; builtAt: string } {
	const build = join(REPO, 'build');
	if (!existsSync(join(build, 'handler.js'))) throw new Error('no production build: run `npm run build` or pass --build');
	const app = join(BENCH_DATA, 'app');
	rmSync(app, { recursive: true, force: true });
	mkdirSync(join(app, 'scripts'), { recursive: true });
	cpSync(build, join(app, 'build'), { recursive: true });
	cpSync(join(REPO, 'scripts', 'server.js'), join(app, 'scripts', 'server.js'));
	return { entry: join(app, 'scripts', 'server.js'), builtAt: statSync(join(build, 'handler.js')).mtime.toISOString() };
}

export async function startServer(entry: string, dataDir: string, port: number, timeoutMs = 900_000): Promise<RunningServer> {
	const url = `http://localhost:${port}`;
	const t0 = performance.now();
	const child = spawn(process.execPath, [entry], {
		cwd: REPO,
		env: {
			...process.env,
			PORT: String(port),
			ORIGIN: url,
			DATA_DIR: dataDir,
			DEMO: '1',
			DEMO_ADMIN_PASSWORD: ADMIN.password,
			SECURE_COOKIES: '0'
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const log: string[] = [];
	let listenMs: number | null = null;
	let initMs: number | null = null;
	const onLine = (chunk: Buffer) => {
		for (const line of chunk.toString().split('\n').filter(Boolean)) {
			log.push(line);
			if (listenMs === null && line.includes('Listening on')) listenMs = elapsedMs(t0);
			const ready = /ready in (\d+) ms/.exec(line);
			if (ready) initMs = Number(ready[1]);
		}
	};
	child.stdout!.on('data', onLine);
	child.stderr!.on('data', onLine);
	const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

	let loginMs: number | null = null;
	while (loginMs === null) {
		if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${log.slice(-20).join('\n')}`);
		if (performance.now() - t0 > timeoutMs) {
			await stopChild(child, exited);
			throw new Error(`server did not answer /login within ${timeoutMs} ms:\n${log.slice(-20).join('\n')}`);
		}
		const status = await fetch(`${url}/login`).then((r) => r.status, () => 0);
		if (status === 200) loginMs = elapsedMs(t0);
		else await new Promise((r) => setTimeout(r, 25));
	}
	return { url, listenMs: listenMs ?? loginMs, loginMs, initMs, log, stop: () => stopChild(child, exited) };
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
	if (child.exitCode !== null) return;
	child.kill('SIGTERM');
	const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
	await exited;
	clearTimeout(timer);
}
