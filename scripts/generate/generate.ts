/**
 * The demo generator: people → matching → outcomes → exports. Deterministic: every random
 * draw comes from a named stream seeded by options.seed, dates are measured from the fixed
 * as-of date, and files are written in a fixed order.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { decideOutcomes, settlePairings } from './attrition';
import { isoDate } from './calendar';
import { CsvFile } from './csv-file';
import { drawConcordanceRequests } from './concordance';
import { writeIpe } from './ipe';
import { MEETING_HEADER, MeetingLog } from './meetings';
import { buildSlots, makeFacultyMentors } from './mentors';
import { matchMentors } from './matching';
import type { Pairing, Trainee } from './model';
import { EmailBook } from './names';
import type { GenerateOptions } from './options';
import { Rng } from './prng';
import { writeQualtrics } from './qualtrics';
import { writeRedcap, writeRedcapDictionary } from './redcap';
import { writePrograms, writeRoster } from './roster';
import { chooseNearPeerMentors, makeTrainees } from './trainees';
import { WAVES } from './waves';
import { waveStates } from './wellbeing';

export const DEMO_FILES = [
	'programs.csv', 'roster.csv', 'pairings.csv', 'meetings.csv', 'ipe_activities.csv', 'ipe_attendance.csv',
	'survey_waves.csv', 'wellbeing_qualtrics.csv', 'wellbeing_redcap.csv', 'wellbeing_redcap_dictionary.csv'
] as const;

export type GenerateSummary = Record<string, number>;

export const pairingId = (n: number): string => `PR${String(n).padStart(7, '0')}`;

const PAIRING_HEADER = ['Pairing ID', 'Mentor ID', 'Mentee ID', 'Program ID', 'Type', 'Requested', 'Matched', 'Ended', 'End Reason', 'Platform Status'];
const KIND_LABELS: Record<Pairing['kind'], string> = { one_to_one: '1:1', group: 'Group', near_peer: 'Near-peer' };
const END_LABELS: Record<NonNullable<Pairing['endReason']>, string> = {
	concluded: 'Concluded', ended_early: 'Ended early', mentor_left: 'Mentor left', mentee_left: 'Mentee left', rematched: 'Rematched'
};

function platformStatus(p: Pairing): string {
	if (p.matched === null) return 'Awaiting approval';
	if (p.endReason === null) return 'Active';
	return p.endReason === 'concluded' ? 'Concluded' : 'Ended early';
}

export function generateDemo(options: GenerateOptions): GenerateSummary {
	const { seed, outDir } = options;
	if (!Number.isInteger(options.trainees) || options.trainees < 50) throw new Error(`trainees must be an integer ≥ 50, got ${options.trainees}`);
	mkdirSync(outDir, { recursive: true });
	const file = (name: string) => join(outDir, name);

	const emails = new EmailBook();
	const trainees = makeTrainees(options.trainees, new Rng(seed, 'trainees'), emails);
	const nearPeers = chooseNearPeerMentors(trainees, new Rng(seed, 'near-peer'));
	const faculty = makeFacultyMentors(options.trainees, new Rng(seed, 'faculty'), emails);
	const slots = buildSlots(faculty, nearPeers);
	const planned = matchMentors(trainees, slots, new Rng(seed, 'matching'));
	decideOutcomes(trainees, planned, new Rng(seed, 'attrition'));
	const pairings = settlePairings(trainees, planned);

	const summary: GenerateSummary = {};
	writePrograms(file('programs.csv'));
	// Its own stream, drawn last: no other value of the demo moved when requests were added.
	const requests = drawConcordanceRequests(trainees, new Rng(seed, 'concordance'));
	summary['roster.csv'] = writeRoster(file('roster.csv'), trainees, faculty, requests);
	summary['pairings.csv'] = pairings.length;
	summary['meetings.csv'] = writePairingsAndMeetings(file('pairings.csv'), file('meetings.csv'), pairings, trainees, slots.slots.map((s) => s.personId), new Rng(seed, 'meetings'));

	const activities = new CsvFile(file('ipe_activities.csv'), ['Activity ID', 'Date', 'Type', 'Title', 'Organizer Program ID']);
	const attendance = new CsvFile(file('ipe_attendance.csv'), ['Activity ID', 'Person ID']);
	writeIpe(activities, attendance, trainees, faculty, new Rng(seed, 'ipe'));
	activities.close();
	attendance.close();
	summary['ipe_activities.csv'] = activities.rows;
	summary['ipe_attendance.csv'] = attendance.rows;

	const waves = new CsvFile(file('survey_waves.csv'), ['Wave ID', 'Label', 'Opens', 'Closes', 'REDCap Event']);
	for (const w of WAVES) waves.row([w.id, w.label, isoDate(w.opens), isoDate(w.closes), w.redcapEvent]);
	waves.close();

	const byTrainee: Pairing[][] = trainees.map(() => []);
	for (const p of pairings) byTrainee[p.trainee].push(p);
	const states = waveStates(trainees, byTrainee, new Rng(seed, 'wellbeing'));
	summary['wellbeing_qualtrics.csv'] = writeQualtrics(file('wellbeing_qualtrics.csv'), trainees, states, new Rng(seed, 'qualtrics'));
	summary['wellbeing_redcap.csv'] = writeRedcap(file('wellbeing_redcap.csv'), trainees, states, new Rng(seed, 'redcap'));
	writeRedcapDictionary(file('wellbeing_redcap_dictionary.csv'));
	return summary;
}

function writePairingsAndMeetings(pairingPath: string, meetingPath: string, pairings: readonly Pairing[], trainees: readonly Trainee[], slotPerson: readonly string[], rng: Rng): number {
	const out = new CsvFile(pairingPath, PAIRING_HEADER);
	const meetingFile = new CsvFile(meetingPath, MEETING_HEADER);
	const log = new MeetingLog(meetingFile, rng);
	pairings.forEach((p, i) => {
		const id = pairingId(i + 1);
		const t = trainees[p.trainee];
		out.row([
			id, p.slot === null ? null : slotPerson[p.slot], t.id, t.program.id, KIND_LABELS[p.kind], isoDate(p.requested),
			p.matched === null ? null : isoDate(p.matched), p.end === null ? null : isoDate(p.end), p.endReason === null ? null : END_LABELS[p.endReason], platformStatus(p)
		]);
		log.write(id, p, t);
	});
	out.close();
	meetingFile.close();
	return log.count;
}
