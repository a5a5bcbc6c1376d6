/**
 * Layout shared by the Diversity charts that list groups under dimension headings
 * ("URiM": URiM, Not URiM, Not reported; "Gender": …): each heading and each group is one
 * band of the y scale, so the group labels sit in the left margin and the headings read
 * as section titles at both 390 and 1440 px without a legend.
 */
export interface GroupBand {
	/** Unique y value of the band. */
	key: string;
	/** Text in the left margin: a heading or a group name with its n. */
	label: string;
	heading: boolean;
}

export function groupBands<T>(
	rows: readonly T[],
	dimensionOf: (row: T) => string,
	headingOf: (dimension: string) => string,
	keyOf: (row: T) => string,
	labelOf: (row: T) => string
): GroupBand[] {
	const bands: GroupBand[] = [];
	let current: string | null = null;
	const showHeadings = new Set(rows.map(dimensionOf)).size > 1;
	for (const row of rows) {
		const dimension = dimensionOf(row);
		if (showHeadings && dimension !== current) bands.push({ key: `heading:${dimension}`, label: headingOf(dimension), heading: true });
		current = dimension;
		bands.push({ key: keyOf(row), label: labelOf(row), heading: false });
	}
	return bands;
}

/** Left margin wide enough for the longest label, capped at a share of the width. */
export function labelMargin(bands: readonly GroupBand[], fontSize: number, width: number, narrow: boolean): number {
	const longest = Math.max(...bands.filter((b) => !b.heading).map((b) => Math.max(...b.label.split('\n').map((l) => l.length))));
	return Math.round(Math.min(longest * fontSize * 0.6 + 16, width * (narrow ? 0.45 : 0.35)));
}
