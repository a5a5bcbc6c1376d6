/**
 * The upload page's multipart form -> an import request. Sizes are checked from the File
 * objects' declared sizes before any byte is read (limits.ts).
 */
import type { MappingChoice } from './plan';
import { isShapeId } from './plan';
import { uploadSizeProblem, UPLOAD_LIMITS } from './limits';
import type { UploadedFile } from './prepare';
import { isValidDate } from './validate';

export interface UploadForm {
	files: UploadedFile[];
	choices: Record<string, MappingChoice>;
	asOf?: string;
	institution?: string;
	acceptWarnings: boolean;
}

function parseChoices(raw: FormDataEntryValue | null): Record<string, MappingChoice> | string {
	if (raw === null || raw === '') return {};
	let parsed: unknown;
	try {
		parsed = JSON.parse(String(raw));
	} catch {
		return 'the mapping is not valid JSON';
	}
	if (typeof parsed !== 'object' || parsed === null) return 'the mapping must be an object';
	const out: Record<string, MappingChoice> = {};
	for (const [file, choice] of Object.entries(parsed as Record<string, { shape?: unknown; columns?: unknown }>)) {
		const shape = String(choice?.shape ?? '');
		if (shape !== 'skip' && !isShapeId(shape)) return `unknown table for ${file}: ${shape}`;
		const columns: Record<string, string | null> = {};
		for (const [header, source] of Object.entries((choice?.columns ?? {}) as Record<string, unknown>)) {
			columns[header] = typeof source === 'string' && source !== '' ? source : null;
		}
		out[file] = { shape: shape as MappingChoice['shape'], columns };
	}
	return out;
}

export async function readUploadForm(form: FormData): Promise<UploadForm | { message: string }> {
	const files = form.getAll('files').filter((f): f is File => typeof f === 'object' && f !== null && 'arrayBuffer' in f);
	const tooBig = uploadSizeProblem(files.map((f) => ({ name: f.name, size: f.size })), UPLOAD_LIMITS);
	if (tooBig) return { message: tooBig };
	const names = new Set<string>();
	for (const f of files) {
		if (names.has(f.name)) return { message: `two files are named ${f.name}; rename one` };
		names.add(f.name);
	}
	const choices = parseChoices(form.get('choices'));
	if (typeof choices === 'string') return { message: choices };
	const asOf = String(form.get('asOf') ?? '').trim();
	if (asOf && !isValidDate(asOf)) return { message: `as-of date ${asOf} is not a date (YYYY-MM-DD)` };
	const institution = String(form.get('institution') ?? '').trim();
	const out: UploadForm = {
		files: await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))),
		choices,
		acceptWarnings: form.get('acceptWarnings') === 'on' || form.get('acceptWarnings') === 'true'
	};
	if (asOf) out.asOf = asOf;
	if (institution) out.institution = institution;
	return out;
}

/**
 * The request's multipart body as an upload form. A body that never arrives whole (the
 * user cancelled, the connection dropped) is a 400-style message, not a server error.
 */
export async function readUploadRequest(request: Request): Promise<UploadForm | { message: string }> {
	let form: FormData;
	try {
		form = await request.formData();
	} catch {
		return { message: 'the upload could not be read (cancelled, connection lost, or not a file upload); send it again' };
	}
	return readUploadForm(form);
}
