/**
 * The shared filter state lives in the URL's search params, so a link reproduces a view
 * exactly and back/forward walk through filter changes. Unknown or malformed values are
 * dropped rather than trusted (the URL is user input).
 */
import { EMPTY_FILTER, MENTORED_GROUPS, MODALITY_GROUPS, type PopulationFilter } from '$lib/metrics/population-filter';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[A-Za-z0-9_.:-]{1,64}$/;

const list = (params: URLSearchParams, key: string) => [...new Set(params.getAll(key).filter((v) => CODE.test(v)))].sort();
const year = (value: string | null) => (value && /^\d{4}$/.test(value) ? Number(value) : null);
const date = (value: string | null) => (value && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value)) ? value : null);
const oneOf = <T extends string>(value: string | null, allowed: readonly T[]): T | null => (allowed.includes(value as T) ? (value as T) : null);
const yesNo = (value: string | null) => (value === 'yes' ? true : value === 'no' ? false : null);

export function filterFromSearchParams(params: URLSearchParams): PopulationFilter {
	return {
		programs: list(params, 'program'),
		professions: list(params, 'profession'),
		levels: list(params, 'level'),
		genders: list(params, 'gender'),
		cohortFrom: year(params.get('cohort_from')),
		cohortTo: year(params.get('cohort_to')),
		dateFrom: date(params.get('from')),
		dateTo: date(params.get('to')),
		mentored: oneOf(params.get('mentored'), MENTORED_GROUPS),
		modality: oneOf(params.get('modality'), MODALITY_GROUPS),
		urim: yesNo(params.get('urim')),
		firstGen: yesNo(params.get('first_gen'))
	};
}

/** Filter keys written in a fixed order so equal filters give equal URLs. */
export function filterToSearchParams(filter: PopulationFilter, keep?: URLSearchParams): URLSearchParams {
	const params = new URLSearchParams();
	for (const [key, value] of keep ?? []) if (!FILTER_KEYS.includes(key)) params.append(key, value);
	const many = (key: string, values: readonly string[]) => [...values].sort().forEach((v) => params.append(key, v));
	const one = (key: string, value: string | number | null) => value !== null && params.set(key, String(value));
	const flag = (key: string, value: boolean | null) => value !== null && params.set(key, value ? 'yes' : 'no');
	many('program', filter.programs);
	many('profession', filter.professions);
	many('level', filter.levels);
	many('gender', filter.genders);
	one('cohort_from', filter.cohortFrom);
	one('cohort_to', filter.cohortTo);
	one('from', filter.dateFrom);
	one('to', filter.dateTo);
	one('mentored', filter.mentored);
	one('modality', filter.modality);
	flag('urim', filter.urim);
	flag('first_gen', filter.firstGen);
	return params;
}

export const FILTER_KEYS = ['program', 'profession', 'level', 'gender', 'cohort_from', 'cohort_to', 'from', 'to', 'mentored', 'modality', 'urim', 'first_gen'];

export function sameFilter(a: PopulationFilter, b: PopulationFilter): boolean {
	return filterToSearchParams(a).toString() === filterToSearchParams(b).toString();
}

export { EMPTY_FILTER };
