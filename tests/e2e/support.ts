/** Shared steps for the end-to-end tests. */
import { expect, type Page } from '@playwright/test';
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from '../../playwright.config';

export const DEMO_ADMIN = { email: E2E_ADMIN_EMAIL, password: E2E_ADMIN_PASSWORD };

/** The data directory the test server runs on (set by playwright.config.ts). */
export function e2eDataDir(): string {
	const dir = process.env.E2E_DATA_DIR;
	if (!dir) throw new Error('E2E_DATA_DIR is not set; run the tests through playwright.config.ts');
	return dir;
}

export async function signIn(page: Page, email = DEMO_ADMIN.email, password = DEMO_ADMIN.password, to = '/'): Promise<void> {
	await page.goto(`/login?redirectTo=${encodeURIComponent(to)}`);
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
