import { describe, expect, test } from 'vitest';
import { formatFileSize, formatMegabytes } from '$lib/format/bytes';

describe('upload sizes', () => {
	test('file sizes: KB below 1 MB (at least 1 KB unless empty), one decimal from 1 MB', () => {
		expect(formatFileSize(0)).toBe('0 KB');
		expect(formatFileSize(300)).toBe('1 KB'); // 300 / 1024 = 0.29, shown as 1 KB: the file is not empty
		expect(formatFileSize(348_160)).toBe('340 KB'); // 348,160 / 1,024 = 340
		expect(formatFileSize(1_468_006)).toBe('1.4 MB'); // 1,468,006 / 1,048,576 = 1.40
	});
	test('limits in whole megabytes', () => {
		expect(formatMegabytes(25 * 1024 * 1024)).toBe('25 MB');
		expect(formatMegabytes(150 * 1024 * 1024)).toBe('150 MB');
	});
});
