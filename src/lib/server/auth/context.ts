/**
 * The running server's auth dependencies: the shared database, the system clock and the
 * session policy from the environment. Route and hook code asks for these; tests build
 * their own AuthContext instead.
 */
import { database } from '$lib/server/db/open';
import { serverConfig } from '$lib/server/env';
import { systemClock } from './clock';
import { sessionPolicyFromEnv } from './policy';
import type { AuthContext } from './session';
import { LoginThrottle } from './throttle';

let context: AuthContext | null = null;
let throttle: LoginThrottle | null = null;

export function authContext(): AuthContext {
	context ??= { db: database(), clock: systemClock, policy: sessionPolicyFromEnv() };
	return context;
}

export function loginThrottle(): LoginThrottle {
	const { db, clock } = authContext();
	throttle ??= new LoginThrottle(db, clock);
	return throttle;
}

/** Whether cookies carry Secure (and the `__Host-` name). */
export function secureCookies(): boolean {
	return serverConfig().secureCookies;
}
