/**
 * wellbeing_redcap.csv and its data dictionary: the "Resident Well-Being" REDCap project
 * (GME residents and nurse residents), a longitudinal raw export with one row per record and
 * event the resident was sent. Non-responders keep the row with "[not completed]" and
 * complete = 0. As REDCap itself does, unchecked checkboxes export as 0 even for
 * non-responders; only the wbi items are empty.
 */
import { dateTimeMinutes } from './calendar';
import { CsvFile } from './csv-file';
import type { Trainee } from './model';
import type { Rng } from './prng';
import { lastAnswerDay, WAVES } from './waves';
import { responds, wbiItems, type WaveState } from './wellbeing';

const WBI = ['wbi_1', 'wbi_2', 'wbi_3', 'wbi_4', 'wbi_5', 'wbi_6', 'wbi_7'];
const SUPPORTS = ['supports___1', 'supports___2', 'supports___3', 'supports___4', 'supports___5', 'supports___6'];
export const REDCAP_COLUMNS = ['record_id', 'redcap_event_name', 'redcap_survey_identifier', 'resident_wellbeing_timestamp', ...WBI, ...SUPPORTS, 'resident_wellbeing_complete'];

const RESPONSE_RATE = [0.6, 0.58, 0.62];

export const inRedcapProject = (t: Trainee): boolean => t.program.typeLabel === 'GME' || t.program.id === 'NRP';

/** Supports used this year: counseling, peer group, mentor, chaplaincy, EAP, none. */
function supports(strain: number, mentored: boolean, rng: Rng): number[] {
	const used = [
		rng.chance(0.12 + 0.1 * Math.max(0, strain)),
		rng.chance(0.15),
		rng.chance(mentored ? 0.65 : 0.05),
		rng.chance(0.03),
		rng.chance(0.06 + 0.05 * Math.max(0, strain))
	].map((b) => (b ? 1 : 0));
	return [...used, used.some((u) => u === 1) ? 0 : 1];
}

export function writeRedcap(path: string, trainees: readonly Trainee[], states: readonly (WaveState | null)[][], rng: Rng): number {
	const out = new CsvFile(path, REDCAP_COLUMNS);
	for (const t of trainees) {
		if (!inRedcapProject(t)) continue;
		WAVES.forEach((wave, w) => {
			const state = states[t.index][w];
			if (!state) return;
			const last = lastAnswerDay(t, wave);
			if (!responds(t, RESPONSE_RATE[w], rng) || last < wave.opens) {
				out.row([t.id, wave.redcapEvent, null, '[not completed]', ...WBI.map(() => null), ...SUPPORTS.map(() => 0), 0]);
				return;
			}
			const day = wave.opens + Math.floor(Math.pow(rng.next(), 1.5) * (last - wave.opens + 1));
			const stamp = dateTimeMinutes(day, rng.int(5 * 3600, 23 * 3600));
			// Rarely an item is skipped (the form does not force answers); such a response has no score.
			const items = wbiItems(state.strain, rng).map((v) => (rng.chance(0.005) ? null : v));
			out.row([t.id, wave.redcapEvent, null, stamp, ...items, ...supports(state.strain, state.mentored, rng), 2]);
		});
	}
	out.close();
	return out.rows;
}

/** The header exactly as REDCap writes it: quoted where the name has spaces, Identifier? bare. */
const DICTIONARY_HEADER_LINE =
	'"Variable / Field Name","Form Name","Section Header","Field Type","Field Label","Choices, Calculations, OR Slider Labels","Field Note","Text Validation Type OR Show Slider Number","Text Validation Min","Text Validation Max",Identifier?,"Branching Logic (Show field only if...)","Required Field?","Custom Alignment","Question Number (surveys only)","Matrix Group Name","Matrix Ranking?","Field Annotation"';

const WBI_LABELS = [
	'Burned out from your work?',
	'Worried that your work is hardening you emotionally?',
	'Often bothered by feeling down, depressed, or hopeless?',
	'Fallen asleep while sitting inactive in a public place?',
	'Felt that all the things you had to do were piling up so high that you could not overcome them?',
	'Been bothered by emotional problems (such as feeling anxious, depressed, or irritable)?',
	'Has your physical health interfered with your ability to do your daily work at home and/or away from home?'
];

export function writeRedcapDictionary(path: string): void {
	const out = new CsvFile(path);
	out.rawLine(DICTIONARY_HEADER_LINE);
	const row = (field: string, type: string, label: string, extra: { section?: string; choices?: string; required?: boolean; matrix?: string; note?: string; identifier?: boolean } = {}) =>
		out.row([field, 'resident_wellbeing', extra.section ?? null, type, label, extra.choices ?? null, extra.note ?? null, null, null, null,
			extra.identifier ? 'y' : null, null, extra.required ? 'y' : null, null, null, extra.matrix ?? null, null, null]);
	row('record_id', 'text', 'Record ID');
	WBI_LABELS.forEach((label, i) =>
		row(WBI[i], 'radio', label, { section: i === 0 ? 'During the past month, have you:' : undefined, choices: '1, Yes | 0, No', required: true, matrix: 'wbi' })
	);
	row('supports', 'checkbox', 'Which supports have you used this year?', {
		choices: '1, Counseling | 2, Peer support group | 3, Mentor | 4, Chaplaincy | 5, Employee assistance | 6, None',
		note: 'Select all that apply'
	});
	out.close();
}
