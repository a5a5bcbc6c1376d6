/**
 * One rendering of a report to static HTML (tables and inline SVG charts), used three
 * ways: the builder's preview, the HTML download and, printed by headless Chromium, the PDF.
 * Every value is escaped; nothing in it loads from anywhere.
 */
import { cellText } from '$lib/reports/cell-text';
import type { Report, ReportCell, ReportSection, ReportTable } from '$lib/reports/types';
import { reportChartSvg } from './chart-svg';
import { REPORT_CSS } from './report-style';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(value: string): string {
	return value.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}
const e = escapeHtml;

/** Tables with more columns than this print smaller. */
const WIDE_TABLE = 8;

export function tableHtml(table: ReportTable, caption?: string): string {
	if (table.rows.length === 0) return '<p class="empty">No one in the population and period for this table.</p>';
	const head = `<tr><th scope="col">${e(table.rowHeader)}</th>${table.columns.map((c) => `<th scope="col" class="num">${e(c)}</th>`).join('')}</tr>`;
	const wideTable = table.columns.length > WIDE_TABLE;
	// In a wide table "suppressed" would set the column width; the abbreviation is explained below it.
	const text = (c: ReportCell) => (wideTable && c.kind === 'count' && c.suppressed ? '<abbr title="suppressed">supp.</abbr>' : e(cellText(c)));
	const body = table.rows
		.map((r) => {
			const cells = r.cells.map((c) => `<td class="num${c.kind === 'count' && c.suppressed ? ' suppressed' : ''}">${text(c)}</td>`).join('');
			return `<tr${r.total ? ' class="total"' : ''}><th scope="row">${e(r.label)}</th>${cells}</tr>`;
		})
		.join('');
	const legend = wideTable && table.rows.some((r) => r.cells.some((c) => c.kind === 'count' && c.suppressed)) ? '<p class="legend">supp. = suppressed</p>' : '';
	return `<div class="table-wrap"><table${wideTable ? ' class="wide"' : ''}>${caption ? `<caption class="sr">${e(caption)}</caption>` : ''}<thead>${head}</thead><tbody>${body}</tbody></table></div>${legend}`;
}

/** A chart with no shown value would be an empty frame; say so instead. */
function chartHasValue(section: ReportSection): boolean {
	const column = section.chart?.valueColumn ?? -1;
	return section.table.rows.some((r) => !r.total && r.cells[column]?.kind === 'share' && (r.cells[column] as { value: number | null }).value !== null);
}

function sectionHtml(section: ReportSection, minCell: number): string {
	const body =
		section.kind === 'chart'
			? !section.table.rows.length
				? '<p class="empty">No one in the population and period for this chart.</p>'
				: !chartHasValue(section)
					? `<p class="empty">Every value of this chart is suppressed (it rests on counts from 1 to ${minCell - 1}, or on counts hidden to protect them).</p>`
					: `<figure>${reportChartSvg(section)}</figure>`
			: tableHtml(section.table);
	const notes = section.notes.length ? `<ul class="notes">${section.notes.map((n) => `<li>${e(n)}</li>`).join('')}</ul>` : '';
	return `<section class="report-section" id="section-${e(section.id)}"><h2>${e(section.title)}</h2><ul class="elements" aria-label="Accreditation elements">${section.elements.map((x) => `<li>${e(x)}</li>`).join('')}</ul>${body}${notes}</section>`;
}

function facts(report: Report): string {
	const rows: [string, string][] = [
		['Period', `${report.parameters.from} to ${report.parameters.to}`],
		['Programs', report.programs.map((p) => p.label).join(', ')],
		['Population', report.population.label],
		['Dataset version', `<code>${e(report.dataset.versionId)}</code>`],
		['Content hash (SHA-256)', `<code>${e(report.dataset.contentHash)}</code>`],
		['Data as of', report.dataset.asOf],
		['Instruments', report.instruments.length ? report.instruments.map((i) => `${i.name} (${i.version})`).join('; ') : 'None used in this report'],
		['Suppression', `Threshold ${report.suppression.minCell}: counts 1–${report.suppression.minCell - 1} hidden, with complementary suppression`],
		['Generated', `${report.generated.at.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')} by ${report.generated.by.name} (${report.generated.by.role})`]
	];
	return `<dl class="facts">${rows.map(([k, v]) => `<dt>${e(k)}</dt><dd>${v.startsWith('<code>') ? v : e(v)}</dd>`).join('')}</dl>`;
}

/** The report as an HTML fragment (with its scoped stylesheet), for the preview. */
export function reportFragment(report: Report): string {
	return [
		`<style>${REPORT_CSS}</style>`,
		'<article class="report-doc">',
		`<p class="institution">${e(report.institution)}</p>`,
		`<h1>${e(report.template.title)}</h1>`,
		`<p class="lede">${e(report.template.description)}</p>`,
		`<ul class="elements" aria-label="Accreditation elements">${report.template.elements.map((x) => `<li>${e(x)}</li>`).join('')}</ul>`,
		facts(report),
		'<h2>Population and exclusions</h2>',
		`<p>${e(report.population.description)}</p>`,
		`<ul class="notes">${report.population.exclusions.map((x) => `<li>${e(x)}</li>`).join('')}</ul>`,
		tableHtml(report.population.counts),
		'<h2>Suppression rule</h2>',
		`<p>${e(report.suppression.rule)}</p>`,
		report.template.caveats.length ? `<h2>Caveats</h2><ul>${report.template.caveats.map((c) => `<li>${e(c)}</li>`).join('')}</ul>` : '',
		...report.sections.map((s) => sectionHtml(s, report.suppression.minCell)),
		'<h2>Definitions</h2>',
		`<dl class="definitions">${report.definitions.map((d) => `<dt>${e(d.title)} <code>${e(d.id)}</code></dt><dd>${e(d.definition)}</dd>`).join('')}</dl>`,
		'</article>'
	].join('\n');
}

/** A standalone HTML document: the HTML download and what Chromium prints to PDF. */
export function reportDocument(report: Report): string {
	return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${e(report.template.title)}</title>
<style>@page { size: A4; margin: 16mm 14mm 18mm; } body { margin: 0; } .sr { position: absolute; left: -9999px; }</style>
</head><body>
${reportFragment(report)}
</body></html>`;
}
