/**
 * Reviewer tables on the fixture in aggregates-fixture.ts (counts worked out there).
 * With minCell 1 nothing is hidden, so the linked tables must equal the views' metrics;
 * with minCell 11 the hidden cells are worked out by hand below.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeConnector } from '$lib/engine/node';
import { activeTrainees, burnoutByWave, mentorCoverage, urimShares } from '$lib/metrics';
import { exitsByLevel } from '$lib/metrics/retention/exitsByLevel';
import { buildLinkedAggregates, type LinkedAggregates } from '$lib/server/aggregates/linked-tables';
import { aggregatesFromLinked, NO_PROGRAM_OF_YOURS, NOT_YOUR_PROGRAM } from '$lib/server/aggregates/reviewer-aggregates';
import type { ReviewerAggregates, ReviewerCell, ReviewerTable } from '$lib/server/aggregates/types';
import { loadFixture } from '../../factories';
import { reviewerFixture } from './aggregates-fixture';

let db: NodeConnector;
let raw: LinkedAggregates;
let suppressed: LinkedAggregates;

beforeAll(async () => {
	db = await NodeConnector.open();
	await loadFixture(db, reviewerFixture());
	raw = await buildLinkedAggregates(db, 'v-test', 1);
	suppressed = await buildLinkedAggregates(db, 'v-test', 11);
});
afterAll(() => db.close());

const values = (table: LinkedAggregates['headcount']) => table.suppressed!.cells.map((r) => r.map((c) => c.value));
const columnTotals = (table: LinkedAggregates['headcount']) => table.suppressed!.columnTotals.map((c) => c.value);

function served(data: LinkedAggregates, query = ''): ReviewerAggregates {
	const outcome = aggregatesFromLinked(data, new URLSearchParams(query));
	if (!outcome.ok) throw new Error(outcome.message);
	return outcome.body;
}
const table = (body: ReviewerAggregates, id: ReviewerTable['id']) => body.tables.find((t) => t.id === id)!;
const show = (cell: ReviewerCell) => (cell.kind === 'count' ? (cell.suppressed ? 'S' : cell.value) : cell.kind === 'share' ? cell.value : '-');

describe('linked tables equal the views’ metrics (nothing hidden at minCell 1)', () => {
	it('headcount: rows P1, P2, P3 × MD, RN', async () => {
		expect(raw.programs.map((p) => p.id)).toEqual(['P1', 'P2', 'P3']);
		expect(raw.headcount.columns).toEqual(['MD', 'RN']);
		expect(values(raw.headcount)).toEqual([[20, 12], [15, 3], [4, 0]]);
		const metric = await activeTrainees(db);
		expect(raw.headcount.suppressed!.rowTotals.map((c) => c.value)).toEqual(metric.byProgram.map((p) => p.trainees));
		expect(raw.headcount.suppressed!.grandTotal.value).toBe(metric.total); // 54
	});

	it('coverage: P1 14 of 32, P2 5 of 18, P3 0 of 4', async () => {
		expect(values(raw.coverage)).toEqual([[14, 18], [5, 13], [0, 4]]);
		const metric = await mentorCoverage(db);
		expect(metric.byProgram.map((p) => p.withMentor)).toEqual([14, 5, 0]);
		expect(raw.coverage.suppressed!.columnTotals[0].value).toBe(metric.withMentor);
	});

	it('burnout W1: 8 flagged of 35 respondents, as burnoutByWave says', async () => {
		expect(raw.burnout.columns).toEqual(['W1|flagged', 'W1|not_flagged']);
		expect(values(raw.burnout)).toEqual([[6, 14], [2, 13], [0, 0]]);
		const [w1] = await burnoutByWave(db);
		expect(columnTotals(raw.burnout)).toEqual([w1.flagged, w1.n - w1.flagged]);
	});

	it('URiM: trainees 8 yes / 20 no / 26 unknown; mentors 1 / 1 / 1', async () => {
		// Trainees: P1 MD 8 yes, 12 no; P1 RN 8 no, 4 unknown; P2 18 and P3 4 unknown (no rows).
		// Mentors: PM1 yes, PM2 no, QM1 unknown.
		expect(values(raw.urim)).toEqual([[8, 20, 4, 1, 1, 0], [0, 0, 18, 0, 0, 1], [0, 0, 4, 0, 0, 0]]);
		const metric = await urimShares(db);
		expect(columnTotals(raw.urim)).toEqual([
			metric.trainees.urim, metric.trainees.known - metric.trainees.urim, metric.trainees.unknown,
			metric.mentors.urim, metric.mentors.known - metric.mentors.urim, metric.mentors.unknown
		]);
	});

	it('exits: personal MS2 ×2, dismissed PGY1, graduated MS4', async () => {
		expect(raw.exits.columns).toEqual(['personal|MS2', 'dismissed|PGY1', 'graduated|MS4']);
		expect(values(raw.exits)).toEqual([[2, 0, 1], [0, 1, 0], [0, 0, 0]]);
		const metric = await exitsByLevel(db);
		const byKey = new Map(metric.map((e) => [`${e.reason}|${e.level}`, e.count]));
		expect(raw.exits.columns.map((c) => byKey.get(c))).toEqual(columnTotals(raw.exits));
	});
});

describe('suppressed at 11', () => {
	it('hides the small cells and their complements in the headcount (worked by hand)', () => {
		// Table with margins:   MD  RN | total
		//                 P1    20  12 |  32
		//                 P2    15   3 |  18
		//                 P3     4   0 |   4
		//                 all   39  15 |  54
		// Small: P2·RN 3, P3·MD 4, P3 total 4. P2·RN is alone on its row and column; the
		// cheapest cycle through it is P2·MD 15 → P1·MD 20 → P1·RN 12. P3·MD and P3 total then
		// still form no cycle; the cheapest closing entry is the P2 total 18. Shown: P1 total,
		// the zero, and the all-programs line.
		const t = suppressed.headcount.suppressed!;
		expect(t.cells.map((r) => r.map((c) => c.suppressed))).toEqual([[true, true], [true, true], [true, false]]);
		expect(t.rowTotals.map((c) => c.value)).toEqual([32, null, null]);
		expect(t.columnTotals.map((c) => c.value)).toEqual([39, 15]);
		expect(t.grandTotal.value).toBe(54);
	});

	it('serves all programs as every program row plus the totals row', () => {
		const headcount = table(served(suppressed), 'headcount');
		expect(headcount.columns).toEqual(['MD', 'RN', 'Total']);
		expect(headcount.rows.map((r) => [r.label, ...r.cells.map(show)])).toEqual([
			['Program One (P1)', 'S', 'S', 32],
			['Program Two (P2)', 'S', 'S', 'S'],
			['Small (P3)', 'S', 0, 'S'],
			['All programs', 39, 15, 54]
		]);
	});

	it('serves one program as its row only', () => {
		const body = served(suppressed, 'program=P1');
		expect(body.selection).toEqual({ program: 'P1', label: 'Program One (P1)' });
		expect(table(body, 'headcount').rows.map((r) => r.cells.map(show))).toEqual([['S', 'S', 32]]);
	});

	it('computes shares only from shown counts', () => {
		// Burnout W1, all programs: 8 flagged, 27 not (both ≥ 11? 8 is not): flagged is small, so
		// the share and the respondent count (8 + 27) are withheld too.
		const burnout = table(served(suppressed), 'burnout');
		expect(burnout.rows.map((r) => r.cells.map(show))).toEqual([['S', 'S', 'S', null]]);
		// Coverage with margins: P1 14 18 | 32; P2 5 13 | 18; P3 0 4 | 4; all 19 35 | 54.
		// Small: P2·with 5, P3·without 4, P3 total 4. As in the headcount, the cheapest cycle
		// through P2·with runs P2·without 13 → P1·without 18 → P1·with 14, then the P2 total 18
		// closes P3's pair. P1 keeps only its total, so its share is withheld; all programs
		// show 19 of 54.
		const coverage = table(served(suppressed), 'coverage');
		expect(coverage.rows.map((r) => r.cells.map(show))).toEqual([
			['S', 'S', 32, null],
			['S', 'S', 'S', null],
			[0, 'S', 'S', null],
			[19, 35, 54, 19 / 54]
		]);
	});

	it('shows no count from 1 to 10 anywhere, for every selection', () => {
		for (const query of ['', 'program=P1', 'program=P2', 'program=P3']) {
			for (const t of served(suppressed, query).tables) {
				const cells = [...t.rows.flatMap((r) => r.cells), ...(t.total ? [t.total.cell] : [])];
				for (const c of cells) if (c.kind === 'count' && c.value !== null) expect(c.value === 0 || c.value >= 11).toBe(true);
			}
		}
	});
});

describe('reviewer selections', () => {
	it('refuses an unknown program, combinations and other filters', () => {
		expect(aggregatesFromLinked(suppressed, new URLSearchParams('program=P9'))).toMatchObject({ ok: false, status: 400 });
		expect(aggregatesFromLinked(suppressed, new URLSearchParams('program=P1&program=P2'))).toMatchObject({ ok: false, status: 400 });
		expect(aggregatesFromLinked(suppressed, new URLSearchParams('program=P1&cohort=2024'))).toMatchObject({ ok: false, status: 400 });
		expect(aggregatesFromLinked(suppressed, new URLSearchParams('cohort=2024'))).toMatchObject({ ok: false, status: 400 });
	});
});

describe('a coordinator’s own programs', () => {
	const mine = (allowed: readonly string[], query = '') => aggregatesFromLinked(suppressed, new URLSearchParams(query), allowed);

	it('opens on the first of their programs, lists only theirs and offers no "all programs"', () => {
		const outcome = mine(['P3', 'P2']);
		if (!outcome.ok) throw new Error(outcome.message);
		// P2 before P3 in the dataset's order; the headcount row is P2's, suppressed as a reviewer gets it
		expect(outcome.body.selection).toEqual({ program: 'P2', label: 'Program Two (P2)' });
		expect(outcome.body.programs.map((p) => p.id)).toEqual(['P2', 'P3']);
		expect(outcome.body.offersAll).toBe(false);
		expect(table(outcome.body, 'headcount').rows.map((r) => [r.label, ...r.cells.map(show)])).toEqual([['Program Two (P2)', 'S', 'S', 'S']]);
		expect(served(suppressed).offersAll).toBe(true);
	});

	it('refuses all programs, and any program not theirs whether or not it exists, with the same 403', () => {
		for (const query of ['program=all', 'program=P1', 'program=P9', 'program=']) {
			expect(mine(['P2'], query)).toEqual({ ok: false, status: 403, message: NOT_YOUR_PROGRAM });
		}
		expect(mine(['P2'], 'program=P2&program=P3')).toMatchObject({ ok: false, status: 400 });
		expect(mine(['P2'], 'cohort=2024')).toMatchObject({ ok: false, status: 400 });
		expect(mine([])).toEqual({ ok: false, status: 403, message: NO_PROGRAM_OF_YOURS });
		expect(mine(['P9'])).toEqual({ ok: false, status: 403, message: NO_PROGRAM_OF_YOURS });
	});

	it('drops the exit reasons and levels that only other programs have', () => {
		// Exits (see above): P1 personal·MS2 2 and graduated·MS4 1; P2 dismissed·PGY1 1; P3 none.
		// A reviewer's P2 table has every column (P2's zeros under MS2 and MS4 show that someone
		// elsewhere left then); P2's coordinator sees only dismissed·PGY1, suppressed (1 < 11).
		const reviewer = table(served(suppressed, 'program=P2'), 'exits');
		expect(reviewer.columns).toEqual(['MS2', 'MS4', 'PGY1']); // training-level order
		const outcome = mine(['P2'], 'program=P2');
		if (!outcome.ok) throw new Error(outcome.message);
		const exits = table(outcome.body, 'exits');
		expect(exits.columns).toEqual(['PGY1']);
		expect(exits.rows.map((r) => [r.label, ...r.cells.map(show)])).toEqual([['dismissed', 'S']]);
		expect(show(exits.total!.cell)).toBe('S');
		// P3 had no exits: an empty table and a total of 0
		const p3 = mine(['P3']);
		if (!p3.ok) throw new Error(p3.message);
		expect(table(p3.body, 'exits')).toMatchObject({ columns: [], rows: [] });
		expect(show(table(p3.body, 'exits').total!.cell)).toBe(0);
	});
});
