/**
 * What /api/aggregates and the reviewer page send: tables of counts and shares, never a row
 * about a person. Plain data (JSON), so the page can import these types.
 */

/** A count (null when suppressed), a share computed only from shown counts, or nothing. */
export type ReviewerCell =
	| { kind: 'count'; value: number | null; suppressed: boolean }
	| { kind: 'share'; value: number | null }
	| { kind: 'empty' };

export interface ReviewerRow {
	label: string;
	/** A totals row (all programs), styled apart. */
	total?: boolean;
	cells: ReviewerCell[];
}

export interface ReviewerTable {
	id: 'headcount' | 'coverage' | 'burnout' | 'urim' | 'exits';
	title: string;
	/** Who is counted, on which date: a report states its population and definitions (DOMAIN.md §4). */
	definition: string;
	rowHeader: string;
	columns: string[];
	rows: ReviewerRow[];
	/** One overall count shown under the table (e.g. all exits). */
	total?: { label: string; cell: ReviewerCell };
}

export interface ReviewerAggregates {
	versionId: string;
	asOf: string;
	institution: string;
	/** Counts from 1 to minCell − 1 are suppressed. */
	minCell: number;
	selection: { program: string; label: string };
	/** The programs that may be chosen (a coordinator: their own). */
	programs: { id: string; label: string }[];
	/** Whether "all programs" may be chosen (not for coordinators). */
	offersAll: boolean;
	tables: ReviewerTable[];
}
