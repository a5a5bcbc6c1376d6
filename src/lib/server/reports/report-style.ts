/**
 * The report's stylesheet, scoped to `.report-doc` so the builder page can show the same
 * HTML as the PDF without the two styles leaking into each other. Fonts are the system's
 * (DejaVu/Liberation on Debian): nothing is fetched to print a report.
 */
export const REPORT_CSS = `
.report-doc { font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; color: #1c2430; font-size: 10.5pt; line-height: 1.4; max-width: 180mm; margin: 0 auto; }
.report-doc h1 { font-size: 17pt; margin: 0 0 4pt; line-height: 1.2; }
.report-doc h2 { font-size: 12.5pt; margin: 18pt 0 4pt; break-after: avoid; }
.report-doc h3 { font-size: 11pt; margin: 12pt 0 4pt; }
.report-doc .institution { font-size: 10pt; color: #4a5565; margin: 0 0 2pt; text-transform: uppercase; letter-spacing: 0.04em; }
.report-doc .lede { margin: 4pt 0 8pt; }
.report-doc .elements { display: flex; flex-wrap: wrap; gap: 4pt; margin: 2pt 0 6pt; padding: 0; list-style: none; }
.report-doc .elements li { border: 1px solid #9aa7b8; border-radius: 3pt; padding: 0 4pt; font-size: 8.5pt; color: #34404f; }
.report-doc dl.facts { display: grid; grid-template-columns: 38mm 1fr; gap: 2pt 8pt; margin: 6pt 0; font-size: 9.5pt; }
.report-doc dl.facts dt { font-weight: bold; color: #34404f; }
.report-doc dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.report-doc code { font-family: 'DejaVu Sans Mono', 'Liberation Mono', monospace; font-size: 8.5pt; }
.report-doc .table-wrap { overflow-x: auto; max-width: 100%; }
.report-doc table { border-collapse: collapse; margin: 4pt 0; font-size: 9pt; width: auto; max-width: 100%; }
.report-doc th, .report-doc td { border-bottom: 1px solid #d5dbe3; padding: 2pt 5pt; text-align: left; vertical-align: bottom; }
.report-doc thead th { border-bottom: 1.5px solid #34404f; font-size: 8.5pt; }
.report-doc thead th.num { white-space: normal; max-width: 26mm; hyphens: auto; }
.report-doc tbody th { min-width: 44mm; font-weight: normal; }
.report-doc td.num, .report-doc th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.report-doc td.suppressed { color: #6b7685; font-style: italic; }
.report-doc tr.total th, .report-doc tr.total td { font-weight: bold; border-top: 1.5px solid #34404f; }
.report-doc table.wide { font-size: 7.5pt; }
.report-doc table.wide th, .report-doc table.wide td { padding: 1.5pt 3pt; }
.report-doc .legend { font-size: 8pt; color: #4a5565; margin: 0; }
.report-doc table.wide tbody th { min-width: 24mm; }
.report-doc table.wide thead th.num { max-width: 16mm; }
.report-doc abbr { text-decoration: none; }
.report-doc .notes { font-size: 8.5pt; color: #4a5565; margin: 2pt 0 0; padding-left: 12pt; }
.report-doc .empty { font-style: italic; color: #4a5565; }
.report-doc figure { margin: 4pt 0; break-inside: avoid; }
.report-doc figure svg { max-width: 100%; height: auto; }
.report-doc section.report-section { break-inside: avoid-page; }
.report-doc tr { break-inside: avoid; }
.report-doc thead { display: table-header-group; }
.report-doc dl.definitions dt { font-weight: bold; margin-top: 6pt; }
.report-doc dl.definitions dd { margin: 0; font-size: 9pt; }
.report-doc .sr { position: absolute; left: -9999px; }
@media screen and (max-width: 600px) {
	.report-doc table, .report-doc table.wide { font-size: 8pt; }
	.report-doc tbody th, .report-doc table.wide tbody th { min-width: 0; }
	.report-doc thead th.num, .report-doc table.wide thead th.num { max-width: 16mm; }
	.report-doc th, .report-doc td { padding: 2pt 3pt; }
	.report-doc dl.facts { grid-template-columns: 1fr; }
	.report-doc dl.facts dd { margin-bottom: 4pt; }
}
@media print { .report-doc { max-width: none; } .report-doc .table-wrap { overflow: visible; } }
`;
