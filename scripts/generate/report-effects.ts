/**
 * Measure the committed demo (data/demo) and a 20,000-trainee run with the same seed, and
 * write the "Encoded effects" table of data/README.md: `tsx scripts/generate/report-effects.ts`.
 * The larger run shows what the model converges to; the default data carries small-n noise.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemo } from './generate';
import { measureDemo, type DemoFigures } from './measure/index';
import { DEFAULT_OUT_DIR, DEFAULT_SEED } from './options';
import { replaceSection } from './readme-section';

const pct = (x: number): string => (Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : 'n/a');
const num = (x: number, digits = 2): string => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');

type Row = [effect: string, target: string, value: (f: DemoFigures) => string];

const ROWS: Row[] = [
	['Trainees / faculty mentors / near-peer ("Both") mentors', '~2,000 / ~580 / some', (f) => `${f.population.trainees} / ${f.population.facultyMentors} / ${f.population.nearPeerMentors}`],
	['URiM share, trainees (cohort 2021 → 2026)', '18–22%, rising', (f) => `${pct(f.population.urimTrainees)} (${pct(f.population.urimByCohort['2021'])} → ${pct(f.population.urimByCohort['2026'])})`],
	['URiM share, faculty and near-peer mentors', '10–12%', (f) => pct(f.population.urimMentors)],
	['First-generation / low income, trainees', '15–20% / ~12%', (f) => `${pct(f.population.firstGen)} / ${pct(f.population.lowIncome)}`],
	['Women: NRP / MSW / UME / surgery', 'mostly / mostly / ~55% / ~38%', (f) => ['NRP', 'MSW', 'UME-MD', 'GME-SURG'].map((p) => pct(f.population.womenByProgram[p])).join(' / ')],
	['Active trainees without a running mentor on 2026-11-01', '25–35%', (f) => pct(f.population.unmatchedActive)],
	['… UME / IM / surgery', 'UME higher than GME', (f) => ['UME-MD', 'GME-IM', 'GME-SURG'].map((p) => pct(f.population.unmatchedActiveByProgram[p])).join(' / ')],
	['First match 30–120 days after start (median days)', 'most', (f) => `${pct(f.population.firstMatchWithin30to120)} (${f.population.firstMatchMedianDays})`],
	['Requests awaiting approval / ended early / rematched', 'some', (f) => `${f.population.awaitingApproval} / ${f.population.endedEarly} / ${f.population.rematched}`],
	['Cross-discipline matches (mentor profession differs)', '~10%', (f) => pct(f.population.crossDiscipline)],
	['Attrition (1 − KM at program end): UME', '~3%', (f) => pct(f.retention.attritionByProgram['UME-MD'])],
	['… UME URiM / not URiM / low income', '6–10% / lower / higher', (f) => `${pct(f.retention.umeUrim)} / ${pct(f.retention.umeNotUrim)} / ${pct(f.retention.umeLowIncome)}`],
	['… general surgery (women / men)', '~18% (25% / 15%)', (f) => `${pct(f.retention.attritionByProgram['GME-SURG'])} (${pct(f.retention.surgeryWomen)} / ${pct(f.retention.surgeryMen)})`],
	['… surgery attrition after PGY1', '~half', (f) => pct(f.retention.surgeryAfterPgy1)],
	['… IM / nurse residency / PharmD / MSW', '~6% / ~15% / ~6% / ~8%', (f) => ['GME-IM', 'NRP', 'PHARMD', 'MSW'].map((p) => pct(f.retention.attritionByProgram[p])).join(' / ')],
	['Attrition after the 90-day landmark: mentored vs not (n)', 'lower if mentored', (f) => `${pct(f.retention.landmark.mentoredLeft)} vs ${pct(f.retention.landmark.unmentoredLeft)} (${f.retention.landmark.mentored} vs ${f.retention.landmark.unmentored})`],
	['… rate ratio, stratified by program', '~0.5', (f) => num(f.retention.landmark.rateRatio)],
	['Qualtrics response rate by wave (autumn 25, spring 26, autumn 26)', '55–70%', (f) => ['2025-autumn', '2026-spring', '2026-autumn'].map((w) => pct(f.wellbeing.responseRateByWave[w])).join(', ')],
	['REDCap completion by wave (residents)', '55–70%', (f) => ['2025-autumn', '2026-spring', '2026-autumn'].map((w) => pct(f.wellbeing.redcapResponseRateByWave[w])).join(', ')],
	['Mini-Z burnout (item ≥ 3): mentored vs not at the wave', '~28% vs 40–45%', (f) => `${pct(f.wellbeing.burnoutMentored)} vs ${pct(f.wellbeing.burnoutUnmentored)}`],
	['… odds ratio', '~0.52', (f) => num(f.wellbeing.burnoutOddsRatio)],
	['PHQ-2 ≥ 3 / WHO-5 < 13 / UCLA-3 ≥ 6: burned out vs not', 'higher with burnout', (f) => {
		const w = f.wellbeing;
		return `${pct(w.phq2PositiveByBurnout[0])} vs ${pct(w.phq2PositiveByBurnout[1])} / ${pct(w.who5PoorByBurnout[0])} vs ${pct(w.who5PoorByBurnout[1])} / ${pct(w.ucla3LonelyByBurnout[0])} vs ${pct(w.ucla3LonelyByBurnout[1])}`;
	}],
	['Mayo WBI distress (≥ 5 yes), residents: all (mentored vs not)', '15–25%, less if mentored', (f) => `${pct(f.wellbeing.wbiDistress)} (${pct(f.wellbeing.wbiDistressMentored)} vs ${pct(f.wellbeing.wbiDistressUnmentored)})`],
	['Qualtrics partial responses / "-99" item cells / comments (finished)', 'some / a few % / often empty', (f) => `${pct(f.wellbeing.partialShare)} / ${pct(f.wellbeing.skippedCellShare)} / ${pct(f.wellbeing.commentShare)}`],
	['Meetings: completed / cancelled / no-show', 'mostly completed', (f) => ['Completed', 'Cancelled', 'No-show'].map((s) => pct(f.activity.statusShare[s] ?? 0)).join(' / ')],
	['Meeting duration range (min); ratings 3–5', '20–90; mostly 3–5', (f) => `${f.activity.durationRange[0]}–${f.activity.durationRange[1]}; ${pct(['3', '4', '5'].reduce((a, r) => a + (f.activity.ratingShare[r] ?? 0), 0))}`],
	['Virtual meetings 2021 → 2026', '~20% → ~55%', (f) => `${pct(f.activity.virtualByYear['2021'])} → ${pct(f.activity.virtualByYear['2026'])}`],
	['Open pairings quiet (no completed meeting in last 60 days): all / matched ≥ 60 days ago', '~15%', (f) => `${pct(f.activity.quietOpenPairings)} / ${pct(f.activity.quietEstablishedPairings)}`],
	['Open pairings whose last two meetings were missed', 'some', (f) => String(f.activity.consecutiveMisses)],
	['IPE activities; attendees (mean); professions per activity', '~120; 8–40; 2–4', (f) => `${f.activity.ipeActivities}; ${f.activity.attendeesRange[0]}–${f.activity.attendeesRange[1]} (${num(f.activity.attendeesMean, 1)}); ${f.activity.professionsRange[0]}–${f.activity.professionsRange[1]}`],
	['Consistency violations (all checks in measure/consistency.ts)', '0', (f) => String(Object.values(f.consistency).reduce((a, b) => a + b, 0))]
];

export function effectsMarkdown(small: DemoFigures, large: DemoFigures): string {
	const lines = [
		`| effect | target | default data (seed ${DEFAULT_SEED}, 2,000 trainees) | 20,000 trainees, same seed |`,
		'|---|---|---|---|',
		...ROWS.map(([effect, target, value]) => `| ${effect} | ${target} | ${value(small)} | ${value(large)} |`)
	];
	return lines.join('\n');
}

if (import.meta.url.endsWith('/report-effects.ts') && process.argv[1]?.endsWith('report-effects.ts')) {
	const small = await measureDemo(DEFAULT_OUT_DIR);
	const dir = mkdtempSync(join(tmpdir(), 'preceptor-effects-'));
	try {
		generateDemo({ seed: DEFAULT_SEED, trainees: 20000, outDir: dir });
		const large = await measureDemo(dir);
		replaceSection('data/README.md', 'effects', effectsMarkdown(small, large));
		console.log('data/README.md: encoded effects section updated');
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
