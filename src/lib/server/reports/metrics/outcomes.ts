/**
 * ACGME CPR VI.C / V.C and the dean's impact summary: well-being by wave with response
 * rates, exits by reason, and mentored vs unmentored outcomes with intervals, from the
 * Well-being and Retention views' SQL.
 */
import { INSTRUMENTS } from '$lib/instruments/instruments';
import { flagPrevalenceByWave } from '$lib/metrics/wellbeing';
import { landmarkRetention } from '$lib/metrics/retention';
import { exitsByLevel } from '$lib/metrics/retention/exitsByLevel';
import { EXIT_REASON_ORDER, LEVEL_ORDER } from '$lib/server/aggregates/linked-tables';
import type { ReportMetric } from './report-metric';
import { SHARED } from './shared-keys';

const FLAGGED_INSTRUMENTS = INSTRUMENTS.filter((i) => i.flag !== null).map((i) => i.id);
const instrumentName = (id: string) => INSTRUMENTS.find((i) => i.id === id)?.name ?? id;
const flagLabel = (id: string) => INSTRUMENTS.find((i) => i.id === id)?.flag?.label ?? 'flagged';

export const wellbeingByWave: ReportMetric = {
	id: 'wellbeing-by-wave',
	title: 'Well-being flag by survey wave, with response rates',
	glossary: ['wellbeing-prevalence-by-wave', 'wellbeing-response-rate'],
	options: { instrument: FLAGGED_INSTRUMENTS },
	chart: { valueColumn: 5, intervalColumn: 6, style: 'line', axisLabel: 'Share flagged (%)' },
	instruments: ({ instrument }) => [instrument],
	async build(db, { filter }, { instrument }) {
		const waves = await flagPrevalenceByWave(db, filter, { instrument });
		return {
			rowHeader: 'Wave',
			rows: waves.map((w) => `${w.label} (${w.opensOn})`),
			countColumns: ['Flagged', 'Not flagged', 'Answered, not scored', 'Did not respond'],
			counts: waves.map((w) => [w.flagged, w.n - w.flagged, w.respondents - w.n, w.eligible - w.respondents]),
			// The same trainee is eligible in several waves: only each wave's total (eligible) adds up.
			margins: 'rows',
			// Eligibility does not depend on the instrument: every instrument's table holds it.
			shared: waves.map((w, i) => ({ key: SHARED.waveEligible(w.waveId), entries: [[i, 'total']] as const })),
			derived: [
				{ label: 'Share flagged (%)', kind: 'share', values: waves.map((w) => ({ value: w.prevalence, rests: [0, 1] })) },
				{ label: '95% CI', kind: 'interval', values: waves.map((w) => ({ lower: w.lower, upper: w.upper, rests: [0, 1] })) },
				{ label: 'Response rate (%)', kind: 'share', values: waves.map((w) => ({ value: w.responseRate, rests: [0, 1, 2, 'total'] })) }
			],
			notes: [
				`${instrumentName(instrument)}: flagged = ${flagLabel(instrument)}. Eligible (the Total) = trainees of the population enrolled on the wave’s opening date; waves opening in the period.`,
				'Low response biases prevalence: read the share flagged beside the response rate.'
			]
		};
	}
};

export const exitsByReason: ReportMetric = {
	id: 'exits-by-reason',
	title: 'Exits by reason and training level',
	glossary: ['exits-by-level', 'exit-cumulative-incidence'],
	options: {},
	async build(db, { filter }) {
		const rows = await exitsByLevel(db, filter);
		const reasons = EXIT_REASON_ORDER.filter((r) => rows.some((x) => x.reason === r));
		const levels = LEVEL_ORDER.filter((l) => rows.some((x) => x.level === l));
		const attrition = new Set(rows.filter((r) => r.attrition).map((r) => r.reason));
		// Levels down, reasons across: there are fewer reasons than levels, so the table fits a page.
		return {
			rowHeader: 'Level when leaving',
			rows: levels,
			countColumns: reasons.map((r) => `${r.replaceAll('_', ' ')}${attrition.has(r as never) ? '' : ' (not attrition)'}`),
			counts: levels.map((l) => reasons.map((r) => rows.find((x) => x.reason === r && x.level === l)?.count ?? 0)),
			margins: 'both',
			derived: [],
			notes: ['Trainees of the population who left in the period, at the training level recorded when they left. Graduation and transfer compete with attrition and are never counted as attrition.']
		};
	}
};

