/**
 * wellbeing_qualtrics.csv: the "Trainee Well-Being Survey" as a current Qualtrics export —
 * three header rows (export tags; question text, some multi-line; ImportId JSON), "-99" for
 * seen-but-unanswered, partial responses with trailing items empty (notes/exports.md).
 */
import { dateTime } from './calendar';
import { CsvFile, type CsvValue } from './csv-file';
import { freeTextComment } from './free-text';
import type { Trainee } from './model';
import type { Rng } from './prng';
import { lastAnswerDay, WAVES } from './waves';
import { burnoutItem, phq2Items, responds, ucla3Items, who5Items, type WaveState } from './wellbeing';

const META = ['StartDate', 'EndDate', 'Status', 'IPAddress', 'Progress', 'Duration (in seconds)', 'Finished', 'RecordedDate', 'ResponseId', 'RecipientLastName', 'RecipientFirstName', 'RecipientEmail', 'ExternalReference', 'LocationLatitude', 'LocationLongitude', 'DistributionChannel', 'UserLanguage'];
const META_LABELS = ['Start Date', 'End Date', 'Response Type', 'IP Address', 'Progress', 'Duration (in seconds)', 'Finished', 'Recorded Date', 'Response ID', 'Recipient Last Name', 'Recipient First Name', 'Recipient Email', 'External Data Reference', 'Location Latitude', 'Location Longitude', 'Distribution Channel', 'User Language'];
const META_IMPORT = ['startDate', 'endDate', 'status', 'ipAddress', 'progress', 'duration', 'finished', 'recordedDate', '_recordId', 'recipientLastName', 'recipientFirstName', 'recipientEmail', 'externalDataReference', 'locationLatitude', 'locationLongitude', 'distributionChannel', 'userLanguage'];
const DATED = new Set(['startDate', 'endDate', 'recordedDate']);

const PHQ_STEM = 'Over the last 2 weeks, how often have you been bothered by any of the following problems?';
const WHO_STEM = 'Please indicate for each of the five statements which is closest to how you have been feeling over the last two weeks.';
const UCLA_STEM = 'The next questions are about how you feel about different aspects of your life. For each one, tell me how often you feel that way.';

/** Tag, question text, ImportId. Q2 text is multi-line as real matrix questions often are. */
const QUESTIONS: readonly (readonly [string, string, string])[] = [
	['Q1', 'Using your own definition of "burnout", please choose one of the numbers below:', 'QID1'],
	['Q2_1', `${PHQ_STEM}\n- Little interest or pleasure in doing things`, 'QID2_1'],
	['Q2_2', `${PHQ_STEM}\n- Feeling down, depressed, or hopeless`, 'QID2_2'],
	['Q3_1', `${WHO_STEM} - I have felt cheerful and in good spirits`, 'QID3_1'],
	['Q3_2', `${WHO_STEM} - I have felt calm and relaxed`, 'QID3_2'],
	['Q3_3', `${WHO_STEM} - I have felt active and vigorous`, 'QID3_3'],
	['Q3_4', `${WHO_STEM} - I woke up feeling fresh and rested`, 'QID3_4'],
	['Q3_5', `${WHO_STEM} - My daily life has been filled with things that interest me`, 'QID3_5'],
	['Q4_1', `${UCLA_STEM} - How often do you feel that you lack companionship?`, 'QID4_1'],
	['Q4_2', `${UCLA_STEM} - How often do you feel left out?`, 'QID4_2'],
	['Q4_3', `${UCLA_STEM} - How often do you feel isolated from others?`, 'QID4_3'],
	['Q5', 'Is there anything you would like your program to know?', 'QID5_TEXT']
];

export const QUALTRICS_COLUMNS = [...META, ...QUESTIONS.map((q) => q[0]), 'wave'];

const importId = (id: string): string => JSON.stringify(DATED.has(id) ? { ImportId: id, timeZone: 'America/Denver' } : { ImportId: id });

/** Blocks in page order: Q1 | Q2 | Q3 | Q4 | Q5; a partial response stops after 1–3 blocks. */
const PROGRESS_AFTER_BLOCKS = [0, 18, 45, 73];
const RESPONSE_RATE = [0.63, 0.6, 0.64];
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

interface Row {
	sortKey: number;
	cells: CsvValue[];
}

function withSkips(values: number[], rng: Rng): CsvValue[] {
	// "-99": the question was seen but not answered (~2.5% of item cells).
	return values.map((v) => (rng.chance(0.025) ? -99 : v));
}

export function writeQualtrics(path: string, trainees: readonly Trainee[], states: readonly (WaveState | null)[][], rng: Rng): number {
	const out = new CsvFile(path, QUALTRICS_COLUMNS);
	out.headerRow([...META_LABELS, ...QUESTIONS.map((q) => q[1]), 'wave']);
	out.headerRow([...META_IMPORT.map(importId), ...QUESTIONS.map((q) => importId(q[2])), importId('wave')]);
	WAVES.forEach((wave, w) => {
		const rows: Row[] = [];
		for (const t of trainees) {
			const state = states[t.index][w];
			if (!state || !responds(t, RESPONSE_RATE[w], rng)) continue;
			const last = lastAnswerDay(t, wave);
			if (last < wave.opens) continue;
			// Most answer in the first days after the invitation and reminders.
			const day = wave.opens + Math.floor(Math.pow(rng.next(), 1.6) * (last - wave.opens + 1));
			const startSecond = rng.int(6 * 3600, 23 * 3600);
			const blocks = rng.chance(0.06) ? rng.int(1, 3) : 5;
			const finished = blocks === 5;
			const duration = finished ? rng.int(95, 900) : rng.int(20, 240);
			const stamp = (s: number): string => dateTime(day, s);
			const items: CsvValue[] = [
				...(blocks >= 1 ? withSkips([burnoutItem(state.strain)], rng) : [null]),
				...(blocks >= 2 ? withSkips(phq2Items(state.strain, rng), rng) : [null, null]),
				...(blocks >= 3 ? withSkips(who5Items(state.strain, rng), rng) : [null, null, null, null, null]),
				...(blocks >= 4 ? withSkips(ucla3Items(state.strain, t.loneliness, rng), rng) : [null, null, null]),
				finished && rng.chance(0.22) ? freeTextComment(rng) : null
			];
			rows.push({
				sortKey: day * 86_400 + startSecond,
				cells: [
					stamp(startSecond), stamp(startSecond + duration), 'IP Address', null, finished ? 100 : PROGRESS_AFTER_BLOCKS[blocks], duration,
					finished ? 'True' : 'False', stamp(startSecond + duration), `R_${rng.chars(ALNUM, 15)}`, t.name.last, t.name.first, t.email, t.id,
					null, null, 'email', 'EN', ...items, wave.id
				]
			});
		}
		rows.sort((a, b) => a.sortKey - b.sortKey);
		for (const r of rows) out.row(r.cells);
	});
	out.close();
	return out.rows;
}
