/**
 * A school's own report templates: JSON files in DATA_DIR/report-templates/, read when the
 * server starts, so a school adds a template without rebuilding the app. They are checked by
 * the same rules as the bundled ones (templates.ts); a file that is not JSON is reported by
 * name with the parser's message, alongside every other problem.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TemplateSources {
	/** Parsed files by path. */
	sources: Record<string, unknown>;
	/** Files that could not be read as JSON, one line each. */
	errors: string[];
}

export const SCHOOL_TEMPLATE_FOLDER = 'report-templates';

export function readSchoolTemplates(dataDir: string): TemplateSources {
	const dir = join(dataDir, SCHOOL_TEMPLATE_FOLDER);
	const found: TemplateSources = { sources: {}, errors: [] };
	if (!existsSync(dir)) return found;
	for (const name of readdirSync(dir).filter((n) => n.toLowerCase().endsWith('.json')).sort()) {
		const path = join(dir, name);
		try {
			found.sources[path] = JSON.parse(readFileSync(path, 'utf8'));
		} catch (cause) {
			found.errors.push(`${name}: not valid JSON (${cause instanceof Error ? cause.message : String(cause)})`);
		}
	}
	return found;
}
