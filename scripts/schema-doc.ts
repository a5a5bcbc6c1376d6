/**
 * Document the canonical tables in data/README.md from src/lib/schema/tables.ts:
 * `tsx scripts/schema-doc.ts`. The test tests/unit/generator/readme.test.ts fails when the
 * README and TABLES disagree.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TABLES, type ColumnSpec } from '../src/lib/schema/tables';
import { replaceSection } from './generate/readme-section';

const cell = (text: string): string => text.replace(/\|/g, '\\|');

function allowed(column: ColumnSpec): string {
	return column.allowed ? column.allowed.map((v) => `\`${v}\``).join(', ') : '';
}

export function schemaMarkdown(): string {
	const parts: string[] = [];
	for (const table of TABLES) {
		parts.push(`### \`${table.name}\``, '', table.description, '', `Primary key: ${table.primaryKey.map((k) => `\`${k}\``).join(', ')}.`);
		if (table.references) {
			const refs = Object.entries(table.references).map(([col, target]) => `\`${col}\` → \`${target}\``);
			parts.push(`References: ${refs.join('; ')}.`);
		}
		parts.push('', '| column | type | required | allowed values | description |', '|---|---|---|---|---|');
		for (const c of table.columns) {
			const description = c.identifying ? `${c.description} *(identifying)*` : c.description;
			parts.push(`| \`${c.name}\` | ${c.type} | ${c.required ? 'yes' : 'no'} | ${cell(allowed(c))} | ${cell(description)} |`);
		}
		parts.push('');
	}
	return parts.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
	replaceSection('data/README.md', 'schema', schemaMarkdown());
	console.log('data/README.md: canonical tables section updated');
}
