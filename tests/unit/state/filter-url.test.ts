import { describe, expect, it } from 'vitest';
import { makeFilter } from '../../../src/lib/metrics/population-filter';
import { filterFromSearchParams, filterToSearchParams } from '../../../src/lib/state/filter-url';
import { LatestOnly } from '../../../src/lib/state/latest-only';

describe('filter state in the URL', () => {
	it('round-trips every field', () => {
		const filter = makeFilter({
			programs: ['UME-MD', 'GME-IM'],
			professions: ['MD'],
			levels: ['PGY1'],
			genders: ['woman'],
			cohortFrom: 2022,
			cohortTo: 2024,
			dateFrom: '2025-01-01',
			dateTo: '2025-12-31',
			mentored: 'unmentored',
			modality: 'virtual',
			urim: true,
			firstGen: false
		});
		const query = filterToSearchParams(filter).toString();
		expect(query).toBe(
			'program=GME-IM&program=UME-MD&profession=MD&level=PGY1&gender=woman&cohort_from=2022&cohort_to=2024&from=2025-01-01&to=2025-12-31&mentored=unmentored&modality=virtual&urim=yes&first_gen=no'
		);
		expect(filterFromSearchParams(new URLSearchParams(query))).toEqual({ ...filter, programs: ['GME-IM', 'UME-MD'] });
	});

	it('drops malformed values instead of trusting them', () => {
		const filter = filterFromSearchParams(
			new URLSearchParams("program=P1&program=x' OR 1=1 --&cohort_from=20x4&from=2025-13-45&mentored=sometimes&urim=maybe")
		);
		expect(filter).toEqual(makeFilter({ programs: ['P1'] }));
	});

	it('keeps unrelated params of the page', () => {
		const params = filterToSearchParams(makeFilter({ programs: ['P1'] }), new URLSearchParams('tab=table&program=OLD'));
		expect(params.toString()).toBe('tab=table&program=P1');
	});
});

describe('stale results are dropped', () => {
	it('delivers only the newest run, even when an older one finishes last', async () => {
		const latest = new LatestOnly();
		let releaseSlow: (v: string) => void = () => {};
		const slow = latest.run(() => new Promise<string>((resolve) => (releaseSlow = resolve)));
		const fast = latest.run(async () => 'new');
		expect(await fast).toEqual({ stale: false, value: 'new' });
		releaseSlow('old');
		expect(await slow).toEqual({ stale: true });
	});

	it('swallows errors of superseded runs but reports the current one', async () => {
		const latest = new LatestOnly();
		const old = latest.run(async () => {
			await new Promise((r) => setTimeout(r, 10));
			throw new Error('old failure');
		});
		const current = latest.run(async () => {
			throw new Error('current failure');
		});
		await expect(current).rejects.toThrow('current failure');
		expect(await old).toEqual({ stale: true });
	});
});
