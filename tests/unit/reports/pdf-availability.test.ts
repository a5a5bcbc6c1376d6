/** Without Chromium the PDF is refused with a message that says where it looked and what still works. */
import { afterEach, describe, expect, it } from 'vitest';
import { PdfUnavailableError, pdfUnavailableReason, reportPdf } from '$lib/server/reports/pdf';
import type { Report } from '$lib/reports/types';

const saved = process.env.CHROMIUM_PATH;
afterEach(() => {
	if (saved === undefined) delete process.env.CHROMIUM_PATH;
	else process.env.CHROMIUM_PATH = saved;
});

describe('PDF without Chromium', () => {
	it('names the missing browser and the downloads that still work', async () => {
		process.env.CHROMIUM_PATH = '/nonexistent/chromium';
		expect(pdfUnavailableReason()).toMatch(/not installed at \/nonexistent\/chromium.*XLSX and CSV downloads have every table/);
		await expect(reportPdf({} as Report)).rejects.toBeInstanceOf(PdfUnavailableError);
	});
});
