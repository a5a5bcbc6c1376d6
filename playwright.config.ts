import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * End-to-end tests run against the production build (`node build`) in Debian's Chromium.
 * CHROMIUM_PATH overrides the browser path so the suite also runs on a laptop.
 * Each run gets a fresh data directory, so the demo import and demo admin are exercised
 * exactly as on a newcomer's first start.
 */
const port = Number(process.env.E2E_PORT ?? 4173);
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'preceptor-e2e-'));
export const E2E_ADMIN_EMAIL = 'admin@preceptor.demo';
export const E2E_ADMIN_PASSWORD = 'e2e-demo-password-0123';
process.env.E2E_DATA_DIR = dataDir;

export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 120_000,
	expect: { timeout: 45_000 },
	fullyParallel: false,
	workers: 1,
	retries: 0,
	reporter: [['list']],
	use: {
		baseURL: `http://localhost:${port}`,
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	webServer: {
		command: 'node scripts/server.js',
		port,
		timeout: 120_000,
		reuseExistingServer: false,
		stdout: 'pipe',
		env: {
			PORT: String(port),
			ORIGIN: `http://localhost:${port}`,
			DATA_DIR: dataDir,
			DEMO: '1',
			DEMO_ADMIN_PASSWORD: E2E_ADMIN_PASSWORD,
			SECURE_COOKIES: '0',
			BODY_SIZE_LIMIT: '60M'
		}
	}
});
