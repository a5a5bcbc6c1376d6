/** Known answers for the generator's small parts, worked out by hand. */
import { describe, expect, it } from 'vitest';
import { dateTime, dayOf, isoDate, weekday } from '../../../scripts/generate/calendar';
import { csvField, csvLine } from '../../../scripts/generate/csv-file';
import { cumulativeAttrition, mantelHaenszelRateRatio } from '../../../scripts/generate/measure/retention';
import { Rng } from '../../../scripts/generate/prng';
import { raceLabel } from '../../../scripts/generate/demographics';
import { cohortSizes } from '../../../scripts/generate/trainees';
import { EmailBook } from '../../../scripts/generate/names';

describe('csv quoting (RFC 4180)', () => {
	it('quotes commas, quotes and newlines and doubles inner quotes', () => {
		expect(csvField('plain')).toBe('plain');
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
		expect(csvField(null)).toBe('');
		expect(csvLine(['x', 3, null, '{"ImportId":"QID1"}'])).toBe('x,3,,"{""ImportId"":""QID1""}"');
	});
});

describe('calendar', () => {
	it('counts days from 1970-01-01 and formats without the locale', () => {
		expect(dayOf('1970-01-02')).toBe(1);
		expect(isoDate(dayOf('2024-02-29'))).toBe('2024-02-29');
		// 2026-01-01 is a Thursday; 1 Nov is 304 days later, 304 mod 7 = 3 → Sunday (0).
		expect(weekday(dayOf('2026-11-01'))).toBe(0);
		expect(dateTime(dayOf('2025-10-06'), 6 * 3600 + 24 * 60 + 9)).toBe('2025-10-06 06:24:09');
	});
});

describe('Rng', () => {
	it('repeats a stream for the same seed and name, and differs by name', () => {
		const a = new Rng(1, 'x');
		const b = new Rng(1, 'x');
		const c = new Rng(1, 'y');
		const seqA = Array.from({ length: 5 }, () => a.nextUint());
		expect(Array.from({ length: 5 }, () => b.nextUint())).toEqual(seqA);
		expect(Array.from({ length: 5 }, () => c.nextUint())).not.toEqual(seqA);
	});
	it('keeps int() within bounds', () => {
		const r = new Rng(3, 'bounds');
		for (let i = 0; i < 1000; i++) {
			const v = r.int(2, 4);
			expect(v >= 2 && v <= 4).toBe(true);
		}
	});
});

describe('people parts', () => {
	it('splits the trainee count exactly over programs and cohorts', () => {
		const cells = cohortSizes(2000);
		expect(cells.reduce((a, c) => a + c.size, 0)).toBe(2000);
		// UME share 0.28 → 560 of 2,000.
		expect(cells.filter((c) => c.program.id === 'UME-MD').reduce((a, c) => a + c.size, 0)).toBe(560);
	});
	it('joins race labels with "; " because the Hispanic label has commas', () => {
		expect(raceLabel(['white', 'hispanic_latino_spanish'])).toBe('Hispanic, Latino, or of Spanish Origin; White');
	});
	it('numbers repeated emails and drops accents', () => {
		const book = new EmailBook();
		expect(book.emailFor({ first: 'José', last: "O'Brien" })).toBe('jose.obrien@northbridge.example');
		expect(book.emailFor({ first: 'José', last: "O'Brien" })).toBe('jose.obrien2@northbridge.example');
	});
});

describe('measurement helpers', () => {
	it('computes 1 − KM with censoring', () => {
		// Events at 10 and 30, censored at 20 and 40: S = 3/4 × 1/2 = 3/8 → 5/8.
		const spells = [{ days: 10, left: true }, { days: 20, left: false }, { days: 30, left: true }, { days: 40, left: false }];
		expect(cumulativeAttrition(spells)).toBeCloseTo(0.625, 10);
		// Up to day 25 only the first event counts: 1/4.
		expect(cumulativeAttrition(spells, 25)).toBeCloseTo(0.25, 10);
	});
	it('computes a Mantel–Haenszel rate ratio', () => {
		// One stratum: 2/100 vs 4/100 → 0.5. Two identical strata keep 0.5.
		expect(mantelHaenszelRateRatio([{ a1: 2, t1: 100, a0: 4, t0: 100 }])).toBeCloseTo(0.5, 10);
		expect(mantelHaenszelRateRatio([{ a1: 2, t1: 100, a0: 4, t0: 100 }, { a1: 1, t1: 50, a0: 2, t0: 50 }])).toBeCloseTo(0.5, 10);
	});
});
