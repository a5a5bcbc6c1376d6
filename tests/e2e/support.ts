/** Shared steps for the end-to-end tests. */
import { expect, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from '../../playwright.config';
import { NodeConnector } from '../../src/lib/engine/node';
import { TABLE_NAMES, type TableName } from '../../src/lib/schema/tables';
import { DERIVED_TABLES, materializeDerivedTableSql } from '../../src/lib/metrics/interprofessional/contact-facts';

export const DEMO_ADMIN = { email: E2E_ADMIN_EMAIL, password: E2E_ADMIN_PASSWORD };

/** The data directory the test server runs on (set by playwright.config.ts). */
export function e2eDataDir(): string {
	const dir = process.env.E2E_DATA_DIR;
	if (!dir) throw new Error('E2E_DATA_DIR is not set; run the tests through playwright.config.ts');
	return dir;
}

/** Parquet file of a table in the dataset version the server currently serves. */
export async function servedParquet(table: TableName): Promise<string> {
	const dataDir = e2eDataDir();
	// current.json mirrors the server's current-version pointer (kept in SQLite).
	const { versionId } = JSON.parse(await readFile(join(dataDir, 'current.json'), 'utf8'));
	return join(dataDir, 'versions', versionId, `${table}.parquet`);
}

/**
 * The served version opened in Node, every canonical table loaded and the contact facts
 * derived as an admin's payload has them (or, with `prefix`, only the canonical tables as
 * views named prefix+table, for a test that slices them itself), so a test can run the
 * same metric SQL the browser runs. The caller closes it.
 */
export async function openServedDataset(prefix = ''): Promise<NodeConnector> {
	const db = await NodeConnector.open();
	for (const table of TABLE_NAMES) {
		const file = (await servedParquet(table)).replace(/'/g, "''");
		await db.exec(prefix ? `CREATE VIEW "${prefix}${table}" AS SELECT * FROM read_parquet('${file}')` : `CREATE TABLE "${table}" AS SELECT * FROM read_parquet('${file}')`);
	}
	if (!prefix) for (const spec of DERIVED_TABLES) await db.exec(materializeDerivedTableSql(spec));
	return db;
}

export async function signIn(page: Page, email = DEMO_ADMIN.email, password = DEMO_ADMIN.password, to = '/'): Promise<void> {
	await page.goto(`/login?redirectTo=${encodeURIComponent(to)}`);
	// Typing before hydration would be wiped when the script takes over the form.
	await page.locator('form[data-hydrated]').waitFor();
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: /sign in/i }).click();
	await expect(page).not.toHaveURL(/\/login/);
}

export const VIEWPORTS = {
	desktop: { width: 1440, height: 900 },
	phone: { width: 390, height: 844 }
} as const;

/** Screenshots land in tests/e2e/screenshots/ (gitignored) for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
	for (const [label, size] of Object.entries(VIEWPORTS)) {
		await page.setViewportSize(size);
		await page.waitForTimeout(300);
		await page.screenshot({ path: `tests/e2e/screenshots/${name}-${label}.png`, fullPage: true });
	}
	await page.setViewportSize(VIEWPORTS.desktop);
}
