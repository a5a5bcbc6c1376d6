/**
 * The report templates: every JSON file in src/lib/reports/templates/ and the school's own
 * in DATA_DIR/report-templates/ (school-templates.ts), checked once when this module loads. A bad file stops the server with every problem listed (file and field),
 * rather than failing later in front of a user.
 */
import { validateTemplate, type ReportTemplate } from '$lib/reports/template';
import { serverConfig } from '$lib/server/env';
import { METRIC_OPTIONS } from './metrics/registry';
import { readSchoolTemplates } from './school-templates';

const files = import.meta.glob('/src/lib/reports/templates/*.json', { eager: true, import: 'default' });

export function loadTemplates(sources: Record<string, unknown>, unreadable: string[] = []): ReportTemplate[] {
	const errors: string[] = [...unreadable];
	const templates: ReportTemplate[] = [];
	for (const [path, raw] of Object.entries(sources).sort(([a], [b]) => a.localeCompare(b))) {
		const file = path.split('/').pop() ?? path;
		const result = validateTemplate(raw, file, METRIC_OPTIONS);
		if (!result.ok) errors.push(...result.errors);
		else if (templates.some((t) => t.id === result.template.id)) errors.push(`${file}: template id "${result.template.id}" is used by another file`);
		else templates.push(result.template);
	}
	if (errors.length) throw new Error(`report templates are invalid:\n${errors.join('\n')}`);
	return templates;
}

const school = readSchoolTemplates(serverConfig().dataDir);
export const REPORT_TEMPLATES: readonly ReportTemplate[] = loadTemplates({ ...files, ...school.sources }, school.errors);

export function reportTemplate(id: string): ReportTemplate | undefined {
	return REPORT_TEMPLATES.find((t) => t.id === id);
}
