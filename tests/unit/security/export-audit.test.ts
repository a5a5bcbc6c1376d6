/**
 * Export audit (issue 6): the body a browser sends before a download is checked field by
 * field, the audit row says who exported what under which scope, and the browser makes the
 * file only after the server accepted the entry.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type Db } from '$lib/server/db/open';
import { audit, recentAudit } from '$lib/server/auth/audit';
import { auditExport, MAX_FILTER_LENGTH, parseExportRecord, versionSentTo } from '$lib/server/exports/export-audit';
import { ExportNotRecorded, exportAfterAudit, exportViewOf, recordExport, type ExportRecord } from '$lib/export/audit';

const VERSION = 'v20261125T163000Z-3f9a1c2b';
const valid = {
	view: '/retention',
	chart: 'retention-by-cohort',
	format: 'csv',
	datasetVersion: VERSION,
	filter: '?program=GME-IM&cohortFrom=2022',
	rows: 12
};

describe('parseExportRecord', () => {
	it('accepts a well-formed export and normalises the filter', () => {
		expect(parseExportRecord(valid)).toEqual({
			ok: true,
			record: { ...valid, filter: 'program=GME-IM&cohortFrom=2022', rows: 12 }
		});
		// an image has no row count; an unfiltered view has an empty filter
		expect(parseExportRecord({ ...valid, format: 'png', rows: undefined, filter: '' })).toMatchObject({ ok: true, record: { format: 'png', rows: null, filter: '' } });
	});

	it.each([
		['no body', null, /JSON object/],
		['a list', [valid], /JSON object/],
		['an unknown view', { ...valid, view: '/admin/users' }, /view must be one of \/, \/retention/],
		['a chart name with a path in it', { ...valid, chart: '../etc/passwd' }, /chart must be/],
		['an empty chart name', { ...valid, chart: '' }, /chart must be/],
		['an unknown format', { ...valid, format: 'xlsx' }, /format must be one of csv, svg, png/],
		['a malformed version', { ...valid, datasetVersion: 'latest' }, /datasetVersion/],
		['a filter that is not text', { ...valid, filter: { program: 'X' } }, /filter must be/],
		['a filter too long', { ...valid, filter: 'a='.padEnd(MAX_FILTER_LENGTH + 1, 'x') }, /longer than 2000/],
		['a filter with a newline (log forging)', { ...valid, filter: 'a=1\nforged' }, /control characters/],
		['a negative row count', { ...valid, rows: -1 }, /rows must be/],
		['a fractional row count', { ...valid, rows: 1.5 }, /rows must be/]
	])('refuses %s, naming what is wrong', (_label, body, message) => {
		const parsed = parseExportRecord(body);
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.message).toMatch(message);
	});
});

describe('auditExport', () => {
	let db: Db;
	beforeEach(() => {
		db = openDatabase(':memory:');
	});
	afterEach(() => db.close());

	it('writes one "export" row with the user, scope, view, chart, version and filter, never data', () => {
		const parsed = parseExportRecord(valid);
		if (!parsed.ok) throw new Error(parsed.message);
		auditExport(db, { id: 'u-coord', role: 'coordinator', programIds: ['GME-IM'] }, parsed.record, '203.0.113.9');
		const [row] = recentAudit(db, 5);
		expect(row).toMatchObject({ userId: 'u-coord', action: 'export', ip: '203.0.113.9' });
		expect(row.detail).toEqual({
			role: 'coordinator',
			scope: expect.stringMatching(/^rows-p1-[0-9a-f]{16}-full$/),
			programIds: ['GME-IM'],
			view: '/retention',
			chart: 'retention-by-cohort',
			format: 'csv',
			version: VERSION,
			filter: 'program=GME-IM&cohortFrom=2022',
			rows: 12
		});
	});

	it('records a dean’s scope as de-identified', () => {
		const parsed = parseExportRecord({ ...valid, format: 'svg', rows: null });
		if (!parsed.ok) throw new Error(parsed.message);
		auditExport(db, { id: 'u-dean', role: 'dean', programIds: [] }, parsed.record, null);
		expect(recentAudit(db, 1)[0].detail).toMatchObject({ role: 'dean', scope: expect.stringMatching(/-deid$/), programIds: 'all', format: 'svg', rows: null });
	});
});

describe('exportAfterAudit (browser)', () => {
	const record: ExportRecord = { view: '/', chart: 'burnout-by-wave', format: 'png', datasetVersion: VERSION, filter: '', rows: null };
	const answer = (status: number, body: unknown = {}) => vi.fn(async () => new Response(JSON.stringify(body), { status }));

	it('posts the description (no data) to the same origin, then downloads', async () => {
		const order: string[] = [];
		const fetcher = vi.fn(async (..._args: unknown[]) => {
			order.push('audit');
			return new Response('{"recorded":true}', { status: 201 });
		});
		await exportAfterAudit(record, () => void order.push('download'), fetcher as unknown as typeof fetch);
		expect(order).toEqual(['audit', 'download']);
		const [url, init] = fetcher.mock.calls[0] as unknown as [string, RequestInit];
		expect(url).toBe('/api/exports');
		expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin' });
		expect(JSON.parse(init.body as string)).toEqual(record);
	});

	it.each([
		['the server refuses it', answer(400, { message: 'unknown dataset version: v1' }), /could not be recorded: unknown dataset version: v1, so nothing was downloaded/],
		['the server fails', answer(500), /could not be recorded \(HTTP 500\), so nothing was downloaded/],
		['the session has ended', answer(401), /sign in again/],
		['the network is down', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))), /server did not answer\), so nothing was downloaded/]
	])('does not download when %s, and says why', async (_label, fetcher, message) => {
		const download = vi.fn();
		const attempt = exportAfterAudit(record, download, fetcher as unknown as typeof fetch);
		await expect(attempt).rejects.toBeInstanceOf(ExportNotRecorded);
		await expect(exportAfterAudit(record, download, fetcher as unknown as typeof fetch)).rejects.toThrow(message);
		expect(download).not.toHaveBeenCalled();
	});

	it('recordExport resolves only on a 2xx', async () => {
		await expect(recordExport(record, answer(201) as unknown as typeof fetch)).resolves.toBeUndefined();
		await expect(recordExport(record, answer(403, { message: 'Your role does not give access to this page' }) as unknown as typeof fetch)).rejects.toThrow(/role/);
	});
});

describe('exportViewOf', () => {
	it('maps the pages with exports, and nothing else', () => {
		expect(exportViewOf('/')).toBe('/');
		expect(exportViewOf('/wellbeing/')).toBe('/wellbeing');
		expect(exportViewOf('/worklist')).toBe('/worklist');
		expect(exportViewOf('/admin/audit')).toBeNull();
	});
});

describe('versionSentTo', () => {
	let db: Db;
	beforeEach(() => {
		db = openDatabase(':memory:');
	});
	afterEach(() => db.close());

	it('accepts only a version whose download to this very user is in the audit log', () => {
		const OLDER = 'v20261101T090000Z-0a1b2c3d';
		audit(db, { userId: 'u-coord', action: 'dataset_download', detail: { role: 'coordinator', version: VERSION } });
		audit(db, { userId: 'u-dean', action: 'dataset_download', detail: { role: 'dean', version: OLDER } });
		// an export entry naming a version is not a download of it
		audit(db, { userId: 'u-coord', action: 'export', detail: { version: OLDER } });
		expect(versionSentTo(db, 'u-coord', VERSION)).toBe(true);
		expect(versionSentTo(db, 'u-coord', OLDER)).toBe(false); // sent to the dean, not to them
		expect(versionSentTo(db, 'u-dean', OLDER)).toBe(true);
		expect(versionSentTo(db, 'u-dean', VERSION)).toBe(false);
		expect(versionSentTo(db, 'u-admin', VERSION)).toBe(false); // never downloaded anything
	});
});
