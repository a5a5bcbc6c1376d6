/**
 * An audit entry's JSON detail as short "key: value" lines for the table. The CSV export
 * keeps the raw JSON; this is only for reading on screen.
 */
export interface DetailLine {
	key: string;
	value: string;
}

function show(value: unknown): string {
	if (value === null || value === undefined) return '—';
	if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map(show).join(', ');
	if (typeof value === 'object') {
		return Object.entries(value as Record<string, unknown>)
			.filter(([, v]) => v !== null && v !== undefined)
			.map(([k, v]) => `${k} ${show(v)}`)
			.join('; ') || '—';
	}
	return String(value);
}

export function detailLines(detail: string | null): DetailLine[] {
	if (detail === null) return [];
	let parsed: unknown;
	try {
		parsed = JSON.parse(detail);
	} catch {
		return [{ key: 'detail', value: detail }];
	}
	if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return [{ key: 'detail', value: show(parsed) }];
	return Object.entries(parsed as Record<string, unknown>).map(([key, value]) => ({ key, value: show(value) }));
}
