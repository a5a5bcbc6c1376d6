/**
 * The demo source profile: which export is which canonical table(s), recognised by format
 * and headers (shapes.ts), mapped in dependency order, then validated. Produces staged
 * tables (strings + provenance) for load.ts, or problems.
 */
import { TABLE_NAMES } from '$lib/schema/tables';
import type { IngestConfig } from './config';
import {
	mapDatasetInfo,
	mapIpeActivities,
	mapIpeAttendance,
	mapMeetings,
	mapPairings,
	mapPrograms,
	mapSurveyWaves,
	redcapEventWaves
} from './map-platform';
import { mapRoster } from './map-roster';
import { SurveyMapper } from './map-surveys';
import type { ProblemList } from './problems';
import { checkRules } from './rules';
import { Columns, recogniseShape, type ShapeId } from './shapes';
import type { SourceFile } from './source-file';
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
}

/** Without these there is nothing to analyse. */
const REQUIRED_SHAPES: readonly ShapeId[] = ['programs', 'roster'];
const SETTINGS = '(import settings)';

function recogniseAll(files: readonly SourceFile[], problems: ProblemList): Map<ShapeId, Columns> {
	const byShape = new Map<ShapeId, Columns>();
	for (const file of files) {
		const shape = recogniseShape(file);
		if (!shape) {
			const hint = file.format === 'csv' ? `columns: ${file.columns.slice(0, 6).join(', ')}` : `recognised as ${file.format}`;
			problems.error(file.name, null, null, null, `not an export this importer knows (${hint})`);
			continue;
		}
		if (byShape.has(shape.id)) {
			problems.error(file.name, null, null, null, `second ${shape.id} file (already have ${byShape.get(shape.id)!.file.name})`);
			continue;
		}
		const columns = new Columns(file);
		for (const header of shape.required) {
			if (!columns.has(header)) problems.error(file.name, 1, header, null, `missing column ${header}`);
		}
		for (const row of file.overlongRows) {
			problems.warning(file.name, row, null, null, 'more cells than the header has columns; extra cells ignored');
		}
		byShape.set(shape.id, columns);
	}
	for (const id of REQUIRED_SHAPES) {
		if (!byShape.has(id)) problems.error(id, null, null, null, `no ${id} export in the upload`);
	}
	return byShape;
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

export function stageDemoExports(files: readonly SourceFile[], config: IngestConfig, problems: ProblemList): StagedDataset {
	const byShape = recogniseAll(files, problems);
	const tables = emptyStagedTables();
	const get = (id: ShapeId) => byShape.get(id);

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
	if (redcap) surveys.mapRedcap(redcap, waves ? redcapEventWaves(waves) : new Map());
	Object.assign(tables, surveys.out);

	const info = get('dataset_info');
	tables.dataset_info = info ? mapDatasetInfo(info) : datasetInfo(tables, config, problems);

	validateTables(tables, problems);
	checkRules(tables, problems);

	const shapeOf = new Map([...byShape].map(([id, columns]) => [columns.file.name, id]));
	const sources = files.map((f) => ({ file: f.name, format: f.format, shape: shapeOf.get(f.name) ?? null, rows: f.records.length }));
	return { tables, sources };
}
