/**
 * Score distribution, paired change, flag crossing and group prevalence charts: snapshots
 * at phone and desktop widths, plus checks independent of the snapshot (bar colours by flag
 * range, CI placement, suppression, selection, empty input).
 */
process.env.TZ = 'UTC';

import { describe, expect, it } from 'vitest';
import { groupPrevalenceChart, type GroupPrevalenceRow } from '../../../src/lib/charts/wellbeing/groupPrevalence';
import { flagCrossingChart, pairedChangeChart, type PairedChangeRow } from '../../../src/lib/charts/wellbeing/pairedChange';
import { scoreDistributionChart, type ScoreBar } from '../../../src/lib/charts/wellbeing/scoreDistribution';
import { OKABE_ITO } from '../../../src/lib/charts/palette';
import { jsdomDocument, readSnapshot } from '../svgSnapshot';

const scores: ScoreBar[] = [
	{ score: 1, respondents: 40, n: 100, share: 0.4, inFlagRange: false },
	{ score: 2, respondents: 25, n: 100, share: 0.25, inFlagRange: false },
	{ score: 3, respondents: 20, n: 100, share: 0.2, inFlagRange: true },
	{ score: 4, respondents: 15, n: 100, share: 0.15, inFlagRange: true },
	{ score: 5, respondents: 0, n: 100, share: 0, inFlagRange: true, suppressed: false }
];

const base = { notFlaggedFirst: 0, crossedIn: 0, crossedInShare: null, crossedInLower: null, crossedInUpper: null, flaggedFirst: 0, crossedOut: 0, crossedOutShare: null, crossedOutLower: null, crossedOutUpper: null };
const pairs: PairedChangeRow[] = [
	{ ...base, group: 'all', n: 120, meanChange: 0.12, lower: -0.05, upper: 0.29, notFlaggedFirst: 70, crossedIn: 14, crossedInShare: 0.2, crossedInLower: 0.123, crossedInUpper: 0.307, flaggedFirst: 50, crossedOut: 15, crossedOutShare: 0.3, crossedOutLower: 0.191, crossedOutUpper: 0.438 },
	{ ...base, group: 'mentored', n: 80, meanChange: -0.2, lower: -0.41, upper: 0.01, notFlaggedFirst: 50, crossedIn: 5, crossedInShare: 0.1, crossedInLower: 0.043, crossedInUpper: 0.214, flaggedFirst: 30, crossedOut: 12, crossedOutShare: 0.4, crossedOutLower: 0.246, crossedOutUpper: 0.577 },
	{ ...base, group: 'unmentored', n: 7, meanChange: 0.5, lower: -0.3, upper: 1.3, suppressed: true }
];

const groups: GroupPrevalenceRow[] = [
	{ group: 'MD', groupLabel: 'MD', eligible: 400, respondents: 300, n: 300, flagged: 120, prevalence: 0.4, lower: 0.346, upper: 0.456, responseRate: 0.75 },
	{ group: 'RN', groupLabel: 'RN', eligible: 100, respondents: 60, n: 60, flagged: 30, prevalence: 0.5, lower: 0.377, upper: 0.623, responseRate: 0.6 },
	{ group: 'PT', groupLabel: 'PT', eligible: 9, respondents: 4, n: 4, flagged: 1, prevalence: 0.25, lower: 0.046, upper: 0.699, responseRate: 4 / 9, suppressed: true },
	{ group: 'DO', groupLabel: 'DO', eligible: 20, respondents: 12, n: 12, flagged: 3, prevalence: 0.25, lower: 0.089, upper: 0.532, responseRate: 0.6 },
	{ group: 'OT', groupLabel: 'OT', eligible: 12, respondents: 1, n: 0, flagged: 0, prevalence: null, lower: null, upper: null, responseRate: 1 / 12 }
];

const snapshot = (name: string, el: Element) => {
	const { expected, actual } = readSnapshot(name, el);
	expect(actual).toBe(expected);
};

describe('scoreDistributionChart', () => {
	const options = { flagDescription: 'burnout (score ≥ 3)', waveLabel: 'Autumn 2026' };
	for (const width of [390, 1440]) it(`matches its snapshot at ${width} px`, () => snapshot(`wellbeing-score-distribution-${width}`, scoreDistributionChart(scores, { ...options, width, document: jsdomDocument() })));

	it('colours the flag range vermillion and the rest blue, tallest bar for the largest share', () => {
		const svg = scoreDistributionChart(scores, { ...options, width: 1440, document: jsdomDocument() });
		const bars = Array.from(svg.querySelectorAll('g[aria-label="bar"] rect'));
		expect(bars.map((b) => b.getAttribute('fill'))).toEqual([OKABE_ITO.blue, OKABE_ITO.blue, OKABE_ITO.vermillion, OKABE_ITO.vermillion, OKABE_ITO.vermillion]);
		const heights = bars.map((b) => Number(b.getAttribute('height')));
		expect(heights[0]).toBe(Math.max(...heights));
		expect(svg.getAttribute('aria-label')).toBe('Bar chart of scores in Autumn 2026 (n=100); 35.0% scored in the burnout (score ≥ 3) range.'.replace('35.0%', '35%'));
	});

	it('draws no bar for a suppressed bin and says why for no rows', () => {
		const svg = scoreDistributionChart([{ ...scores[0], suppressed: true }, scores[1]], { ...options, width: 800, document: jsdomDocument() });
		expect(svg.querySelectorAll('g[aria-label="bar"] rect')).toHaveLength(1);
		expect(svg.textContent).not.toContain('40');
		expect(scoreDistributionChart([], { ...options, width: 800, document: jsdomDocument() }).textContent).toBe('No scored answers in this wave');
	});
});

