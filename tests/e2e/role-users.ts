/**
 * Accounts for the role tests, created the way an administrator creates them: through the
 * form at /admin/users, reading the one-time password it shows. Nothing is written to the
 * server's SQLite behind its back.
 */
import { expect, type Browser, type APIRequestContext } from '@playwright/test';
import { signIn } from './support';

export type AccountRole = 'admin' | 'dean' | 'coordinator' | 'reviewer';

export interface AccountSpec {
	email: string;
	displayName: string;
	role: AccountRole;
	programIds?: string[];
}

export interface Account extends AccountSpec {
	password: string;
}

/** Demo programs used as "program A" and "program B" (data/demo/programs.csv). */
export const PROGRAM_A = 'GME-IM';
export const PROGRAM_B = 'NRP';

export async function createAccounts(browser: Browser, specs: readonly AccountSpec[]): Promise<Account[]> {
	const context = await browser.newContext();
	const page = await context.newPage();
	try {
		await signIn(page, undefined, undefined, '/admin/users');
		const accounts: Account[] = [];
		for (const spec of specs) {
			await page.goto('/admin/users');
			await page.locator('#new-email').fill(spec.email);
			await page.locator('#new-displayName').fill(spec.displayName);
			await page.locator(`input[name="role"][value="${spec.role}"]`).check();
			for (const id of spec.programIds ?? []) await page.locator(`input[name="programIds"][value="${id}"]`).check();
			await page.getByRole('button', { name: 'Add user' }).click();
			const password = page.locator('#once-password');
			await expect(password).toBeVisible();
			accounts.push({ ...spec, password: (await password.textContent())!.trim() });
		}
		return accounts;
	} finally {
		await context.close();
	}
}

/** Signs a request context in through the sign-in form's action, as a browser would post it. */
export async function signInRequest(request: APIRequestContext, email: string, password: string): Promise<void> {
	const response = await request.post('/login', { form: { email, password }, maxRedirects: 0, headers: { accept: 'text/html' } });
	expect(response.status(), `sign-in of ${email}`).toBe(303);
}
