/**
 * Known answer: the fixture (fixture.ts) has Mini-Z and WHO-5 answers only, so the view
 * offers those two, in the configuration's order (mini_z_burnout before who5).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instrumentsWithData } from '../../../../src/lib/metrics/wellbeing/instruments-with-data';
import { ENGINES, ENGINE_SETUP_TIMEOUT, withFixture, type TestDatabase } from '../engines';
import { WELLBEING_FIXTURE } from './fixture';

describe.each(ENGINES)('instruments with data on $name', (engine) => {
	let db: TestDatabase;
	beforeAll(async () => {
		db = await withFixture(engine, WELLBEING_FIXTURE);
	}, ENGINE_SETUP_TIMEOUT);
	afterAll(() => db?.close());

	it('lists answered instruments with a flag rule, in configuration order', async () => {
		expect((await instrumentsWithData(db)).map((i) => i.id)).toEqual(['mini_z_burnout', 'who5']);
	});
});
