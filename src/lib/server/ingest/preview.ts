/**
 * A prepared (not yet written) import, as the upload page shows it: per file the format,
 * header rows and mapping; per table the row count and first rows as mapped; every problem.
 */
import { TABLE_NAMES } from '$lib/schema/tables';
import type { ImportPreview, PreviewFile, PreviewTable } from '$lib/components/import/preview-types';
import type { FilePlan } from './plan';
import type { PreparedImport } from './prepare';
import { redcapStructure } from './redcap';
import { describeRedcapWaves, type RedcapWaveChoice } from './redcap-waves';
import { Columns, SHAPES } from './shapes';

const SAMPLE_ROWS = 5;

export const SHAPE_LABELS: Record<string, string> = {
	dataset_info: 'Dataset info (as of, institution)',
	programs: 'Programs',
	roster: 'People (roster)',
	pairings: 'Pairings (matches)',
	meetings: 'Meetings (log)',
	ipe_activities: 'IPE activities',
	ipe_attendance: 'IPE attendance',
	survey_waves: 'Survey waves',
	wellbeing_qualtrics: 'Well-being survey (Qualtrics)',
	wellbeing_redcap: 'Well-being survey (REDCap)',
	redcap_dictionary: 'REDCap data dictionary (labels only)'
};

function previewFile(plan: FilePlan, redcapWaves: readonly RedcapWaveChoice[] | undefined): PreviewFile {
	const { file, proposal } = plan;
	// The REDCap export the survey responses came from explains how its events became waves.
	const waves = proposal?.shape === 'wellbeing_redcap' ? redcapWaves : undefined;
	const notes = [...(file.note ? [file.note] : []), ...(file.readNotes ?? []), ...(waves ? describeRedcapWaves(waves) : [])];
	const out: PreviewFile = {
		name: file.name,
		format: file.format,
		kind: file.kind ?? 'text',
		headerRows: file.headerRowCount,
		rows: file.records.length,
		columns: file.columns,
		labels: file.labels ?? file.columns.map(() => null),
		notes,
		shape: proposal?.shape ?? (file.format === 'redcap_dictionary' ? 'redcap_dictionary' : null),
		settledBy: plan.settledBy,
		fields: proposal?.fields ?? []
	};
	if (file.format === 'redcap') out.redcap = { ...redcapStructure(new Columns(file)), ...(waves ? { waves: [...waves] } : {}) };
	return out;
}

export function buildPreview(prepared: PreparedImport, currentRowCounts: Record<string, number> | null, acceptWarnings = false): ImportPreview {
	const { problems } = prepared;
	const carried = new Set<string>(prepared.carried);
	// A coordinator sees counts of their programs' rows only (program-ownership.ts), and
	// sample rows only from their own files, never rows kept from other programs.
	const scoped = prepared.programCounts;
	const tables: PreviewTable[] = TABLE_NAMES.map((table) => {
		const rows = prepared.tables[table];
		const uploaded = rows.filter((r) => !r.file.startsWith('(current dataset'));
		const sample = (uploaded.length || scoped ? uploaded : rows).slice(0, SAMPLE_ROWS);
		return {
			table,
			rows: scoped ? scoped.next[table] : rows.length,
			carried: carried.has(table) && uploaded.length === 0,
			currentRows: scoped ? (scoped.current?.[table] ?? null) : (currentRowCounts?.[table] ?? null),
			columns: sample[0] ? Object.keys(sample[0].values) : [],
			sample: sample.map((r) => r.values)
		};
	});
	return {
		files: prepared.plans.map((plan) => previewFile(plan, prepared.redcapWaves)),
		shapes: SHAPES.map((s) => ({ id: s.id, label: SHAPE_LABELS[s.id] ?? s.id })),
		tables,
		problems: problems.sorted(),
		omittedProblems: problems.omitted,
		errorCount: problems.errorCount,
		warningCount: problems.warningCount,
		canImport: !problems.hasErrors && (problems.warningCount === 0 || acceptWarnings),
		countsFor: scoped ? 'your programs' : 'all programs'
	};
}
