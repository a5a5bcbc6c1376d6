/**
 * Academic terms, the time unit of the interprofessional view.
 *
 * Terms follow the usual US health-professions calendar, so a dean reads "Fall 2025" the
 * way the registrar does:
 *   Spring  1 Jan – 31 May
 *   Summer  1 Jun – 31 Jul
 *   Fall    1 Aug – 31 Dec
 * Fall 2025, Spring 2026 and Summer 2026 form academic year 2025–26. Summer is short and
 * quiet (few IPE activities are scheduled then); it is kept rather than folded into a
 * neighbour so that no term mixes two academic years.
 *
 * The same calendar exists twice: as SQL (termsCteSql, for the metrics) and as TypeScript
 * (termBounds, for turning a clicked term into the shared date-range filter). The unit
 * tests check both against the same boundaries.
 */

export const TERM_SEASONS = ['spring', 'summer', 'fall'] as const;
export type TermSeason = (typeof TERM_SEASONS)[number];

/** First and last calendar month (1–12) of each season. */
export const TERM_MONTHS: Readonly<Record<TermSeason, readonly [number, number]>> = {
	spring: [1, 5],
	summer: [6, 7],
	fall: [8, 12]
};

const SEASON_LABEL: Record<TermSeason, string> = { spring: 'Spring', summer: 'Summer', fall: 'Fall' };

export interface TermBounds {
	/** e.g. "2025-fall" */
	termId: string;
	/** e.g. "Fall 2025" */
	label: string;
	/** First and last day, yyyy-mm-dd. */
	from: string;
	to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function lastDayOfMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Bounds of a term id such as "2025-fall"; throws on anything else. */
export function termBounds(termId: string): TermBounds {
	const m = /^(\d{4})-(spring|summer|fall)$/.exec(termId);
	if (!m) throw new Error(`unknown academic term: ${termId}`);
	const year = Number(m[1]);
	const season = m[2] as TermSeason;
	const [first, last] = TERM_MONTHS[season];
	return {
		termId,
		label: `${SEASON_LABEL[season]} ${year}`,
		from: `${year}-${pad(first)}-01`,
		to: `${year}-${pad(last)}-${pad(lastDayOfMonth(year, last))}`
	};
}

/** The term a date (yyyy-mm-dd) falls in. */
export function termOf(isoDate: string): TermBounds {
	const year = Number(isoDate.slice(0, 4));
	const month = Number(isoDate.slice(5, 7));
	if (!Number.isInteger(year) || !(month >= 1 && month <= 12)) throw new Error(`invalid date: ${isoDate}`);
	const season = TERM_SEASONS.find((s) => month >= TERM_MONTHS[s][0] && month <= TERM_MONTHS[s][1]) as TermSeason;
	return termBounds(`${year}-${season}`);
}

/**
 * SQL CTE `terms(term_id, label, term_order, term_start, term_end, window_start, window_end,
 * partial)`. `boundsCte` names a one-row CTE with DATE columns:
 *   lo, hi      the event window: terms are clipped to it;
 *   first_day   the first recorded event: terms ending before it are left out (NULL → no terms).
 * window_start/window_end are the term clipped to [lo, hi]; partial is true when clipping cut
 * the term (the term holding dataset_info.as_of, or a date-range filter inside a term), so
 * its share covers fewer weeks than a whole term.
 */
export function termsCteSql(boundsCte: string): string {
	const seasons = TERM_SEASONS.map(
		(s, i) => `('${s}', '${SEASON_LABEL[s]}', ${TERM_MONTHS[s][0]}, ${TERM_MONTHS[s][1]}, ${i})`
	).join(', ');
	return `term_years AS (
	SELECT unnest(range(year(greatest(lo, first_day)), year(hi) + 1)) AS y
	FROM ${boundsCte}
	WHERE first_day IS NOT NULL AND greatest(lo, first_day) <= hi
),
term_calendar AS (
	SELECT CAST(y AS VARCHAR) || '-' || s.season AS term_id,
		s.label || ' ' || CAST(y AS VARCHAR) AS label,
		CAST(y AS INTEGER) * 10 + s.ordinal AS term_order,
		make_date(CAST(y AS INTEGER), s.first_month, 1) AS term_start,
		last_day(make_date(CAST(y AS INTEGER), s.last_month, 1)) AS term_end
	FROM term_years
	CROSS JOIN (VALUES ${seasons}) AS s(season, label, first_month, last_month, ordinal)
),
terms AS (
	SELECT c.term_id, c.label, c.term_order, c.term_start, c.term_end,
		greatest(c.term_start, b.lo) AS window_start,
		least(c.term_end, b.hi) AS window_end,
		(b.lo > c.term_start OR b.hi < c.term_end) AS partial
	FROM term_calendar c CROSS JOIN ${boundsCte} b
	WHERE c.term_start <= b.hi AND c.term_end >= greatest(b.lo, b.first_day)
)`;
}
