/**
 * The scoring SQL on hand-made survey tables, including rules the shipped instruments do
 * not use (mean, <=), so the SQL is exercised for every rule kind.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { NodeConnector } from '$lib/engine/node';
import type { Instrument } from '$lib/instruments/instruments';
import { createInstrumentRules, scoringSql } from '$lib/server/ingest/scoring';

const item = (id: string) => ({ id, label: id, min: 1, max: 5 });
const TEST_INSTRUMENTS: Instrument[] = [
	{ id: 'avg', name: 'mean test', version: '1', scoreRange: [1, 5], items: [item('a1'), item('a2'), item('a3')], score: { kind: 'mean', minAnswered: 2 }, flag: { op: '<=', threshold: 2, label: 'low' }, source: 'test' },
	{ id: 'one', name: 'item test', version: '1', scoreRange: [1, 5], items: [item('x'), item('y')], score: { kind: 'item', item: 'y' }, flag: { op: '>', threshold: 3, label: 'high' }, source: 'test' },
	{ id: 'noflag', name: 'sum, no flag', version: '1', scoreRange: [2, 10], items: [item('s1'), item('s2')], score: { kind: 'sum', minAnswered: 2 }, flag: null, source: 'test' }
];

let db: NodeConnector;

beforeAll(async () => {
	db = await NodeConnector.open();
	await db.exec(`CREATE TABLE survey_responses (response_id VARCHAR, instrument VARCHAR);
		CREATE TABLE survey_items (response_id VARCHAR, item VARCHAR, value DOUBLE);
		INSERT INTO survey_responses VALUES ('r1', 'avg'), ('r2', 'avg'), ('r3', 'one'), ('r4', 'one'), ('r5', 'noflag'), ('r6', 'unknown');
		INSERT INTO survey_items VALUES
			('r1', 'a1', 1), ('r1', 'a2', 2),
			('r2', 'a1', 5),
			('r3', 'x', 5), ('r3', 'y', 4),
			('r4', 'x', 5),
			('r5', 's1', 3), ('r5', 's2', 4),
			('r6', 'z', 1);`);
	await createInstrumentRules(db, TEST_INSTRUMENTS);
});

afterAll(() => db.close());

test('mean, item and sum rules with their flags', async () => {
	const rows = await db.query<{ response_id: string; score: number | null; flag: boolean | null }>(`${scoringSql()} ORDER BY response_id`);
	expect(rows).toEqual([
		// mean(1, 2) = 1.5, 2 of 3 answered (min 2); 1.5 <= 2 -> flag
		{ response_id: 'r1', score: 1.5, flag: true },
		// 1 of 3 answered < min 2 -> null score, null flag
		{ response_id: 'r2', score: null, flag: null },
		// item y = 4 > 3
		{ response_id: 'r3', score: 4, flag: true },
		// item y not answered -> null
		{ response_id: 'r4', score: null, flag: null },
		// 3 + 4 = 7, no flag rule -> null flag
		{ response_id: 'r5', score: 7, flag: null }
		// r6: no rule for "unknown" -> not scored at all
	]);
});

test('table names must be plain identifiers', () => {
	expect(() => scoringSql({ responses: 'x; DROP TABLE y', items: 'i', rules: 'r' })).toThrow(/plain table name/);
});
