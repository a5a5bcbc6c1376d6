/**
 * Reproducibility: the same parameters on the same dataset version give the same tables and
 * the same dataset hash, whenever and on whichever connection they are generated. Only the
 * generation time (and the user, when another user regenerates) may differ.
 */
import { describe, expect, it } from 'vitest';
import { NodeConnector } from '$lib/engine/node';
import { csvBundle } from '$lib/server/reports/csv-bundle';
import { loadFixture } from '../../factories';
import { fixtureReport, reportFixture } from './report-fixture';
import { readStoredZip } from './zip-reader';

async function freshReport(now: Date) {
	const db = await NodeConnector.open();
	try {
		await loadFixture(db, reportFixture());
		return await fixtureReport(db, now);
	} finally {
		db.close();
	}
}

describe('regenerating a report', () => {
	it('gives identical tables and the same dataset hash a day later on a new connection', async () => {
		const first = await freshReport(new Date('2024-07-02T09:30:00Z'));
		const again = await freshReport(new Date('2024-07-03T16:45:10Z'));
		expect(again.dataset).toEqual(first.dataset);
		expect(again.sections).toEqual(first.sections);
		expect(again.population).toEqual(first.population);
		expect(again.definitions).toEqual(first.definitions);
		expect(again.generated.at).not.toBe(first.generated.at);

		// The CSV files of the tables are byte for byte the same; only about.csv names the time.
		const a = readStoredZip(csvBundle(first));
		const b = readStoredZip(csvBundle(again));
		for (const name of a.keys()) if (name !== '00-about.csv') expect(b.get(name), name).toBe(a.get(name));
		expect(b.get('00-about.csv')).not.toBe(a.get('00-about.csv'));
	});

	it('renders the saved report the same way every time (a re-download is the same file)', async () => {
		const report = await freshReport(new Date('2024-07-02T09:30:00Z'));
		expect(csvBundle(JSON.parse(JSON.stringify(report)))).toEqual(csvBundle(report));
	});
});
