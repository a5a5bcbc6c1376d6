/**
 * The one filter state shared by every outcome view, compiled to a SQL CTE named
 * `population(person_id)`: the trainees the views describe. Metrics that take a filter
 * restrict their trainees to `person_id IN (SELECT person_id FROM population)` and pass
 * the CTE's parameters first.
 *
 * Values are always bound as parameters; only the number of placeholders depends on input.
 *
 * Meanings (written down because a dean will ask):
 * - programs / professions / levels / genders: the person's recorded values (any of the chosen).
 * - cohort range: cohort_year between the bounds, inclusive.
 * - date range: enrolled at some time in the range (started on or before its end and not
 *   exited before its start). Event-based metrics (meetings, waves, activities) also keep
 *   only events inside the range; each says so in its definition.
 * - mentored: "mentored" = ever had a matched pairing by the data date; "unmentored" = never.
 *   The retention view still splits by mentoring status at its landmark (no immortal time).
 * - modality: from completed meetings of the person's pairings; "virtual" when more than half
 *   were virtual or by phone, "in_person" otherwise. People with no completed meeting match
 *   neither.
 * - urim / firstGen: demographics flags (unknown matches neither value).
 */
import { TRAINEE_ROLE_SQL } from './population';

export const MODALITY_GROUPS = ['virtual', 'in_person'] as const;
export type ModalityGroup = (typeof MODALITY_GROUPS)[number];
export const MENTORED_GROUPS = ['mentored', 'unmentored'] as const;
export type MentoredGroup = (typeof MENTORED_GROUPS)[number];

export interface PopulationFilter {
	programs: string[];
	professions: string[];
	levels: string[];
	genders: string[];
	cohortFrom: number | null;
	cohortTo: number | null;
	/** yyyy-mm-dd */
	dateFrom: string | null;
	dateTo: string | null;
	mentored: MentoredGroup | null;
	modality: ModalityGroup | null;
	urim: boolean | null;
	firstGen: boolean | null;
}

export const EMPTY_FILTER: Readonly<PopulationFilter> = Object.freeze({
	programs: [],
	professions: [],
	levels: [],
	genders: [],
	cohortFrom: null,
	cohortTo: null,
	dateFrom: null,
	dateTo: null,
	mentored: null,
	modality: null,
	urim: null,
	firstGen: null
});

export function makeFilter(partial: Partial<PopulationFilter> = {}): PopulationFilter {
	return { ...EMPTY_FILTER, ...partial } as PopulationFilter;
}

export interface CompiledFilter {
	/** `population AS (...)`, to be placed first in a WITH list. */
	cte: string;
	/** Bound before any of the metric's own parameters. */
	params: unknown[];
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

export function compilePopulation(filter: PopulationFilter = EMPTY_FILTER): CompiledFilter {
	const where: string[] = [`p.${TRAINEE_ROLE_SQL}`];
	const params: unknown[] = [];
	const anyOf = (column: string, values: readonly string[]) => {
		if (values.length === 0) return;
		where.push(`${column} IN (${placeholders(values.length)})`);
		params.push(...values);
	};
	anyOf('p.program_id', filter.programs);
	anyOf('p.profession', filter.professions);
	anyOf('p.training_level', filter.levels);
	if (filter.genders.length) {
		where.push(`p.person_id IN (SELECT person_id FROM demographics WHERE gender IN (${placeholders(filter.genders.length)}))`);
		params.push(...filter.genders);
	}
	if (filter.cohortFrom !== null) {
		where.push('p.cohort_year >= ?');
		params.push(filter.cohortFrom);
	}
	if (filter.cohortTo !== null) {
		where.push('p.cohort_year <= ?');
		params.push(filter.cohortTo);
	}
	if (filter.dateTo !== null) {
		where.push('p.start_date <= CAST(? AS DATE)');
		params.push(filter.dateTo);
	}
	if (filter.dateFrom !== null) {
		where.push('(p.exit_date IS NULL OR p.exit_date >= CAST(? AS DATE))');
		params.push(filter.dateFrom);
	}
	if (filter.mentored !== null) {
		const ever = `p.person_id IN (SELECT mentee_id FROM pairings WHERE mentor_id IS NOT NULL AND matched_at <= (SELECT as_of FROM dataset_info))`;
		where.push(filter.mentored === 'mentored' ? ever : `NOT ${ever}`);
	}
	if (filter.modality !== null) {
		// Remote share of completed meetings; phone counts as remote alongside video.
		where.push(`p.person_id IN (
		SELECT pr.mentee_id FROM meetings m JOIN pairings pr USING (pairing_id)
		WHERE m.completed
		GROUP BY pr.mentee_id
		HAVING avg(CASE WHEN m.modality IN ('virtual', 'phone') THEN 1.0 ELSE 0.0 END) ${filter.modality === 'virtual' ? '>' : '<='} 0.5)`);
	}
	if (filter.urim !== null) {
		where.push('p.person_id IN (SELECT person_id FROM demographics WHERE urim = ?)');
		params.push(filter.urim);
	}
	if (filter.firstGen !== null) {
		where.push('p.person_id IN (SELECT person_id FROM demographics WHERE first_gen = ?)');
		params.push(filter.firstGen);
	}
	return {
		cte: `population AS (\n\tSELECT p.person_id FROM people p\n\tWHERE ${where.join('\n\t\tAND ')}\n)`,
		params
	};
}

/** True when no filter narrows the population. */
export function isEmptyFilter(filter: PopulationFilter): boolean {
	return compilePopulation(filter).params.length === 0 && filter.mentored === null && filter.modality === null;
}
