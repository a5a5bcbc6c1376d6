/**
 * The glossary shows each worklist rule's SQL and parameters; run as shown, each gives the
 * rule's own answer on the fixture, so the glossary cannot drift from the list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { worklistFlags, type WorklistFlag } from '../../../../src/lib/metrics/worklist';
import { WORKLIST_METRICS } from '../../../../src/lib/metrics/worklist/glossary';
import { METRIC_CATALOGUE } from '../../../../src/lib/metrics/catalogue';
import { ENGINES, ENGINE_SETUP_TIMEOUT, withFixture, type TestDatabase } from '../engines';
import { thresholdsFixture } from './thresholds-fixture';

describe.each(ENGINES.slice(0, 1))('worklist glossary on $name', (engine) => {
	let db: TestDatabase;
	beforeAll(async () => {
		db = await withFixture(engine, thresholdsFixture);
	}, ENGINE_SETUP_TIMEOUT);
	afterAll(() => db?.close());

	it('lists every rule, and its SQL with the shown parameters gives the whole list', async () => {
		expect(METRIC_CATALOGUE.find((s) => s.id === 'worklist')?.metrics).toBe(WORKLIST_METRICS);
		const rows: WorklistFlag[] = [];
		for (const m of WORKLIST_METRICS) rows.push(...(await db.query<WorklistFlag & Record<string, unknown>>(m.sql, m.parameters.map((p) => (p.default === 'NULL' ? null : p.default)))));
		const key = (r: WorklistFlag) => `${r.person_id}:${r.reason}:${r.evidence}`;
		// Every rule fires on the fixture (thresholds-fixture.ts), so an empty glossary run cannot pass.
		expect(new Set(rows.map((r) => r.reason)).size).toBe(WORKLIST_METRICS.length);
		expect(rows.map(key).sort()).toEqual((await worklistFlags(db)).map(key).sort());
	});
});