export const impactRetention: ReportMetric = {
	id: 'impact-retention',
	title: 'One-year retention from the 90-day landmark, mentored vs unmentored',
	glossary: ['landmark-retention', 'retention-by-mentoring'],
	options: {},
	chart: { valueColumn: 3, intervalColumn: 4, style: 'dots', axisLabel: 'Retained one year after the landmark (%)' },
	async build(db, { filter }) {
		const { groups, landmarkDays, horizonDays } = await landmarkRetention(db, {}, filter);
		return {
			rowHeader: 'Mentoring at the landmark',
			rows: groups.map((g) => (g.group === 'mentored' ? 'Mentored' : 'Unmentored')),
			countColumns: ['Left (attrition) within the year', 'Did not leave'],
			counts: groups.map((g) => [g.events, g.atRisk - g.events]),
			margins: 'both',
			derived: [
				{ label: 'Retained (Kaplan–Meier, %)', kind: 'share', values: groups.map((g) => ({ value: g.survival, rests: [0, 'total'] })) },
				{ label: '95% CI', kind: 'interval', values: groups.map((g) => ({ lower: g.lower, upper: g.upper, rests: [0, 'total'] })) }
			],
			notes: [
				`Mentoring status is fixed ${landmarkDays} days after each trainee’s start (the landmark) and retention read ${horizonDays} days later, so time before a match does not count for mentoring (no immortal-time bias). Trainees who left before the landmark are excluded.`,
				'"Did not leave" includes trainees censored before the horizon (still enrolled, graduated or transferred); the Kaplan–Meier estimate accounts for them.'
			]
		};
	}
};

export const impactWellbeing: ReportMetric = {
	id: 'impact-wellbeing',
	title: 'Well-being flag, ever mentored vs never mentored, by wave',
	glossary: ['wellbeing-prevalence-by-wave'],
	options: { instrument: FLAGGED_INSTRUMENTS },
	chart: { valueColumn: 3, intervalColumn: 4, style: 'dots', axisLabel: 'Share flagged (%)' },
	instruments: ({ instrument }) => [instrument],
	async build(db, { filter }, { instrument }) {
		const mentored = await flagPrevalenceByWave(db, { ...filter, mentored: 'mentored' }, { instrument });
		const unmentored = await flagPrevalenceByWave(db, { ...filter, mentored: 'unmentored' }, { instrument });
		// One row per wave and group, the two groups of a wave side by side.
		const rows = mentored
			.filter((w) => w.hasResponses)
			.flatMap((w) => [
				{ label: `${w.label}, mentored`, wave: w },
				{ label: `${w.label}, unmentored`, wave: unmentored.find((u) => u.waveId === w.waveId)! }
			]);
		return {
			rowHeader: 'Wave and group',
			rows: rows.map((r) => r.label),
			countColumns: ['Flagged', 'Not flagged'],
			counts: rows.map(({ wave }) => [wave.flagged, wave.n - wave.flagged]),
			// The same trainee answers in several waves: only each row's total adds up.
			margins: 'rows',
			derived: [
				{ label: 'Share flagged (%)', kind: 'share', values: rows.map(({ wave }) => ({ value: wave.prevalence, rests: [0, 1] })) },
				{ label: '95% CI', kind: 'interval', values: rows.map(({ wave }) => ({ lower: wave.lower, upper: wave.upper, rests: [0, 1] })) }
			],
			notes: [
				`${instrumentName(instrument)}: flagged = ${flagLabel(instrument)}, among scored respondents (the Total).`,
				'Mentored = ever matched by the data date. This flatters mentoring where trainees who stay longer have more time to be matched, and trainees who seek mentors may differ from those who do not: an association, not an effect.'
			]
		};
	}
};
