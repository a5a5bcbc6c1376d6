/**
 * Time as a dependency: session expiry and login throttling read the clock through
 * this interface so tests can move time forward instead of sleeping.
 */
export interface Clock {
	/** Milliseconds since the Unix epoch. */
	now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
