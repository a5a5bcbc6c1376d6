/**
 * The demo source profile: which export is which canonical table(s), settled per file by
 * plan.ts (exact headers, the user's mapping, a saved mapping), mapped in dependency order,
 * combined with what the upload does not cover, then validated. Produces staged tables
 * (strings + provenance) for load.ts, or problems.
 *
 * Partial uploads (decision): an upload replaces only the tables its files cover and carries
 * every other table over from the current version, so "upload this term's survey" yields a
 * complete new version. A roster replaces people, demographics and person_race together; a
 * Qualtrics export replaces the Qualtrics responses and keeps the REDCap ones (and vice
 * versa); dataset_info comes from the upload's settings. Carried rows are validated with the
 * new ones, so a new pairings file that names a person the roster lacks is still caught.
 * A coordinator's upload replaces only their programs' rows of the tables it covers
 * (program-scope.ts states that rule).
 */
import { TABLE_NAMES, type TableName } from '$lib/schema/tables';
import type { IngestConfig } from './config';
import {
	mapDatasetInfo,
	mapIpeActivities,
	mapIpeAttendance,
	mapMeetings,
	mapPairings,
	mapPrograms,
	mapSurveyWaves
} from './map-platform';
import { mapRoster } from './map-roster';
import { SurveyMapper } from './map-surveys';
import { planProblems, type FilePlan } from './plan';
import type { ProblemList } from './problems';
import { programRowCounts } from './program-ownership';
import { resolveRedcapWaves, type RedcapWaves } from './redcap-waves';
import { hideCarriedRowNumbers, ProgramScopeCheck } from './program-scope';
import { checkRules } from './rules';
import { Columns, type ShapeId } from './shapes';
import { emptyStagedTables, type StagedRow, type StagedTables } from './staged';
import { isValidDate, validateTables } from './validate';

export interface RecognisedSource {
	file: string;
	format: string;
	shape: ShapeId | null;
	/** Data records (header and blank rows excluded). */
	rows: number;
}

export interface StagedDataset {
	tables: StagedTables;
	sources: RecognisedSource[];
	/** Tables taken from the current version rather than the upload. */
	carried: TableName[];
	/** How each REDCap event found its survey wave (redcap-waves.ts), when a REDCap file was uploaded. */
	redcapWaves?: RedcapWaves['choices'];
	/** Coordinator uploads: row counts of their programs only, after and before. */
	programCounts?: { next: Record<TableName, number>; current: Record<TableName, number> | null };
}

/** Coordinator uploads are limited to these programs (program-scope.ts); null: every program. */
export type UploadScope = readonly string[] | null;

const isCarriedFile = (file: string) => file.startsWith('(current dataset');

/** Without these there is nothing to analyse (unless the current version supplies them). */
const REQUIRED_SHAPES: readonly ShapeId[] = ['programs', 'roster'];
const SETTINGS = '(import settings)';

/** Tables each shape replaces when uploaded. */
const SHAPE_TABLES: Partial<Record<ShapeId, readonly TableName[]>> = {
	programs: ['programs'],
	roster: ['people', 'demographics', 'person_race'],
	pairings: ['pairings'],
	meetings: ['meetings'],
	ipe_activities: ['ipe_activities'],
	ipe_attendance: ['ipe_attendance'],
	survey_waves: ['survey_waves']
};
const SURVEY_SOURCES: Partial<Record<ShapeId, string>> = { wellbeing_qualtrics: 'qualtrics', wellbeing_redcap: 'redcap' };

function byShape(plans: readonly FilePlan[], problems: ProblemList): Map<ShapeId, Columns> {
	const out = new Map<ShapeId, Columns>();
	for (const plan of plans) {
		planProblems(plan, problems);
		if (!plan.proposal) continue;
		const { shape } = plan.proposal;
		if (out.has(shape)) {
			problems.error(plan.file.name, null, null, null, `second ${shape} file (already have ${out.get(shape)!.file.name})`);
			continue;
		}
		for (const row of plan.file.overlongRows) {
			problems.warning(plan.file.name, row, null, null, 'more cells than the header has columns; extra cells ignored');
		}
		out.set(shape, new Columns(plan.file, plan.mapping));
	}
	return out;
}

/** Latest date anywhere in the data: the best guess at the export date when none is given. */
function latestDate(tables: StagedTables): string | null {
	let latest: string | null = null;
	for (const name of TABLE_NAMES) {
		for (const row of tables[name]) {
			for (const value of Object.values(row.values)) {
				if (value && isValidDate(value) && (latest === null || value > latest)) latest = value;
			}
		}
	}
	return latest;
}

function datasetInfo(tables: StagedTables, config: IngestConfig, problems: ProblemList): StagedRow[] {
	let asOf = config.asOf ?? null;
	if (!asOf) {
		asOf = latestDate(tables);
		problems.warning(SETTINGS, null, null, asOf, 'no as-of date given; using the latest date in the data');
	}
	const institution = config.institution ?? 'Unnamed institution';
	if (!config.institution) problems.warning(SETTINGS, null, null, null, 'no institution name given');
	return [{ file: SETTINGS, row: 0, values: { as_of: asOf, institution }, sourceColumns: { as_of: 'as of', institution: 'institution' } }];
}

