/**
 * LCME 3.3 report metrics: composition, URiM trend, mentoring access and retention by group,
 * from the Diversity view's SQL (metrics/diversity/*).
 */
import { diversityComposition } from '$lib/metrics/diversity/composition';
import { mentoringAccessGap } from '$lib/metrics/diversity/accessGap';
import { urimShareByYear } from '$lib/metrics/diversity/urimByYear';
import { RETENTION_OUTCOMES, retentionByGroup } from '$lib/metrics/diversity/retentionByGroup';
import { CATEGORIES, DIMENSION_LABELS, categoryLabel, type CompositionDimension, type GroupDimension } from '$lib/metrics/diversity/groups';
import { share, type ReportMetric } from './report-metric';
import { SHARED, URIM_TREND_CATEGORIES, withoutCohort } from './shared-keys';

const GROUP_OPTIONS = ['urim', 'gender', 'first_gen'] as const;

export const composition: ReportMetric = {
	id: 'diversity-composition',
	title: 'Composition of trainees and their mentors',
	glossary: ['diversity-composition'],
	options: { dimension: ['gender', 'urim', 'first_gen', 'race'] },
	chart: { valueColumn: 2, style: 'dots', axisLabel: 'Share of trainees (%)' },
	async build(db, { filter }, { dimension }) {
		const dim = dimension as CompositionDimension;
		const rows = (await diversityComposition(db, filter)).filter((r) => r.dimension === dim);
		const categories = CATEGORIES[dim];
		const find = (population: string, category: string) => rows.find((r) => r.population === population && r.category === category);
		const counts = categories.map((c) => [find('trainees', c)?.count ?? 0, find('mentors', c)?.count ?? 0]);
		const race = dim === 'race';
		const shareColumn = (col: number, population: string) => ({
			label: `Share of ${population} (%)`,
			kind: 'share' as const,
			values: categories.map((c) => ({ value: find(population, c)?.share ?? null, rests: [col, { columnTotal: col }] }))
		});
		return {
			rowHeader: DIMENSION_LABELS[dim],
			rows: categories.map((c) => categoryLabel(dim, c)),
			countColumns: ['Trainees', 'Mentors'],
			counts,
			// Race is "in any of": its columns do not add up to people, so no totals are shown.
			margins: race ? 'none' : 'columns',
			derived: race ? [] : [shareColumn(0, 'trainees'), shareColumn(1, 'mentors')],
			// The first group (URiM, first-generation, women) is what the table is read for, and the
			// population totals appear in every composition table: complements come from elsewhere.
			keep: { rows: [0, 'total'] },
			// The same active trainees and mentors as every other composition and access table.
			shared: race
				? []
				: [
						{ key: SHARED.activeTrainees, entries: [['total', 0]] },
						{ key: SHARED.activeMentors, entries: [['total', 1]] },
						...categories.map((c, i) => ({ key: SHARED.activeTraineesIn(dim, c), entries: [[i, 0]] as const }))
					],
			notes: [
				'Active trainees on the data date, and the mentors of their pairings in force then.',
				...(race ? ['Race/ethnicity is multi-select and counted "in any of": a person selecting two categories counts in both, so columns add to more than the number of people.'] : [])
			]
		};
	}
};

export const urimTrend: ReportMetric = {
	id: 'diversity-urim-trend',
	title: 'URiM share by year',
	glossary: ['diversity-urim-by-year'],
	options: { population: ['trainees', 'mentors'] },
	chart: { valueColumn: 4, intervalColumn: 5, style: 'line', axisLabel: 'Share URiM, of known (%)' },
	async build(db, { filter }, { population }) {
		const rows = (await urimShareByYear(db, filter)).filter((r) => r.population === population);
		const trainees = population === 'trainees';
		return {
			rowHeader: trainees ? 'Entering cohort' : 'Calendar year',
			rows: rows.map((r) => String(r.year)),
			countColumns: ['URiM', 'Not URiM', 'Unknown'],
			counts: rows.map((r) => [r.urim, r.known - r.urim, r.unknown]),
			// A trainee belongs to one cohort, so cohorts add up; a mentor can mentor in several years.
			margins: trainees ? 'both' : 'rows',
			// Keep URiM and not-URiM, so an unknown count hides with the year's total, not the share.
			keep: { columns: [0, 1] },
			derived: [
				{ label: 'Share URiM of known (%)', kind: 'share', values: rows.map((r) => ({ value: r.share, rests: [0, 1] })) },
				{ label: '95% CI', kind: 'interval', values: rows.map((r) => ({ lower: r.lower, upper: r.upper, rests: [0, 1] })) }
			],
			// With every trainee's cohort known, a cohort table adds up to the population and its
			// columns to the population by URiM status: the same numbers as the retention tables.
			shared: trainees && (await withoutCohort(db, filter)) === 0 ? [{ key: SHARED.population, entries: [['total', 'total']] }, ...URIM_TREND_CATEGORIES.map((c, j) => ({ key: SHARED.populationIn('urim', c), entries: [['total', j]] as const }))] : [],
			notes: [trainees ? 'Trainees by entering cohort, whatever their status now.' : 'Mentors with a pairing in force during the calendar year with a trainee of the population.']
		};
	}
};

