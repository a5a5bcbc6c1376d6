// Production server: SvelteKit's adapter-node handler, plus precompressed static assets
// (see compress-assets.js). PORT, HOST, ORIGIN and the other adapter-node variables apply.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { handler } from '../build/handler.js';

const CLIENT = join(import.meta.dirname, '..', 'build', 'client');
const TYPES = { '.wasm': 'application/wasm', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

/** Serves build/client/_app/immutable/* from its .br or .gz twin when the browser accepts it. */
async function servePrecompressed(req, res) {
	if (req.method !== 'GET' && req.method !== 'HEAD') return false;
	const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
	if (!pathname.startsWith('/_app/immutable/')) return false;
	const type = TYPES[extname(pathname)];
	const file = normalize(join(CLIENT, pathname));
	if (!type || !file.startsWith(CLIENT)) return false;
	const accepts = String(req.headers['accept-encoding'] ?? '');
	for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
		if (!accepts.includes(encoding)) continue;
		const info = await stat(file + suffix).catch(() => null);
		if (!info) continue;
		res.writeHead(200, {
			'Content-Type': type,
			'Content-Encoding': encoding,
			'Content-Length': info.size,
			'Cache-Control': 'public, max-age=31536000, immutable',
			'Vary': 'Accept-Encoding',
			'X-Content-Type-Options': 'nosniff'
		});
		if (req.method === 'HEAD') res.end();
		else createReadStream(file + suffix).pipe(res);
		return true;
	}
	return false;
}

const server = createServer((req, res) => {
	servePrecompressed(req, res).then(
		(served) => served || handler(req, res),
		() => handler(req, res)
	);
});

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
server.listen(port, host, () => console.log(`Listening on http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`));

for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, () => {
		server.close(() => process.exit(0));
		server.closeAllConnections();
	});
}
