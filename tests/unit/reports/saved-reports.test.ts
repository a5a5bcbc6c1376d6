/**
 * Saved reports: what is saved comes back unchanged (so a re-download renders the same
 * report), lists are newest first and per user for reviewers, and a saved report cannot be
 * changed or deleted. Reviewers' choices are limited (report-access.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeConnector } from '$lib/engine/node';
import { openDatabase, type Db } from '$lib/server/db/open';
import type { Report } from '$lib/reports/types';
import { periodPresets } from '$lib/reports/periods';
import { mayReadReport, reviewerPeriods, reviewerRefusal } from '$lib/server/reports/report-access';
import { getReport, listReports, saveReport } from '$lib/server/reports/saved-reports';
import { loadFixture } from '../../factories';
import { fixtureReport, reportFixture } from './report-fixture';

let db: Db;
let report: Report;
beforeAll(async () => {
	db = openDatabase(':memory:');
	const duck = await NodeConnector.open();
	await loadFixture(duck, reportFixture());
	report = await fixtureReport(duck);
	duck.close();
});
afterAll(() => db?.close());

describe('saved reports', () => {
	it('keeps the report, its parameters, version and hash, and lists newest first', () => {
		const first = saveReport(db, report);
		const later = { ...report, generated: { ...report.generated, at: '2024-07-05T10:00:00.000Z', by: { id: 'u-2', name: 'Rae Reviewer', role: 'reviewer' } } };
		const second = saveReport(db, later, first);
		expect(getReport(db, first)?.report).toEqual(report);
		expect(listReports(db).map((r) => r.id)).toEqual([second, first]);
		expect(listReports(db, { generatedBy: 'u-2' }).map((r) => [r.id, r.regeneratedFrom, r.generatedBy])).toEqual([[second, first, 'Rae Reviewer']]);
		const [summary] = listReports(db, { generatedBy: 'u-1' });
		expect(summary).toMatchObject({ versionId: report.dataset.versionId, contentHash: report.dataset.contentHash, parameters: report.parameters, generatedAt: '2024-07-02T09:30:00.000Z' });
		expect(getReport(db, 'no-such-id')).toBeNull();
	});

	it('cannot be changed or deleted', () => {
		expect(() => db.prepare("UPDATE reports SET title = 'x'").run()).toThrow(/append-only/);
		expect(() => db.prepare('DELETE FROM reports').run()).toThrow(/append-only/);
	});

	it('is readable by admins and deans, and otherwise only by the user who generated it', () => {
		expect(mayReadReport({ id: 'x', role: 'dean' }, 'u-1')).toBe(true);
		expect(mayReadReport({ id: 'x', role: 'admin' }, 'u-1')).toBe(true);
		expect(mayReadReport({ id: 'x', role: 'reviewer' }, 'u-1')).toBe(false);
		expect(mayReadReport({ id: 'u-1', role: 'reviewer' }, 'u-1')).toBe(true);
	});
});

describe('reviewer choices', () => {
	const presets = periodPresets('2021-07-01', '2026-11-01');
	const base = { templateId: 't', from: '2025-07-01', to: '2026-06-30', programs: [], population: 'all-trainees' };
	it('offers academic years (newest first) and the whole record', () => {
		expect(presets.map((p) => `${p.id} ${p.from} ${p.to}`)).toEqual([
			'ay-2026 2026-07-01 2027-06-30',
			'ay-2025 2025-07-01 2026-06-30',
			'ay-2024 2024-07-01 2025-06-30',
			'ay-2023 2023-07-01 2024-06-30',
			'ay-2022 2022-07-01 2023-06-30',
			'ay-2021 2021-07-01 2022-06-30',
			'whole-record 2021-07-01 2026-11-01'
		]);
	});
	it('lets reviewers report on all programs, all trainees and one academic year: no choice inside another', () => {
		expect(reviewerPeriods(presets).map((p) => p.id)).toEqual(['ay-2026', 'ay-2025', 'ay-2024', 'ay-2023', 'ay-2022', 'ay-2021']);
		expect(reviewerRefusal({ role: 'reviewer' }, base, presets)).toBeNull();
		// One program inside all programs, the whole record around every year: refused.
		expect(reviewerRefusal({ role: 'reviewer' }, { ...base, programs: ['P1'] }, presets)).toMatch(/all programs/);
		expect(reviewerRefusal({ role: 'reviewer' }, { ...base, programs: ['P1', 'P2'] }, presets)).toMatch(/all programs/);
		expect(reviewerRefusal({ role: 'reviewer' }, { ...base, from: '2021-07-01', to: '2026-11-01' }, presets)).toMatch(/one academic year/);
		expect(reviewerRefusal({ role: 'reviewer' }, { ...base, population: 'residents-fellows' }, presets)).toMatch(/all trainees/);
		expect(reviewerRefusal({ role: 'reviewer' }, { ...base, to: '2026-06-29' }, presets)).toMatch(/one academic year/);
		expect(reviewerRefusal({ role: 'dean' }, { ...base, to: '2026-06-29', programs: ['P1', 'P2'] }, presets)).toBeNull();
		expect(reviewerRefusal({ role: 'dean' }, { ...base, from: '2021-07-01', to: '2026-11-01', programs: ['P1'] }, presets)).toBeNull();
	});
});
