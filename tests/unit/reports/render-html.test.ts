/**
 * The report's HTML (preview, HTML download, what Chromium prints) on hand-made sections.
 *
 * Chart section, three groups by URiM, share column 1 with its interval in column 2:
 *   URiM 12/24 = 50.0% (31.4–68.6); Not URiM suppressed (share null); <Other> 40.0% (no interval).
 * The chart draws a dot and a "50.0%" and "40.0%" label for the two shown groups, names the
 * hidden group "Not URiM (suppressed)" on its axis, and says only the shown values in its
 * aria-label. A chart whose every share is hidden prints a sentence instead of an empty frame.
 */
import { describe, expect, it } from 'vitest';
import type { ReportSection } from '$lib/reports/types';
import { reportChartSvg } from '$lib/server/reports/chart-svg';
import { tableHtml } from '$lib/server/reports/render-html';
import { jsdomDocument } from '../../charts/svgSnapshot';

const count = (value: number | null) => ({ kind: 'count' as const, value, suppressed: value === null });
const section: ReportSection = {
	id: 'access-chart',
	kind: 'chart',
	title: 'Mentoring access',
	elements: ['LCME 3.3'],
	metricIds: [],
	notes: [],
	chart: { valueColumn: 1, intervalColumn: 2, style: 'dots', axisLabel: 'With a mentor (%)' },
	table: {
		rowHeader: 'URiM',
		columns: ['Total', 'Match rate (%)', '95% CI'],
		rows: [
			{ label: 'URiM', cells: [count(24), { kind: 'share', value: 0.5 }, { kind: 'interval', lower: 0.314, upper: 0.686 }] },
			{ label: 'Not URiM', cells: [count(null), { kind: 'share', value: null }, { kind: 'interval', lower: null, upper: null }] },
			{ label: '<Other>', cells: [count(30), { kind: 'share', value: 0.4 }, { kind: 'interval', lower: null, upper: null }] },
			{ label: 'Total', total: true, cells: [count(null), { kind: 'share', value: null }, { kind: 'empty' }] }
		]
	}
};

describe('report chart SVG', () => {
	const svg = reportChartSvg(section);
	const holder = jsdomDocument().createElement('div');
	holder.innerHTML = svg;
	const root = holder.querySelector('svg')!;
	const texts = Array.from(root.querySelectorAll('text')).map((t) => t.textContent);

	it('labels the shown shares and names the hidden group, with no value for it', () => {
		expect(texts).toContain('50.0%');
		expect(texts).toContain('40.0%');
		expect(texts).toContain('Not URiM (suppressed)');
		expect(texts).not.toContain('Total');
		expect(root.querySelectorAll('circle')).toHaveLength(2);
		expect(root.getAttribute('aria-label')).toBe('Mentoring access: URiM 50.0%; <Other> 40.0%');
	});

	it('escapes labels and is a standalone SVG', () => {
		expect(svg).not.toContain('<Other>');
		expect(svg).toContain('&lt;Other&gt;');
		expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
	});
});

describe('report table HTML', () => {
	it('escapes labels, marks hidden counts and totals rows', () => {
		const html = tableHtml(section.table);
		expect(html).toContain('<th scope="row">&lt;Other&gt;</th>');
		expect(html).toContain('<td class="num suppressed">suppressed</td>');
		expect(html).toContain('<td class="num">50.0</td><td class="num">31.4–68.6</td>');
		expect(html).toContain('<tr class="total">');
	});

	it('says so when the table has nobody in it', () => {
		expect(tableHtml({ ...section.table, rows: [] })).toBe('<p class="empty">No one in the population and period for this table.</p>');
	});
});
