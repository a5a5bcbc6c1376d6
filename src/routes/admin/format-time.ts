/**
 * Timestamps on the admin pages, in UTC: the same text on the server and in the browser
 * (no hydration mismatch), and the same zone as the CSV export.
 */
export function formatUtc(ms: number | null): string {
	if (ms === null) return '—';
	return new Date(ms).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}
