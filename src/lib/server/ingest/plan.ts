/**
 * Which shape and mapping each parsed file is imported with. The user's choice (sent back
 * by the upload page) wins; then the saved mapping for the same source (mapping-store);
 * then the proposal. Non-exact proposals the user has not confirmed block the import, so
 * nothing is imported through a mapping nobody looked at.
 */
import { SHAPE_FIELDS } from './fields';
import type { ProblemList } from './problems';
import { headerMapping, isExactName, proposeFile, type FileProposal, type ProposedField } from './propose';
import { dictionaryLabels, readDictionary } from './redcap';
import { Columns, SHAPES, type HeaderMapping, type ShapeId } from './shapes';
import type { SourceFile } from './source-file';

export interface MappingChoice {
	/** 'skip' leaves the file out of the import. */
	shape: ShapeId | 'skip';
	columns: Record<string, string | null>;
}

export interface SavedMapping {
	shape: ShapeId;
	columns: HeaderMapping;
}

export interface FilePlan {
	file: SourceFile;
	/** null: not recognised (or skipped). */
	proposal: FileProposal | null;
	mapping: HeaderMapping;
	/** How the mapping was settled. */
	settledBy: 'exact' | 'user' | 'saved' | 'unconfirmed' | 'skipped' | 'unrecognised';
}

export const isShapeId = (value: string): value is ShapeId => SHAPES.some((s) => s.id === value);

/** REDCap data dictionaries in the upload give the REDCap files their column labels. */
export function applyDictionaryLabels(files: readonly SourceFile[]): void {
	const dictionaries = files.filter((f) => f.format === 'redcap_dictionary').map((f) => readDictionary(new Columns(f)));
	if (dictionaries.length === 0) return;
	const merged = new Map(dictionaries.flatMap((d) => [...d]));
	for (const file of files) {
		if (file.format === 'redcap' && !file.labels) file.labels = dictionaryLabels(file.columns, merged);
	}
}

function userProposal(file: SourceFile, choice: MappingChoice & { shape: ShapeId }): FileProposal {
	const fields: ProposedField[] = SHAPE_FIELDS[choice.shape].map((f) => {
		const source = choice.columns[f.header];
		const valid = source === null || source === undefined || file.columns.includes(source);
		return { header: f.header, target: f.target, description: f.description, required: f.required, source: valid ? (source ?? null) : null, reason: source ? 'user' : 'none' };
	});
	return { shape: choice.shape, exact: false, fields };
}

export function planFile(file: SourceFile, choice: MappingChoice | undefined, saved: SavedMapping | undefined): FilePlan {
	if (choice?.shape === 'skip') return { file, proposal: null, mapping: {}, settledBy: 'skipped' };
	if (choice) {
		const proposal = userProposal(file, choice as MappingChoice & { shape: ShapeId });
		return { file, proposal, mapping: headerMapping(proposal.fields), settledBy: 'user' };
	}
	const proposal = proposeFile(file, saved);
	if (!proposal) return { file, proposal: null, mapping: {}, settledBy: 'unrecognised' };
	const settledBy = saved ? 'saved' : proposal.exact ? 'exact' : 'unconfirmed';
	return { file, proposal, mapping: headerMapping(proposal.fields), settledBy };
}

/** Problems a plan raises before any row is read: unconfirmed guesses, missing required fields. */
export function planProblems(plan: FilePlan, problems: ProblemList): void {
	const { file, proposal } = plan;
	if (!proposal) {
		if (plan.settledBy === 'unrecognised') {
			const hint = `columns: ${file.columns.slice(0, 6).join(', ')}${file.columns.length > 6 ? ', …' : ''}`;
			problems.error(file.name, null, null, null, `not an export this importer knows (${file.format}; ${hint}); choose its table in the mapping`);
		}
		return;
	}
	const fields = SHAPE_FIELDS[proposal.shape];
	for (const f of proposal.fields) {
		const spec = fields.find((x) => x.header === f.header)!;
		if (f.source === null) {
			if (f.required) problems.error(file.name, 1, f.header, null, `missing column ${f.header}`);
			continue;
		}
		if (plan.settledBy === 'unconfirmed' && !isExactName(spec, f.source)) {
			problems.error(file.name, 1, f.source, f.source, `proposed for ${f.header} (by ${f.reason}); confirm the mapping`);
		}
	}
}
