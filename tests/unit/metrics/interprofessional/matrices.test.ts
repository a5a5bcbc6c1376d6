/**
 * Known answers for the two profession × profession matrices on fixture.ts.
 *
 * Pairings (row = mentor profession, column = mentee profession), mentee in the selection:
 *   PA RN→MD, PB MD→MD, PF RN→MD; PC has no mentor and is not a pairing.
 *   no filter: (RN, MD) = 2, (MD, MD) = 1; 3 pairings, 2 across professions, 3 mentees.
 *   date range 2025-06-01 – 2025-12-31: PA ended 2025-05-31 and PF 2025-03-01, before the
 *     range; PB is in force → (MD, MD) = 1 only.
 *   profession RN: C's request is the only RN mentee record → nothing.
 *
 * Activities (cell = activities where both professions were present; diagonal = present):
 *   held by as_of and attended by a selected trainee: X1 {MD, RN, PharmD}, X2 {MD},
 *   X3 {RN, PharmD}; X4 is after as_of.
 *   no filter: MD–MD 2 (X1, X2), RN–RN 2 (X1, X3), PharmD–PharmD 2 (X1, X3),
 *     MD–RN 1, MD–PharmD 1, RN–PharmD 2 (X1, X3), each both ways;
 *     3 activities, 2 with more than one profession, 5 selected attendees (A, B, C, D, E).
 *   profession MD (A at X1, B at X2): MD–MD 2, MD–RN 1, MD–PharmD 1, RN–RN 1, RN–PharmD 1,
 *     PharmD–PharmD 1 (all professions present count, not only MD); 2 activities, 2 attendees.
 *   from 2025-06-01: X2, X3 → MD–MD 1, RN–RN 1, PharmD–PharmD 1, RN–PharmD 1; 2 activities.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityMatrix, pairingMatrix } from '../../../../src/lib/metrics/interprofessional';
import { makeFilter } from '../../../../src/lib/metrics/population-filter';
import type { ProfessionCell } from '../../../../src/lib/metrics/interprofessional/professions';
import { ENGINES, ENGINE_SETUP_TIMEOUT, withFixture, type TestDatabase } from '../engines';
import { fixture } from './fixture';

/** "ROW>COLUMN=count", sorted, so a failure shows the whole matrix. */
const flat = (cells: readonly ProfessionCell[]) => cells.map((c) => `${c.rowProfession}>${c.columnProfession}=${c.count}`).sort();

describe.each(ENGINES)('interprofessional matrices on $name', (engine) => {
	let db: TestDatabase;
	beforeAll(async () => {
		db = await withFixture(engine, fixture);
	}, ENGINE_SETUP_TIMEOUT);
	afterAll(() => db?.close());

	it('counts matched pairings by mentor and mentee profession', async () => {
		const m = await pairingMatrix(db, makeFilter());
		expect(flat(m.cells)).toEqual(['MD>MD=1', 'RN>MD=2']);
		expect(m).toMatchObject({ pairings: 3, crossDiscipline: 2, mentees: 3, professions: ['MD', 'RN'] });
	});

	it('keeps only pairings in force during the date range', async () => {
		const m = await pairingMatrix(db, makeFilter({ dateFrom: '2025-06-01', dateTo: '2025-12-31' }));
		expect(flat(m.cells)).toEqual(['MD>MD=1']);
		expect(m).toMatchObject({ pairings: 1, crossDiscipline: 0, mentees: 1 });
	});

	it('is empty when no selected mentee has a match', async () => {
		const m = await pairingMatrix(db, makeFilter({ professions: ['RN'] }));
		expect(m).toEqual({ cells: [], professions: [], pairings: 0, crossDiscipline: 0, mentees: 0 });
	});

	it('counts activities where both professions were present, symmetric, diagonal = present', async () => {
		const m = await activityMatrix(db, makeFilter());
		expect(flat(m.cells)).toEqual(
			[
				'MD>MD=2', 'RN>RN=2', 'PharmD>PharmD=2',
				'MD>RN=1', 'RN>MD=1', 'MD>PharmD=1', 'PharmD>MD=1', 'RN>PharmD=2', 'PharmD>RN=2'
			].sort()
		);
		expect(m).toMatchObject({ activities: 3, interprofessional: 2, attendees: 5, professions: ['MD', 'RN', 'PharmD'] });
	});

	it('keeps activities a selected trainee attended, with every profession present there', async () => {
		const m = await activityMatrix(db, makeFilter({ professions: ['MD'] }));
		expect(flat(m.cells)).toEqual(
			['MD>MD=2', 'MD>RN=1', 'RN>MD=1', 'MD>PharmD=1', 'PharmD>MD=1', 'RN>RN=1', 'RN>PharmD=1', 'PharmD>RN=1', 'PharmD>PharmD=1'].sort()
		);
		expect(m).toMatchObject({ activities: 2, interprofessional: 1, attendees: 2 });
	});

	it('keeps activities inside the date range only', async () => {
		const m = await activityMatrix(db, makeFilter({ dateFrom: '2025-06-01' }));
		expect(flat(m.cells)).toEqual(['MD>MD=1', 'PharmD>PharmD=1', 'PharmD>RN=1', 'RN>PharmD=1', 'RN>RN=1']);
		expect(m).toMatchObject({ activities: 2, interprofessional: 1 });
	});
});
