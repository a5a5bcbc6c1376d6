/**
 * Every way into the app, read from src/routes at test time: each page (GET), each form
 * action of a +page.server.ts (POST), each exported method of a +server.ts. Read as text,
 * not imported, so the inventory does not depend on the modules loading (or on their imports).
 *
 * Keys: "GET /admin/users/[id]", "POST /admin/users?/create", "POST /logout" (default action),
 * "GET /api/dataset". Route groups "(name)" are dropped from paths, as SvelteKit does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'fallback'] as const;

function routeId(routesDir: string, dir: string): string {
	const parts = relative(routesDir, dir)
		.split(sep)
		.filter((p) => p !== '' && !/^\(.+\)$/.test(p));
	return `/${parts.join('/')}`;
}

/** Top-level keys of `export const actions = { ... }`, by brace depth, line by line. */
export function actionNames(source: string): string[] {
	const start = source.search(/export\s+const\s+actions\b/);
	if (start < 0) return [];
	const open = source.indexOf('{', source.indexOf('=', start));
	const names: string[] = [];
	let depth = 0;
	for (const line of source.slice(open).split('\n')) {
		if (depth === 1) {
			const key = /^\s*([A-Za-z_$][\w$]*)\s*(?::|\()/.exec(line);
			if (key) names.push(key[1]);
		}
		for (const ch of line) {
			if (ch === '{') depth++;
			else if (ch === '}') depth--;
		}
		if (depth <= 0) break;
	}
	if (names.length === 0) throw new Error('found `export const actions` but no action in it');
	return names;
}

export function serverMethods(source: string): string[] {
	return METHODS.filter((m) => new RegExp(`export\\s+(?:const|(?:async\\s+)?function)\\s+${m}\\b`).test(source));
}

export function routeInventory(routesDir: string): string[] {
	const keys: string[] = [];
	const walk = (dir: string) => {
		const entries = readdirSync(dir, { withFileTypes: true });
		const id = routeId(routesDir, dir);
		for (const entry of entries) {
			if (entry.isDirectory()) {
				walk(join(dir, entry.name));
				continue;
			}
			const file = join(dir, entry.name);
			if (entry.name === '+page.svelte') keys.push(`GET ${id}`);
			if (/^\+page\.server\.(ts|js)$/.test(entry.name)) {
				for (const name of actionNames(readFileSync(file, 'utf8'))) keys.push(name === 'default' ? `POST ${id}` : `POST ${id}?/${name}`);
			}
			if (/^\+server\.(ts|js)$/.test(entry.name)) {
				for (const method of serverMethods(readFileSync(file, 'utf8'))) keys.push(`${method} ${id}`);
			}
		}
	};
	walk(routesDir);
	return keys.sort();
}
