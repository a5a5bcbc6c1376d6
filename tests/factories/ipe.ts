/** Builders for interprofessional activities and who attended them. */
import type { ActivityRow, AttendanceRow } from './rows';
import { nextId } from './ids';

export function makeActivity(
	options: Partial<{ id: string; date: string; kind: string; title: string | null; programId: string | null }> = {}
): ActivityRow {
	return {
		activity_id: options.id ?? nextId('A'),
		date: options.date ?? '2024-02-01',
		kind: options.kind ?? 'simulation',
		title: options.title ?? null,
		program_id: options.programId ?? null
	};
}

/** One attendance row per person at the activity. */
export function makeAttendance(activityId: string, personIds: readonly string[]): AttendanceRow[] {
	return personIds.map((personId) => ({ activity_id: activityId, person_id: personId }));
}
