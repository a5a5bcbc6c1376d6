/**
 * Problems found while importing, each pointing at the cell a coordinator must fix:
 * "meetings.csv row 17, column Pairing ID, value P0999: unknown pairing".
 */

export interface ImportProblem {
	file: string;
	/** 1-based file row, header rows counted (the row a spreadsheet shows); null for whole-file problems. */
	row: number | null;
	/** Column as named in the source file; null for whole-row or whole-file problems. */
	column: string | null;
	value: string | null;
	message: string;
	/** Errors block the import; warnings are reported with the new version. */
	severity: 'error' | 'warning';
}

/** Enough to fix a file in one pass without flooding the page or the response. */
export const DEFAULT_PROBLEM_CAP = 1000;

/** Collects problems up to a cap and counts the rest, so a broken 50,000-row file stays cheap. */
export class ProblemList {
	readonly kept: ImportProblem[] = [];
	omitted = 0;
	errorCount = 0;
	warningCount = 0;

	constructor(readonly cap = DEFAULT_PROBLEM_CAP) {}

	/** One problem per cell: the first (most specific) message wins. */
	private readonly cells = new Set<string>();

	add(problem: ImportProblem): void {
		if (problem.row !== null && problem.column !== null) {
			const cell = `${problem.severity}\u0000${problem.file}\u0000${problem.row}\u0000${problem.column}`;
			if (this.cells.has(cell)) return;
			this.cells.add(cell);
		}
		if (problem.severity === 'error') this.errorCount++;
		else this.warningCount++;
		if (this.kept.length < this.cap) this.kept.push(problem);
		else this.omitted++;
	}

	error(file: string, row: number | null, column: string | null, value: string | null, message: string): void {
		this.add({ file, row, column, value, message, severity: 'error' });
	}

	warning(file: string, row: number | null, column: string | null, value: string | null, message: string): void {
		this.add({ file, row, column, value, message, severity: 'warning' });
	}

	get hasErrors(): boolean {
		return this.errorCount > 0;
	}

	/** Errors first, then by file and row, so the first screen shows what blocks the import. */
	sorted(): ImportProblem[] {
		const rank = (p: ImportProblem) => (p.severity === 'error' ? 0 : 1);
		return [...this.kept].sort(
			(a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file) || (a.row ?? 0) - (b.row ?? 0)
		);
	}
}
