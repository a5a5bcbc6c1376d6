/**
 * The PDF: the report's HTML document printed by headless Chromium (playwright-core), so
 * tables stay text and charts stay vector graphics. Chromium is the system's
 * (CHROMIUM_PATH, default /usr/bin/chromium); when it is missing the builder says so and
 * the XLSX and CSV still work. The page may load nothing: every request but the document
 * itself is refused, so a report can never reach outside the server.
 */
import { accessSync, constants } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Report } from '$lib/reports/types';
import { escapeHtml, reportDocument } from './render-html';

export function chromiumPath(): string {
	return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** null when PDFs can be printed, else why not (shown beside the PDF button). */
export function pdfUnavailableReason(): string | null {
	const path = chromiumPath();
	try {
		accessSync(path, constants.X_OK);
		return null;
	} catch {
		return `PDF needs Chromium, which is not installed at ${path} (set CHROMIUM_PATH, or install the chromium package). The XLSX and CSV downloads have every table.`;
	}
}

export class PdfUnavailableError extends Error {
	name = 'PdfUnavailableError';
}

function footer(report: Report): string {
	const label = `${report.template.title} · dataset ${report.dataset.versionId} · hash ${report.dataset.contentHash.slice(0, 12)} · generated ${report.generated.at.slice(0, 10)}`;
	return `<div style="font-family: 'DejaVu Sans', sans-serif; font-size: 7pt; color: #555; width: 100%; padding: 0 14mm; display: flex; justify-content: space-between; gap: 12px;">
<span>${escapeHtml(label)}</span><span style="white-space: nowrap">Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
}

// One Chromium at a time: each print starts a browser (~1.5 s, a few hundred MB), and a
// burst of downloads on a small server should queue, not exhaust its memory.
let queue: Promise<unknown> = Promise.resolve();

export function reportPdf(report: Report): Promise<Uint8Array> {
	const reason = pdfUnavailableReason();
	if (reason) return Promise.reject(new PdfUnavailableError(reason));
	const run = queue.then(() => printPdf(report));
	queue = run.catch(() => undefined);
	return run;
}

async function printPdf(report: Report): Promise<Uint8Array> {
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--disable-gpu', '--no-first-run'] });
	try {
		const context = await browser.newContext({ offline: true, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.route('**/*', (route) => route.abort());
		await page.setContent(reportDocument(report), { waitUntil: 'load' });
		const pdf = await page.pdf({
			format: 'A4',
			printBackground: true,
			preferCSSPageSize: true,
			displayHeaderFooter: true,
			headerTemplate: '<span></span>',
			footerTemplate: footer(report),
			tagged: true,
			outline: true
		});
		return new Uint8Array(pdf);
	} finally {
		await browser.close();
	}
}
