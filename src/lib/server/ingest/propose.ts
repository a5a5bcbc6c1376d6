/**
 * Propose which source column feeds each field of a known export, for files that do not
 * match a profile exactly (a renamed column, another platform's headers, a survey whose
 * tags differ). Evidence, strongest first:
 *   saved   — the mapping the user confirmed for this same source last time (mapping-store);
 *   name    — same header ignoring case, spaces and punctuation, or header + suffix (`Q1_burnout`);
 *   label   — the column's label (Qualtrics row 2, REDCap dictionary) contains the item's
 *             wording, or shares most of its words;
 *   content — nearly every sampled value is valid for the canonical column after the mapper's
 *             conversion (a column of ISO dates, of values all in an allowed list).
 * Pairs are assigned greedily by score, each source column used once.
 */
import { disallowedCodes } from '$lib/schema/tables';
import { parsesAs } from './validate';
import type { TargetField } from './fields';
import { SHAPE_FIELDS } from './fields';
import { SHAPES, recogniseShape, type HeaderMapping, type ShapeId } from './shapes';
import type { SourceFile } from './source-file';

export type MatchReason = 'saved' | 'name' | 'label' | 'content' | 'user' | 'none';

export interface ProposedField {
	header: string;
	target: string;
	description: string;
	required: boolean;
	source: string | null;
	reason: MatchReason;
}

export interface FileProposal {
	shape: ShapeId;
	/** True when every header matched by name: no confirmation needed. */
	exact: boolean;
	fields: ProposedField[];
}

const SAMPLE = 200;
const CONTENT_SHARE = 0.95;

export const normalise = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
const words = (text: string) => new Set(text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 4));

function nameScore(field: TargetField, source: string): number {
	if (normalise(source) === normalise(field.header)) return 100;
	if (field.pattern?.test(source)) return 90;
	// `Q1_burnout`, `Person ID (pseudonymous)`: the header followed by a separator and more.
	const lower = source.trim().toLowerCase();
	const header = field.header.toLowerCase();
	if (lower.startsWith(header) && /^[^a-z0-9]/.test(lower.slice(header.length))) return 70;
	return 0;
}

/** Same name, or the field's own pattern: no confirmation needed. */
export function isExactName(field: TargetField, source: string): boolean {
	return normalise(source) === normalise(field.header) || !!field.pattern?.test(source);
}

function labelScore(field: TargetField, label: string | null | undefined): number {
	if (!label) return 0;
	const wording = field.item?.label ?? field.description;
	const plain = label.toLowerCase().replace(/\s+/g, ' ');
	if (field.item && plain.includes(field.item.label.toLowerCase())) return 80;
	const a = words(plain);
	const b = words(wording);
	if (a.size === 0 || b.size === 0) return 0;
	const shared = [...a].filter((w) => b.has(w)).length;
	const overlap = shared / Math.min(a.size, b.size);
	return overlap >= 0.5 && shared >= 3 ? Math.round(40 + overlap * 30) : 0;
}

/** Only columns whose values say something: dates, coded values, yes/no. Free text says nothing. */
function contentScore(field: TargetField, values: readonly string[]): number {
	const spec = field.spec;
	if (!spec || values.length === 0) return 0;
	const informative = spec.type === 'DATE' || spec.type === 'BOOLEAN' || !!spec.allowed;
	if (!informative) return 0;
	const ok = values.filter((raw) => {
		const value = field.convert ? field.convert(raw) : raw;
		return value !== null && parsesAs(spec.type, value) && disallowedCodes(spec, value).length === 0;
	}).length;
	return ok / values.length >= CONTENT_SHARE ? 30 : 0;
}

function sampleValues(file: SourceFile, column: number): string[] {
	const out: string[] = [];
	for (const record of file.records) {
		const value = (record.cells[column] ?? '').trim();
		if (value !== '') out.push(value);
		if (out.length >= SAMPLE) break;
	}
	return out;
}