export const mentoringAccess: ReportMetric = {
	id: 'diversity-mentoring-access',
	title: 'Mentoring access by group',
	glossary: ['diversity-access-gap'],
	options: { dimension: [...GROUP_OPTIONS] },
	chart: { valueColumn: 3, intervalColumn: 4, style: 'dots', axisLabel: 'Match rate (%)' },
	async build(db, { filter }, { dimension }) {
		const dim = dimension as GroupDimension;
		const rows = (await mentoringAccessGap(db, filter)).filter((r) => r.dimension === dim);
		return {
			rowHeader: DIMENSION_LABELS[dim],
			rows: rows.map((r) => categoryLabel(dim, r.category)),
			countColumns: ['With a mentor', 'Without a mentor'],
			counts: rows.map((r) => [r.matched, r.activeTrainees - r.matched]),
			margins: 'both',
			keep: { rows: [0, 'total'] },
			shared: [
				{ key: SHARED.activeTrainees, entries: [['total', 'total']] },
				{ key: SHARED.activeMatched, entries: [['total', 0]] },
				{ key: SHARED.activeUnmatched, entries: [['total', 1]] },
				...rows.map((r, i) => ({ key: SHARED.activeTraineesIn(dim, r.category), entries: [[i, 'total']] as const }))
			],
			derived: [
				{ label: 'Match rate (%)', kind: 'share', values: rows.map((r) => ({ value: r.matchRate, rests: [0, 'total'] })) },
				{ label: '95% CI', kind: 'interval', values: rows.map((r) => ({ lower: r.lower, upper: r.upper, rests: [0, 'total'] })) }
			],
			notes: ['Active trainees on the data date with a pairing in force then, by the trainee’s group.']
		};
	}
};

export const retentionByGroupMetric: ReportMetric = {
	id: 'diversity-retention-by-group',
	title: 'Retention by group',
	glossary: ['diversity-retention-by-group'],
	options: { dimension: [...GROUP_OPTIONS] },
	chart: { valueColumn: 4, style: 'dots', axisLabel: 'Attrition (%)' },
	async build(db, { filter }, { dimension }) {
		const dim = dimension as GroupDimension;
		const rows = (await retentionByGroup(db, filter)).filter((r) => r.dimension === dim);
		const categories = CATEGORIES[dim];
		const counts = categories.map((c) => RETENTION_OUTCOMES.map((o) => rows.find((r) => r.category === c && r.outcome === o)?.count ?? 0));
		const withTotal = [...counts, RETENTION_OUTCOMES.map((_, j) => counts.reduce((s, r) => s + r[j], 0))];
		return {
			rowHeader: DIMENSION_LABELS[dim],
			rows: categories.map((c) => categoryLabel(dim, c)),
			countColumns: ['Attrition', 'Graduated or transferred', 'Still enrolled'],
			counts,
			margins: 'both',
			keep: { rows: [0, 'total'] },
			shared: [
				{ key: SHARED.population, entries: [['total', 'total']] },
				...RETENTION_OUTCOMES.map((o, j) => ({ key: SHARED.populationOutcome(o), entries: [['total', j]] as const })),
				...categories.map((c, i) => ({ key: SHARED.populationIn(dim, c), entries: [[i, 'total']] as const }))
			],
			derived: [
				{
					label: 'Attrition (%)',
					kind: 'share',
					values: withTotal.map((r) => ({ value: share(r[0], r[0] + r[1] + r[2]), rests: [0, 'total'] }))
				}
			],
			notes: ['Trainees of the population enrolled at some time in the period; attrition is withdrawal or dismissal by the period’s end (graduation and transfer are not attrition).']
		};
	}
};
