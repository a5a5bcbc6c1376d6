import { describe, expect, it } from 'vitest';
import { assignablePrograms, programChoices, type ProgramChoice } from '$lib/server/admin/program-choices';

const programs: ProgramChoice[] = [{ id: 'ume', name: 'Medical school mentoring' }];

describe('programChoices', () => {
	it('reports no dataset before the first import, without reading anything', async () => {
		let reads = 0;
		const read = async () => (reads++, programs);
		expect(await programChoices('/data-none', read, async () => null)).toEqual({ status: 'no-dataset', programs: [] });
		expect(reads).toBe(0);
	});

	it('reads a version once and serves it from memory after', async () => {
		let reads = 0;
		const read = async () => (reads++, programs);
		const current = async () => 'v20250106T090000Z-00000001';
		expect(await programChoices('/data-once', read, current)).toEqual({ status: 'ready', versionId: 'v20250106T090000Z-00000001', programs });
		await programChoices('/data-once', read, current);
		expect(reads).toBe(1);
	});

	it('reports an unreadable store or programs table instead of failing the page, and retries later', async () => {
		const broken = await programChoices('/data-broken', async () => programs, async () => {
			throw new Error('bad pointer');
		});
		expect(broken).toEqual({ status: 'unreadable', message: 'The current dataset could not be read: bad pointer', programs: [] });

		let attempt = 0;
		const flaky = async () => {
			if (attempt++ === 0) throw new Error('disk hiccup');
			return programs;
		};
		const current = async () => 'v20250106T090000Z-00000002';
		expect((await programChoices('/data-flaky', flaky, current)).status).toBe('unreadable');
		expect((await programChoices('/data-flaky', flaky, current)).status).toBe('ready');
	});
});

describe('assignablePrograms', () => {
	it('is the dataset programs plus those the user already holds', () => {
		const choices = { status: 'ready' as const, versionId: 'v', programs: [{ id: 'a', name: 'A' }] };
		expect([...assignablePrograms(choices, ['old'])].sort()).toEqual(['a', 'old']);
	});
});
