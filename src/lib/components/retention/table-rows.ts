/**
 * Rows for the Retention view's accessible data tables and CSV exports: plain records with
 * the units a reader needs (years, shares), built from the metric results.
 */
import type { KaplanMeierStep } from '$lib/metrics/kaplanMeier';
import type { IncidencePoint } from '$lib/metrics/retention/cumulativeIncidence';
import type { ExitCount } from '$lib/metrics/retention/exitsByLevel';
import { reasonLabel } from '$lib/charts/retention/reasonColors';
import { toYears } from '$lib/charts/retention/statText';

export interface CurveRow extends Record<string, unknown> {
	group: string;
	days: number;
	years: number;
	atRisk: number;
	events: number;
	censored: number;
	retained: number;
	lower: number | null;
	upper: number | null;
}

export function curveRows(steps: readonly KaplanMeierStep[], label: (group: string) => string = (g) => g): CurveRow[] {
	return steps.map((s) => ({
		group: label(s.group),
		days: s.time,
		years: Math.round(toYears(s.time) * 100) / 100,
		atRisk: s.nRisk,
		events: s.nEvent,
		censored: s.nCensor,
		retained: s.survival,
		lower: s.lower,
		upper: s.upper
	}));
}

export interface IncidenceRow extends Record<string, unknown> {
	reason: string;
	kind: string;
	days: number;
	years: number;
	exits: number;
	incidence: number;
}

/** Only the times where this reason had exits, plus time 0: the full grid repeats itself. */
export function incidenceRows(points: readonly IncidencePoint[]): IncidenceRow[] {
	return points
		.filter((p) => p.nEvent > 0 || p.time === 0)
		.map((p) => ({
			reason: reasonLabel(p.reason),
			kind: p.attrition ? 'attrition' : 'competing exit',
			days: p.time,
			years: Math.round(toYears(p.time) * 100) / 100,
			exits: p.nEvent,
			incidence: p.incidence
		}));
}

export interface ExitRow extends Record<string, unknown> {
	reason: string;
	kind: string;
	level: string;
	count: number | null;
}

export function exitRows(rows: readonly ExitCount[]): ExitRow[] {
	return rows.map((r) => ({
		reason: reasonLabel(r.reason),
		kind: r.attrition ? 'attrition' : 'competing exit',
		level: r.level,
		// A suppressed count never reaches the table or the CSV (DOMAIN.md §5).
		count: r.suppressed ? null : r.count
	}));
}