export function proposeFields(file: SourceFile, shape: ShapeId, saved?: HeaderMapping): ProposedField[] {
	const fields = SHAPE_FIELDS[shape];
	const chosen = new Map<string, { source: string | null; reason: MatchReason }>();
	const used = new Set<string>();
	if (saved) {
		for (const field of fields) {
			const source = saved[field.header];
			if (source === undefined) continue;
			if (source === null || file.columns.includes(source)) {
				chosen.set(field.header, { source, reason: 'saved' });
				if (source) used.add(source);
			}
		}
	}
	const candidates: { field: TargetField; source: string; score: number; reason: MatchReason }[] = [];
	const samples = new Map<number, string[]>();
	file.columns.forEach((source, i) => {
		if (source === '' || used.has(source)) return;
		for (const field of fields) {
			if (chosen.has(field.header)) continue;
			const byName = nameScore(field, source);
			const byLabel = labelScore(field, file.labels?.[i]);
			let score = Math.max(byName, byLabel);
			let reason: MatchReason = byName >= byLabel ? 'name' : 'label';
			if (score === 0) {
				if (!samples.has(i)) samples.set(i, sampleValues(file, i));
				score = contentScore(field, samples.get(i)!);
				reason = 'content';
			}
			if (score > 0) candidates.push({ field, source, score, reason });
		}
	});
	candidates.sort((a, b) => b.score - a.score);
	for (const c of candidates) {
		if (chosen.has(c.field.header) || used.has(c.source)) continue;
		chosen.set(c.field.header, { source: c.source, reason: c.reason });
		used.add(c.source);
	}
	return fields.map((f) => {
		const pick = chosen.get(f.header) ?? { source: null, reason: 'none' as const };
		return { header: f.header, target: f.target, description: f.description, required: f.required, ...pick };
	});
}

/** Formats a shape accepts; XLSX sheets and Parquet files read as plain tables. */
function acceptsFormat(shapeFormats: readonly string[], file: SourceFile): boolean {
	return shapeFormats.includes(file.format);
}

/**
 * The shape of a file: exact by key headers, else the shape whose required fields are best
 * covered by name or label (at least 60%), else null. `forced` is the user's choice.
 */
export function proposeFile(file: SourceFile, saved?: { shape: ShapeId; columns: HeaderMapping }, forced?: ShapeId): FileProposal | null {
	if (forced) return { shape: forced, exact: false, fields: proposeFields(file, forced, saved?.shape === forced ? saved.columns : undefined) };
	if (saved) return { shape: saved.shape, exact: false, fields: proposeFields(file, saved.shape, saved.columns) };
	const exact = recogniseShape(file);
	if (exact) {
		const fields = proposeFields(file, exact.id);
		const byHeader = new Map(SHAPE_FIELDS[exact.id].map((f) => [f.header, f]));
		const allByName = fields.every((f) => (f.source === null ? !f.required : f.reason === 'name' && isExactName(byHeader.get(f.header)!, f.source)));
		return { shape: exact.id, exact: allByName, fields };
	}
	let best: { proposal: FileProposal; coverage: number } | null = null;
	for (const shape of SHAPES) {
		if (shape.id === 'redcap_dictionary' || !acceptsFormat(shape.formats, file)) continue;
		const fields = proposeFields(file, shape.id);
		const required = fields.filter((f) => f.required);
		const covered = required.filter((f) => f.reason === 'name' || f.reason === 'label').length;
		const coverage = required.length ? covered / required.length : 0;
		if (coverage >= 0.6 && (!best || coverage > best.coverage)) best = { proposal: { shape: shape.id, exact: false, fields }, coverage };
	}
	return best?.proposal ?? null;
}

/** The mapping the mappers read: expected header -> chosen source column (or null). */
export function headerMapping(fields: readonly Pick<ProposedField, 'header' | 'source'>[]): Record<string, string | null> {
	return Object.fromEntries(fields.map((f) => [f.header, f.source]));
}
