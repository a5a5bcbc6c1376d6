/**
 * A dataset version: one directory of Parquet files (one per canonical table) plus this
 * manifest. Versions are immutable once written; the current pointer names one of them.
 */
import type { TableName } from '$lib/schema/tables';

export interface DatasetManifest {
	/** e.g. "v20261125T163000Z-3f9a1c2b" — sortable by creation time, unique by hash prefix */
	versionId: string;
	createdAt: string;
	/** Who imported it ("system:demo" for the bundled demo). */
	createdBy: string;
	/** Source files as uploaded, with the format each was recognised as. */
	sources: { file: string; format: string; rows: number; shape?: string | null }[];
	rowCounts: Record<TableName, number>;
	/** SHA-256 (hex) over the Parquet files' bytes in TABLE_NAMES order. */
	contentHash: string;
	/** dataset_info.as_of, for display. */
	asOf: string;
	/** dataset_info.institution, for display. */
	institution?: string;
	/** Non-blocking problems found at import (the list is in warnings.json beside it). */
	warningCount?: number;
	/** A coordinator's upload: the programs whose rows it replaced (absent: an admin's, any program). */
	programs?: string[];
}
