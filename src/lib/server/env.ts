/**
 * Server configuration, read once. Every variable is listed in .env.example.
 * Defaults are chosen so `npm start` runs the demo on a fresh machine with no .env.
 */
import { resolve } from 'node:path';

export interface ServerConfig {
	/** Where dataset versions (Parquet), the SQLite database and caches live. Never under static/. */
	dataDir: string;
	/** Directory of the bundled demo exports imported on first start. */
	demoDir: string;
	/** Demo mode: import the demo exports when no dataset exists and create the demo admin when no users exist. */
	demo: boolean;
	/** Production cookies are Secure; off only for plain-http local runs and tests. */
	secureCookies: boolean;
}

function flag(name: string, fallback: boolean): boolean {
	const raw = process.env[name];
	if (raw === undefined || raw === '') return fallback;
	if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
	if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
	throw new Error(`${name} must be 1/0, true/false or yes/no, got "${raw}"`);
}

let cached: ServerConfig | null = null;

export function serverConfig(): ServerConfig {
	cached ??= {
		dataDir: resolve(process.env.DATA_DIR || 'var'),
		demoDir: resolve(process.env.DEMO_DIR || 'data/demo'),
		demo: flag('DEMO', false),
		secureCookies: flag('SECURE_COOKIES', process.env.NODE_ENV === 'production')
	};
	return cached;
}

/** Tests point the server at temporary directories. */
export function setServerConfigForTests(config: ServerConfig | null): void {
	cached = config;
}
