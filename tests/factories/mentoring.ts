/**
 * Builders for pairings and meetings. A pairing defaults to a one-to-one match in P1,
 * requested and matched on the same day and still in force.
 */
import type { MeetingRow, PairingRow } from './rows';
import { nextId } from './ids';

export interface PairingOptions {
	id: string;
	/** null for a request still awaiting a mentor. */
	mentorId: string | null;
	menteeId: string;
	programId: string;
	kind: PairingRow['kind'];
	requestedAt: string | null;
	matchedAt: string | null;
	endedAt: string | null;
	endReason: string | null;
}

export function makePairing(options: Partial<PairingOptions> & Pick<PairingOptions, 'menteeId'>): PairingRow {
	const mentorId = options.mentorId === undefined ? 'M-1' : options.mentorId;
	const matchedAt = options.matchedAt === undefined ? (mentorId ? '2023-09-01' : null) : options.matchedAt;
	return {
		pairing_id: options.id ?? nextId('PA'),
		mentor_id: mentorId,
		mentee_id: options.menteeId,
		program_id: options.programId ?? 'P1',
		kind: options.kind ?? 'one_to_one',
		requested_at: options.requestedAt ?? matchedAt,
		matched_at: matchedAt,
		ended_at: options.endedAt ?? null,
		end_reason: options.endReason ?? (options.endedAt ? 'concluded' : null)
	};
}

export function makeMeeting(
	options: Partial<{ id: string; date: string; completed: boolean; durationMin: number | null; modality: string | null; rating: number | null }> & {
		pairingId: string;
	}
): MeetingRow {
	return {
		meeting_id: options.id ?? nextId('MT'),
		pairing_id: options.pairingId,
		date: options.date ?? '2023-10-01',
		completed: options.completed ?? true,
		duration_min: options.durationMin === undefined ? 45 : options.durationMin,
		modality: options.modality === undefined ? 'in_person' : options.modality,
		rating: options.rating === undefined ? 4 : options.rating
	};
}
