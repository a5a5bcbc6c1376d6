/** Test doubles for auth: a clock that only moves when told, and an in-memory database. */
import type { Clock } from '$lib/server/auth/clock';
import { DEFAULT_SESSION_POLICY } from '$lib/server/auth/policy';
import type { AuthContext } from '$lib/server/auth/session';
import type { CookieJar } from '$lib/server/auth/cookie';
import { createUser, type NewUser } from '$lib/server/auth/users';
import { openDatabase } from '$lib/server/db/open';

export class FakeClock implements Clock {
	constructor(public ms = Date.UTC(2025, 0, 6, 9, 0, 0)) {}
	now(): number {
		return this.ms;
	}
	advance(ms: number): void {
		this.ms += ms;
	}
}

export function testContext(clock = new FakeClock()): AuthContext & { clock: FakeClock } {
	return { db: openDatabase(':memory:'), clock, policy: DEFAULT_SESSION_POLICY };
}

export const PASSWORD = 'correct horse battery';

export function makeUser(ctx: AuthContext, overrides: Partial<NewUser> = {}): Promise<string> {
	return createUser(
		ctx.db,
		{ email: 'dean@example.edu', displayName: 'Dr. Dean', role: 'dean', password: PASSWORD, ...overrides },
		ctx.clock
	);
}

type CookieOptions = Parameters<CookieJar['set']>[2];

interface SetCall {
	name: string;
	value: string;
	options: Partial<CookieOptions>;
}

/** Records what code under test does with cookies, as SvelteKit's `cookies` would receive it. */
export class FakeCookies implements CookieJar {
	readonly sets: SetCall[] = [];
	readonly deletes: SetCall[] = [];
	constructor(private readonly jar: Record<string, string> = {}) {}
	get(name: string): string | undefined {
		return this.jar[name];
	}
	set(name: string, value: string, options: CookieOptions): void {
		this.sets.push({ name, value, options });
		this.jar[name] = value;
	}
	delete(name: string, options: CookieOptions): void {
		this.deletes.push({ name, value: '', options });
		delete this.jar[name];
	}
	serialize(name: string, value: string): string {
		return `${name}=${value}`;
	}
}