/** Survey rows of the current version from sources the upload does not replace. */
function carrySurveys(tables: StagedTables, current: StagedTables, replaced: ReadonlySet<string>): void {
	const kept = current.survey_responses.filter((r) => !replaced.has(r.values.source ?? ''));
	const ids = new Set(kept.map((r) => r.values.response_id));
	tables.survey_responses.push(...kept);
	tables.survey_items.push(...current.survey_items.filter((r) => ids.has(r.values.response_id)));
}

export function stageExports(plans: readonly FilePlan[], config: IngestConfig, problems: ProblemList, current: StagedTables | null = null, scope: UploadScope = null): StagedDataset {
	const shapes = byShape(plans, problems);
	const tables = emptyStagedTables();
	const get = (id: ShapeId) => shapes.get(id);

	const programs = get('programs');
	if (programs) tables.programs = mapPrograms(programs);
	const roster = get('roster');
	if (roster) Object.assign(tables, mapRoster(roster, config.urimCategories));
	const pairings = get('pairings');
	if (pairings) tables.pairings = mapPairings(pairings);
	const meetings = get('meetings');
	if (meetings) tables.meetings = mapMeetings(meetings);
	const activities = get('ipe_activities');
	if (activities) tables.ipe_activities = mapIpeActivities(activities);
	const attendance = get('ipe_attendance');
	if (attendance) tables.ipe_attendance = mapIpeAttendance(attendance);
	const waves = get('survey_waves');
	if (waves) tables.survey_waves = mapSurveyWaves(waves);

	const surveys = new SurveyMapper(config.instruments, problems);
	const qualtrics = get('wellbeing_qualtrics');
	if (qualtrics) surveys.mapQualtrics(qualtrics);
	const redcap = get('wellbeing_redcap');
	const redcapWaves = redcap ? resolveRedcapWaves(redcap, waves ?? null, current) : null;
	if (redcap) surveys.mapRedcap(redcap, redcapWaves!.eventWaves);
	Object.assign(tables, surveys.out);
	// Waves made from REDCap events are uploaded rows, added to the waves already there.
	const derivedWaves = redcapWaves?.derived ?? [];
	if (derivedWaves.length) tables.survey_waves = derivedWaves;

	let carried: TableName[] = [];
	if (scope && !current) {
		problems.error(SETTINGS, null, null, null, 'there is no dataset yet; the first import is an administrator\'s');
	} else if (scope && current) {
		const coverage = {
			tables: new Set([...[...shapes.keys()].flatMap((shape) => SHAPE_TABLES[shape] ?? []), ...(derivedWaves.length ? (['survey_waves'] as const) : [])]),
			surveySources: new Set([...shapes.keys()].flatMap((shape) => SURVEY_SOURCES[shape] ?? [])),
			datasetInfoFile: get('dataset_info')?.file.name ?? null
		};
		const merged = new ProgramScopeCheck(scope, problems).merge(tables, current, coverage);
		Object.assign(tables, merged.tables);
		carried = merged.carried;
	} else if (current) {
		for (const [shape, names] of Object.entries(SHAPE_TABLES) as [ShapeId, TableName[]][]) {
			if (shapes.has(shape)) continue;
			for (const name of names) {
				tables[name] = name === 'survey_waves' && derivedWaves.length ? [...current.survey_waves, ...derivedWaves] : current[name];
				carried.push(name);
			}
		}
		const replaced = new Set(Object.entries(SURVEY_SOURCES).filter(([shape]) => shapes.has(shape as ShapeId)).map(([, source]) => source!));
		if (replaced.size < 2) {
			carrySurveys(tables, current, replaced);
			carried.push('survey_responses', 'survey_items');
		}
	} else {
		for (const id of REQUIRED_SHAPES) {
			if (!shapes.has(id)) problems.error(id, null, null, null, `no ${id} export in the upload (needed for the first import)`);
		}
	}

	const info = get('dataset_info');
	if (scope && current) {
		tables.dataset_info = current.dataset_info;
		carried.push('dataset_info');
	}
	else tables.dataset_info = info ? mapDatasetInfo(info) : datasetInfo(tables, config, problems);

	validateTables(tables, problems);
	checkRules(tables, problems);
	let programCounts: StagedDataset['programCounts'];
	if (scope) {
		hideCarriedRowNumbers(problems, isCarriedFile);
		const programs = new Set(scope);
		programCounts = { next: programRowCounts(tables, programs), current: current ? programRowCounts(current, programs) : null };
	}

	const shapeOf = new Map([...shapes].map(([id, columns]) => [columns.file.name, id]));
	const sources = plans.map((p) => ({ file: p.file.name, format: p.file.format, shape: shapeOf.get(p.file.name) ?? null, rows: p.file.records.length }));
	return { tables, sources, carried, ...(redcapWaves ? { redcapWaves: redcapWaves.choices } : {}), ...(programCounts ? { programCounts } : {}) };
}
