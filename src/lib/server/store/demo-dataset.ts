/**
 * First start in demo mode: import the bundled demo exports through the same importDataset
 * path a user upload takes, unless a current version already exists.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ServerConfig } from '../env';
import { importMutex } from './import-mutex';
import { importDatasetLocked } from './import-dataset';
import type { DatasetManifest } from './manifest';
import { getCurrentManifest } from './versions';

/** The demo's export date and institution (/work/notes/exports.md); a dataset_info.csv in demoDir wins. */
export const DEMO_DATASET_INFO = { asOf: '2026-11-01', institution: 'Northbridge University Health Sciences' } as const;

export const DEMO_CREATED_BY = 'system:demo';

export async function ensureDemoDataset(
	config: Pick<ServerConfig, 'dataDir' | 'demoDir'> & { clock?: () => Date }
): Promise<DatasetManifest> {
	return importMutex.run(async () => {
		const current = await getCurrentManifest(config.dataDir);
		if (current) return current;
		const names = (await readdir(config.demoDir)).filter((n) => n.toLowerCase().endsWith('.csv')).sort();
		if (names.length === 0) throw new Error(`no demo exports (*.csv) in ${config.demoDir}; run npm run generate`);
		const result = await importDatasetLocked({
			files: names.map((name) => ({ name, path: join(config.demoDir, name) })),
			dataDir: config.dataDir,
			createdBy: DEMO_CREATED_BY,
			...(config.clock ? { clock: config.clock } : {}),
			config: { ...DEMO_DATASET_INFO }
		});
		if ('problems' in result) {
			const first = result.problems
				.slice(0, 5)
				.map((p) => `${p.file}${p.row ? ` row ${p.row}` : ''}${p.column ? ` ${p.column}` : ''}: ${p.message}`);
			throw new Error(`demo import failed with ${result.errorCount} errors:\n${first.join('\n')}`);
		}
		return result.manifest;
	});
}
