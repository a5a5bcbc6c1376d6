/**
 * The JSON the upload endpoints (routes/imports/preview, /commit) and the page load send
 * to the page.
 * Plain data, shared by server and browser code.
 */
export interface PreviewField {
	header: string;
	target: string;
	description: string;
	required: boolean;
	source: string | null;
	reason: 'saved' | 'name' | 'label' | 'content' | 'user' | 'none';
}

export interface PreviewFile {
	name: string;
	format: string;
	kind: string;
	headerRows: number;
	rows: number;
	columns: string[];
	/** Label per column (Qualtrics question text, REDCap dictionary), when known. */
	labels: (string | null)[];
	notes: string[];
	shape: string | null;
	settledBy: 'exact' | 'user' | 'saved' | 'unconfirmed' | 'skipped' | 'unrecognised';
	fields: PreviewField[];
	redcap?: {
		events: string[];
		repeating: Record<string, number>;
		checkboxes: { field: string; codes: string[] }[];
		/** How each event found its survey wave (server/ingest/redcap-waves.ts). */
		waves?: { event: string; waveId: string | null; source: 'upload' | 'earlier' | 'name' | 'derived' | 'none'; opensOn?: string; closesOn?: string }[];
	};
}

export interface PreviewProblem {
	file: string;
	row: number | null;
	column: string | null;
	value: string | null;
	message: string;
	severity: 'error' | 'warning';
}

export interface PreviewTable {
	table: string;
	rows: number;
	carried: boolean;
	/** Current version's row count, for the difference. */
	currentRows: number | null;
	columns: string[];
	sample: Record<string, string | null>[];
}

export interface ImportPreview {
	files: PreviewFile[];
	/** Files refused before parsing (size, zip bomb, binary): name -> cause. */
	shapes: { id: string; label: string }[];
	tables: PreviewTable[];
	problems: PreviewProblem[];
	omittedProblems: number;
	errorCount: number;
	warningCount: number;
	canImport: boolean;
	/** Whose rows the table counts cover: a coordinator's preview counts their programs only. */
	countsFor: 'your programs' | 'all programs';
}

export interface CommitResult {
	ok: boolean;
	versionId?: string;
	rowCounts?: Record<string, number>;
	preview?: ImportPreview;
	message?: string;
}

/** One entry of the versions list, as the server lets this viewer see it (server/store/version-visibility.ts). */
export interface VisibleVersion {
	versionId: string;
	createdAt: string;
	/** A name, "demo data (system)", "you" or "someone else". */
	importedBy: string;
	isCurrent: boolean;
	status: 'ok' | 'broken';
	asOf: string | null;
	/** Absent when the viewer may not see them. */
	rowCounts?: Record<string, number>;
	delta?: Record<string, number> | null;
	/** Byte-identical to the version before. */
	sameContent?: boolean;
	files?: string[];
	/** Programs a coordinator's upload replaced; absent for an admin's (any program). */
	programs?: string[];
}

/** What the page sends back: per file, the table and the column for each field. */
export interface MappingChoices {
	[fileName: string]: { shape: string; columns: Record<string, string | null> };
}
