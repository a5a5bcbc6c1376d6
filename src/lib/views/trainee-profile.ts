/**
 * The trainee profile's data: who the person is and their timeline, from the user's scoped
 * rows in the browser, with the worklist actions on them from the server's history merged
 * in as dated events.
 */
import type { Connector } from '$lib/engine/connector';
import { REASON_LABELS } from '$lib/metrics/worklist/types';
import { personSummary, type PersonSummary } from '$lib/metrics/profile/person';
import { personTimeline, type TimelineEvent } from '$lib/metrics/profile/timeline';
import { localToday } from '$lib/views/worklist';
import type { WorklistActionRecord } from '$lib/worklist/actions';

export interface TraineeProfile {
	summary: PersonSummary;
	timeline: TimelineEvent[];
}

/** null when the person is not in the user's data. */
export async function loadTraineeProfile(db: Connector, personId: string): Promise<TraineeProfile | null> {
	const summary = await personSummary(db, personId);
	if (!summary) return null;
	return { summary, timeline: await personTimeline(db, personId) };
}

/** "Marked contacted (Unmatched) by Dana Lee: “left a voicemail”". */
export function actionSummary(a: WorklistActionRecord): string {
	const what = a.action === 'snoozed' ? `Snoozed until ${a.snoozeUntil}` : `Marked ${a.action}`;
	return `${what} (${REASON_LABELS[a.reason] ?? a.reason}) by ${a.userName}${a.note ? `: “${a.note}”` : ''}`;
}

/**
 * The timeline with this person's worklist actions added, newest first. An action is dated
 * on the coordinator's calendar (their local day), the dataset's events on the data's own
 * dates; on the same day the action comes first, being the latest thing that happened.
 */
export function withActions(timeline: readonly TimelineEvent[], actions: readonly WorklistActionRecord[], personId: string): TimelineEvent[] {
	const mine: (TimelineEvent & { at: number })[] = actions
		.filter((a) => a.personId === personId)
		.map((a) => ({
			date: localToday(new Date(a.at)),
			kind: 'worklist_action',
			tone: 'neutral',
			summary: actionSummary(a),
			pairing_id: null,
			upcoming: false,
			at: a.at
		}));
	mine.sort((a, b) => b.at - a.at);
	const merged: TimelineEvent[] = [];
	let i = 0;
	for (const event of timeline) {
		while (i < mine.length && mine[i].date >= event.date) merged.push(strip(mine[i++]));
		merged.push(event);
	}
	while (i < mine.length) merged.push(strip(mine[i++]));
	return merged;
}

const strip = ({ at: _at, ...event }: TimelineEvent & { at: number }): TimelineEvent => event;