describe('paired change charts', () => {
	const options = { higherIsWorse: true, flagLabel: 'burnout' };
	for (const width of [390, 1440]) {
		it(`match their snapshots at ${width} px`, () => {
			snapshot(`wellbeing-paired-change-${width}`, pairedChangeChart(pairs, { ...options, width, document: jsdomDocument() }));
			snapshot(`wellbeing-flag-crossing-${width}`, flagCrossingChart(pairs, { ...options, width, document: jsdomDocument() }));
		});
	}

	it('draws mean and CI per group, none for a suppressed group, with n in the labels', () => {
		const svg = pairedChangeChart(pairs, { ...options, width: 1440, document: jsdomDocument() });
		const dots = Array.from(svg.querySelectorAll('g[aria-label="dot"] circle'));
		expect(dots).toHaveLength(2);
		// Mentored (−0.20) lies left of everyone (+0.12).
		expect(Number(dots[1].getAttribute('cx'))).toBeLessThan(Number(dots[0].getAttribute('cx')));
		expect(svg.textContent).toContain('Everyonen=120');
		expect(svg.textContent).toContain('Not mentoredsuppressed');
		expect(svg.textContent).not.toContain('+0.50');
		expect(svg.getAttribute('aria-label')).toContain('Mentored: mean change −0.20 points (95% CI −0.41 to +0.01), n=80');
	});

	it('shows crossing shares with counts and a note when nobody answered two waves', () => {
		const svg = flagCrossingChart(pairs, { ...options, width: 1440, document: jsdomDocument() });
		expect(svg.textContent).toContain('20% (14 of 70)');
		expect(svg.textContent).toContain('40% (12 of 30)');
		expect(svg.querySelectorAll('g[aria-label="dot"] circle')).toHaveLength(4);
		const none = pairs.map((p) => ({ ...p, ...base, n: 0, meanChange: null, lower: null, upper: null, suppressed: false }));
		expect(pairedChangeChart(none, { ...options, width: 390, document: jsdomDocument() }).textContent).toBe('Nobody answered two waves');
	});
});

describe('groupPrevalenceChart', () => {
	const options = { flagLabel: 'burnout', groupKind: 'profession' };
	for (const width of [390, 1440]) it(`matches its snapshot at ${width} px`, () => snapshot(`wellbeing-group-prevalence-${width}`, groupPrevalenceChart(groups, { ...options, width, document: jsdomDocument(), onSelect: () => {} })));

	it('orders groups by prevalence, blanks last, and selects a group on click', () => {
		const picked: string[] = [];
		const svg = groupPrevalenceChart(groups, { ...options, width: 1440, document: jsdomDocument(), onSelect: (g) => picked.push(g) });
		const targets = Array.from(svg.querySelectorAll('rect.wb-target'));
		expect(targets.map((t) => t.getAttribute('data-key'))).toEqual(['RN', 'MD', 'DO', 'PT', 'OT']);
		expect(targets[0].getAttribute('aria-label')).toBe('Filter every view to profession RN');
		expect(targets[1].querySelector('title')?.textContent).toBe('MD: burnout 120 of 300 (40%, 95% CI 35%–46%); response rate 75% (300 of 400)');
		targets[1].dispatchEvent(new (svg.ownerDocument.defaultView as unknown as { Event: typeof Event }).Event('click'));
		expect(picked).toEqual(['MD']);
		expect(svg.querySelectorAll('g[aria-label="dot"] circle')).toHaveLength(3);
		expect(svg.textContent).toContain('no scored answers');
		expect(svg.textContent).toContain('DOn=12, unstable');
		expect(svg.textContent).toContain('MDn=300');
		// PT is suppressed: neither its n nor its 25% is shown.
		expect(svg.textContent).not.toContain('n=4');
		const notes = Array.from(svg.querySelectorAll('g[aria-label="text"] text')).map((t) => t.textContent);
		expect(notes).toEqual(['50%', '40%', '25%', 'suppressed', 'no scored answers']);
		expect(svg.getAttribute('aria-label')).toContain('Highest: RN: burnout 30 of 60 (50%');
	});

	it('says so when nobody was eligible', () => {
		expect(groupPrevalenceChart([], { ...options, width: 390, document: jsdomDocument() }).textContent).toBe('Nobody eligible in this wave');
	});
});
