/**
 * Report templates are data, not code: one JSON file per template in
 * src/lib/reports/templates/, so a school can add its own. A template is a title, the
 * accreditation elements it serves, caveats to print, and a list of sections; each section
 * is a table or a chart bound to a report metric (server/reports/metrics/registry.ts) with
 * that metric's options. Files are checked when the server loads them: an unknown metric,
 * option or field is an error naming the file and the field, never silently ignored.
 */

export interface TemplateSection {
	id: string;
	kind: 'table' | 'chart';
	/** Shown above the section; defaults to the metric's title. */
	title?: string;
	metric: string;
	options?: Record<string, string>;
	/** Accreditation elements the section serves, e.g. "LCME 3.3". */
	elements: string[];
	/** Extra reading notes printed under it. */
	notes?: string[];
}

export interface ReportTemplate {
	id: string;
	title: string;
	description: string;
	elements: string[];
	caveats: string[];
	sections: TemplateSection[];
}

/** What validation needs to know about each report metric: its options and allowed values. */
export type MetricOptionsIndex = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

const ID = /^[a-z0-9][a-z0-9-]*$/;

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown, where: string, errors: string[], required = true): string[] {
	if (value === undefined && !required) return [];
	if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.trim() === '')) {
		errors.push(`${where} must be a list of non-empty strings`);
		return [];
	}
	return value as string[];
}

function text(value: unknown, where: string, errors: string[]): string {
	if (typeof value !== 'string' || value.trim() === '') {
		errors.push(`${where} must be a non-empty string`);
		return '';
	}
	return value;
}

function unknownKeys(value: Record<string, unknown>, allowed: readonly string[], where: string, errors: string[]): void {
	for (const key of Object.keys(value)) if (!allowed.includes(key)) errors.push(`${where}: unknown field "${key}"`);
}

function checkSection(raw: unknown, where: string, metrics: MetricOptionsIndex, errors: string[]): TemplateSection | null {
	if (!isObject(raw)) {
		errors.push(`${where} must be an object`);
		return null;
	}
	unknownKeys(raw, ['id', 'kind', 'title', 'metric', 'options', 'elements', 'notes'], where, errors);
	const id = text(raw.id, `${where}.id`, errors);
	if (id && !ID.test(id)) errors.push(`${where}.id must be lower-case letters, digits and dashes: ${id}`);
	if (raw.kind !== 'table' && raw.kind !== 'chart') errors.push(`${where}.kind must be "table" or "chart", got ${JSON.stringify(raw.kind)}`);
	const metric = text(raw.metric, `${where}.metric`, errors);
	const allowed = metrics[metric];
	if (metric && !allowed) errors.push(`${where}.metric: unknown report metric "${metric}"; known: ${Object.keys(metrics).join(', ')}`);
	const options: Record<string, string> = {};
	if (raw.options !== undefined) {
		if (!isObject(raw.options)) errors.push(`${where}.options must be an object`);
		else
			for (const [key, value] of Object.entries(raw.options)) {
				const values = allowed?.[key];
				if (allowed && !values) errors.push(`${where}.options: metric "${metric}" has no option "${key}"`);
				else if (values && (typeof value !== 'string' || !values.includes(value)))
					errors.push(`${where}.options.${key}: ${JSON.stringify(value)} is not one of ${values.join(', ')}`);
				else options[key] = value as string;
			}
	}
	if (raw.title !== undefined) text(raw.title, `${where}.title`, errors);
	return {
		id,
		kind: raw.kind as TemplateSection['kind'],
		title: raw.title as string | undefined,
		metric,
		options,
		elements: stringList(raw.elements, `${where}.elements`, errors),
		notes: stringList(raw.notes, `${where}.notes`, errors, false)
	};
}

export type TemplateResult = { ok: true; template: ReportTemplate } | { ok: false; errors: string[] };

/** Checks one parsed template file; `file` names it in every error. */
export function validateTemplate(raw: unknown, file: string, metrics: MetricOptionsIndex): TemplateResult {
	const errors: string[] = [];
	if (!isObject(raw)) return { ok: false, errors: [`${file}: a template must be a JSON object`] };
	unknownKeys(raw, ['id', 'title', 'description', 'elements', 'caveats', 'sections'], file, errors);
	const id = text(raw.id, `${file}: id`, errors);
	if (id && !ID.test(id)) errors.push(`${file}: id must be lower-case letters, digits and dashes: ${id}`);
	const sections: TemplateSection[] = [];
	if (!Array.isArray(raw.sections) || raw.sections.length === 0) errors.push(`${file}: sections must be a non-empty list`);
	else
		raw.sections.forEach((s, i) => {
			const section = checkSection(s, `${file}: sections[${i}]`, metrics, errors);
			if (section) sections.push(section);
		});
	const ids = sections.map((s) => s.id);
	const repeated = ids.filter((s, i) => ids.indexOf(s) !== i);
	if (repeated.length) errors.push(`${file}: section ids repeat: ${[...new Set(repeated)].join(', ')}`);
	const template: ReportTemplate = {
		id,
		title: text(raw.title, `${file}: title`, errors),
		description: text(raw.description, `${file}: description`, errors),
		elements: stringList(raw.elements, `${file}: elements`, errors),
		caveats: stringList(raw.caveats, `${file}: caveats`, errors, false),
		sections
	};
	return errors.length ? { ok: false, errors } : { ok: true, template };
}
