/**
 * The demo's first account. Only in demo mode and only on an empty users table, so a
 * real deployment never gains a known account and a demo never gains a second admin.
 */
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { database, type Db } from '$lib/server/db/open';
import { audit } from './audit';
import { systemClock, type Clock } from './clock';
import { passwordProblem } from './password';
import { countUsers, createUser } from './users';

export const DEMO_ADMIN_EMAIL = 'admin@preceptor.demo';
/** Where the printed credentials say to sign in: the configured origin, else localhost on PORT. */
export function demoLoginUrl(env: NodeJS.ProcessEnv = process.env): string {
	return `${env.ORIGIN || `http://localhost:${env.PORT || 3000}`}/login`;
}

export interface DemoAdminOptions {
	demo: boolean;
	db?: Db;
	clock?: Clock;
	/** Fixed password (DEMO_ADMIN_PASSWORD) so tests and scripted demos can sign in. */
	password?: string;
	/** Where the one-time notice goes; stdout by default. */
	log?: (message: string) => void;
}

export type DemoAdminResult =
	| { created: true; email: string }
	| { created: false; reason: 'not demo mode' | 'users exist' };

/** 15 random bytes as four groups of six base32 characters: 120 bits, easy to retype. */
export function generateDemoPassword(): string {
	const bytes = new Uint8Array(15);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes).match(/.{6}/g)!.join('-');
}

export async function ensureDemoAdmin(options: DemoAdminOptions): Promise<DemoAdminResult> {
	if (!options.demo) return { created: false, reason: 'not demo mode' };
	const db = options.db ?? database();
	if (countUsers(db) > 0) return { created: false, reason: 'users exist' };

	const fixed = options.password ?? process.env.DEMO_ADMIN_PASSWORD;
	if (fixed !== undefined && fixed !== '') {
		const problem = passwordProblem(fixed);
		if (problem) throw new Error(`DEMO_ADMIN_PASSWORD is not usable: ${problem}`);
	}
	const password = fixed || generateDemoPassword();
	const clock = options.clock ?? systemClock;
	const id = await createUser(
		db,
		{ email: DEMO_ADMIN_EMAIL, displayName: 'Demo administrator', role: 'admin', password },
		clock
	);
	audit(db, { userId: id, action: 'demo_admin_created', detail: { email: DEMO_ADMIN_EMAIL } }, clock);
	(options.log ?? console.log)(demoAdminNotice(fixed ? null : password));
	return { created: true, email: DEMO_ADMIN_EMAIL };
}

/**
 * A boxed message, printed once: only the hash is stored, so this is the only chance to read
 * a generated password. `null` means it came from DEMO_ADMIN_PASSWORD, which is not echoed.
 */
export function demoAdminNotice(password: string | null): string {
	const lines = [
		'Preceptor demo: an administrator account was created.',
		'',
		`  Sign in at  ${demoLoginUrl()}`,
		`  Email       ${DEMO_ADMIN_EMAIL}`,
		`  Password    ${password ?? '(the value of DEMO_ADMIN_PASSWORD)'}`,
		'',
		password
			? 'This password is shown only once. Set DEMO_ADMIN_PASSWORD to choose your own.'
			: 'Unset DEMO_ADMIN_PASSWORD on a fresh data directory for a random one.'
	];
	const width = Math.max(...lines.map((l) => l.length));
	const rule = '─'.repeat(width + 2);
	return ['', `┌${rule}┐`, ...lines.map((l) => `│ ${l.padEnd(width)} │`), `└${rule}┘`, ''].join('\n');
}
