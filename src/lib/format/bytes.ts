/**
 * Sizes shown on the upload page (file list, upload progress, limits). Binary units, as the
 * limits are set (ingest/limits.ts); the server's own messages use formatBytes there.
 */

/** A file's or a transfer's size: "340 KB", "1.4 MB"; anything above 0 shows at least 1 KB. */
export function formatFileSize(bytes: number): string {
	if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
	return `${Math.max(bytes > 0 ? 1 : 0, Math.round(bytes / 1024))} KB`;
}

/** A limit in whole megabytes: "25 MB". */
export function formatMegabytes(bytes: number): string {
	return `${Math.round(bytes / 1024 / 1024)} MB`;
}
