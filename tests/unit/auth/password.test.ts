import { describe, expect, it } from 'vitest';
import {
	hashPassword,
	needsRehash,
	passwordProblem,
	verifyDummyPassword,
	verifyPassword
} from '$lib/server/auth/password';
import { hash } from '@node-rs/argon2';

describe('passwords', () => {
	it('hash with argon2id at m=19456, t=2, p=1 and verify', async () => {
		const stored = await hashPassword('twelve chars');
		// PHC string: $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>
		expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/);
		expect(await verifyPassword(stored, 'twelve chars')).toBe(true);
		expect(await verifyPassword(stored, 'twelve chars ')).toBe(false);
		expect(needsRehash(stored)).toBe(false);
	});

	it('salt each hash', async () => {
		expect(await hashPassword('same password!')).not.toBe(await hashPassword('same password!'));
	});

	it('refuse fewer than 12 characters when set', async () => {
		expect(passwordProblem('elevenchars')).toMatch(/at least 12/);
		expect(passwordProblem('twelve chars')).toBeNull();
		await expect(hashPassword('short')).rejects.toThrow(/at least 12/);
	});

	it('treat a malformed stored hash as a mismatch, not an error', async () => {
		expect(await verifyPassword('not-a-hash', 'whatever password')).toBe(false);
	});

	it('flag weaker old hashes for rehash', async () => {
		const old = await hash('twelve chars', { memoryCost: 4096, timeCost: 3, parallelism: 1 });
		expect(needsRehash(old)).toBe(true);
	});

	it('spend a verification on unknown accounts and always say no', async () => {
		expect(await verifyDummyPassword('preceptor-dummy-password')).toBe(false);
	});
});
