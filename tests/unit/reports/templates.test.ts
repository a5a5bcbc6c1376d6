/**
 * Templates are data: the shipped files load, name only known metrics and glossary entries,
 * and a bad file is refused with an error naming the file and the field.
 */
import { describe, expect, it } from 'vitest';
import { METRIC_CATALOGUE } from '$lib/metrics/catalogue';
import { REPORT_METRICS } from '$lib/server/reports/metrics/registry';
import { REPORT_TEMPLATES, loadTemplates } from '$lib/server/reports/templates';
import { FIXTURE_TEMPLATE } from './report-fixture';

describe('report templates', () => {
	it('ships the four accreditation templates', () => {
		expect(REPORT_TEMPLATES.map((t) => t.id)).toEqual(['acgme-program-evaluation', 'dean-impact-summary', 'lcme-3-3-diversity', 'lcme-7-9-ipec']);
		const elements = REPORT_TEMPLATES.flatMap((t) => t.elements);
		for (const e of ['LCME 3.3', 'LCME 7.9', 'IPEC 2023', 'ACGME CPR VI.C', 'ACGME CPR V.C', "Dean's program impact summary"]) expect(elements).toContain(e);
	});

	it('every report metric names glossary entries that exist, and chart metrics have a chart', () => {
		const ids = new Set(METRIC_CATALOGUE.flatMap((s) => s.metrics.map((m) => m.id)));
		for (const m of REPORT_METRICS) for (const g of m.glossary) expect(ids.has(g), `${m.id} → ${g}`).toBe(true);
		for (const t of REPORT_TEMPLATES)
			for (const s of t.sections.filter((s) => s.kind === 'chart')) expect(REPORT_METRICS.find((m) => m.id === s.metric)?.chart, `${t.id}/${s.id}`).toBeDefined();
	});

	it('refuses a bad file with every problem named', () => {
		const bad = {
			...FIXTURE_TEMPLATE,
			colour: 'blue',
			sections: [
				{ id: 'a', kind: 'table', metric: 'no-such-metric', elements: ['X'] },
				{ id: 'a', kind: 'pie', metric: 'diversity-composition', options: { dimension: 'height' }, elements: [] }
			]
		};
		expect(() => loadTemplates({ '/src/lib/reports/templates/school.json': bad })).toThrowError(
			/school\.json: unknown field "colour"[\s\S]*sections\[0\]\.metric: unknown report metric "no-such-metric"[\s\S]*sections\[1\]\.kind must be "table" or "chart"[\s\S]*options\.dimension: "height" is not one of gender, urim, first_gen, race[\s\S]*section ids repeat: a/
		);
	});

	it('refuses two files with the same template id', () => {
		expect(() => loadTemplates({ 'a.json': FIXTURE_TEMPLATE, 'b.json': FIXTURE_TEMPLATE })).toThrowError(/b\.json: template id "fixture-report" is used by another file/);
	});
});

describe("a school's own templates", () => {
	it('are read from DATA_DIR/report-templates/, and a file that is not JSON is named', async () => {
		const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
		const { tmpdir } = await import('node:os');
		const { join } = await import('node:path');
		const { readSchoolTemplates } = await import('$lib/server/reports/school-templates');
		const dataDir = mkdtempSync(join(tmpdir(), 'preceptor-templates-'));
		expect(readSchoolTemplates(dataDir)).toEqual({ sources: {}, errors: [] });
		mkdirSync(join(dataDir, 'report-templates'));
		writeFileSync(join(dataDir, 'report-templates', 'school.json'), JSON.stringify({ ...FIXTURE_TEMPLATE, id: 'school-report' }));
		writeFileSync(join(dataDir, 'report-templates', 'broken.json'), '{ "id": ');
		writeFileSync(join(dataDir, 'report-templates', 'notes.txt'), 'not a template');
		const found = readSchoolTemplates(dataDir);
		expect(Object.keys(found.sources).map((p) => p.split(/[\\/]/).pop())).toEqual(['school.json']);
		expect(found.errors).toHaveLength(1);
		expect(found.errors[0]).toMatch(/^broken\.json: not valid JSON/);
		expect(() => loadTemplates(found.sources, found.errors)).toThrowError(/broken\.json: not valid JSON/);
		expect(loadTemplates(found.sources).map((t) => t.id)).toEqual(['school-report']);
	});
});
