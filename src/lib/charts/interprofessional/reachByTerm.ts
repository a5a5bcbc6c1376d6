/**
 * Cross-discipline reach by academic term: small multiples, one row per profession under a
 * first row for all professions together, x = term, y = share reached on a fixed 0–100%
 * axis, each point with its Wilson 95% interval. Rows come from
 * metrics/interprofessional/reachByTerm.
 *
 * A hollow point is a partial term (the current one, or one cut by the date range): fewer
 * weeks to be reached in, so it reads low. A suppressed point (DOMAIN.md §5) is not drawn
 * and the line breaks there; its tooltip is absent too. Term labels are buttons that call
 * onSelect with the term id (the page turns it into a date range); clicking a point does
 * the same.
 */
import * as Plot from '@observablehq/plot';
import { compareProfessions } from '../../metrics/interprofessional/professions';
import { NARROW_WIDTH, chartDocument, checkWidth, noDataElement, type ChartOptions } from '../chartOptions';
import { formatPercent } from '../format';
import { SERIES_COLOR } from '../palette';
import { settleMarkAria } from '../accessibility';
import { makeTickLabelsSelectable } from './focusable';

export interface TermReachPoint {
	termId: string;
	label: string;
	windowStart: string;
	partial: boolean;
	/** null: all professions together. */
	profession: string | null;
	trainees: number;
	reached: number;
	share: number | null;
	lower: number | null;
	upper: number | null;
	suppressed?: boolean;
}

export interface ReachByTermOptions extends ChartOptions {
	onSelect?: (termId: string) => void;
}

export const ALL_PROFESSIONS = 'All';

interface Point {
	termId: string;
	facet: string;
	percent: number | null;
	lower: number | null;
	upper: number | null;
	partial: boolean;
	tip: string;
}

function toPoint(r: TermReachPoint): Point {
	const facet = r.profession ?? ALL_PROFESSIONS;
	const who = r.profession ? `${r.profession} trainees` : 'All trainees';
	const base = { termId: r.termId, facet, partial: r.partial };
	if (r.suppressed || r.share === null) return { ...base, percent: null, lower: null, upper: null, tip: '' };
	const ci = r.lower !== null && r.upper !== null ? `95% CI ${formatPercent(r.lower)}–${formatPercent(r.upper)}` : '';
	return {
		...base,
		percent: r.share * 100,
		lower: r.lower === null ? null : r.lower * 100,
		upper: r.upper === null ? null : r.upper * 100,
		tip: `${who}, ${r.label}${r.partial ? ' (part of the term)' : ''}\n${formatPercent(r.share)} reached: ${r.reached} of ${r.trainees}\n${ci}`
	};
}

function ariaSummary(rows: readonly TermReachPoint[], facets: string[], terms: string[]): string {
	const parts = [
		`Small multiples of the share of trainees who met another profession, by academic term, with 95% Wilson intervals: all professions, then ${facets.length - 1} professions, over ${terms.length} terms.`
	];
	const latest = [...rows].reverse().find((r) => r.profession === null && !r.partial && !r.suppressed && r.share !== null);
	if (latest) parts.push(`Latest complete term, ${latest.label}: ${formatPercent(latest.share as number)} (${latest.reached} of ${latest.trainees}).`);
	const suppressed = rows.filter((r) => r.suppressed).length;
	if (suppressed) parts.push(`${suppressed} points suppressed for small numbers.`);
	return parts.join(' ');
}

export function reachByTermChart(rows: readonly TermReachPoint[], options: ReachByTermOptions): SVGSVGElement | HTMLElement {
	const width = checkWidth(options.width);
	const withTrainees = rows.filter((r) => r.trainees > 0 || r.suppressed);
	if (withTrainees.length === 0) return noDataElement(options);
	const ordered = [...rows].sort((a, b) => a.windowStart.localeCompare(b.windowStart));
	const terms = [...new Set(ordered.map((r) => r.termId))];
	const labels = new Map(ordered.map((r) => [r.termId, r.label]));
	const professions = [...new Set(withTrainees.flatMap((r) => (r.profession ? [r.profession] : [])))].sort(compareProfessions);
	const facets = [ALL_PROFESSIONS, ...professions];
	const points = ordered.filter((r) => r.profession === null || professions.includes(r.profession)).map(toPoint);
	const drawn = points.filter((p) => p.percent !== null);

	const narrow = width < NARROW_WIDTH;
	const fontSize = narrow ? 11 : 12;
	const marginLeft = 46;
	const marginRight = narrow ? 52 : 64;
	const step = (width - marginLeft - marginRight) / terms.length;
	// Two-line labels ("Fall" / "2025") need about 4 em; label every k-th term, always the latest.
	const every = Math.max(1, Math.ceil((4 * fontSize) / step));
	const shownTerms = terms.filter((_, i) => (terms.length - 1 - i) % every === 0);
	const panel = narrow ? 84 : 96;
	const marginTop = 10;
	const marginBottom = 40;
	const x = 'termId';
	const y = 'percent';
	const fy = 'facet';

	const svg = Plot.plot({
		document: chartDocument(options),
		width,
		height: marginTop + marginBottom + panel * facets.length,
		marginLeft,
		marginRight,
		marginTop,
		marginBottom,
		style: { fontSize: `${fontSize}px` },
		ariaLabel: ariaSummary(ordered, facets, terms),
		x: { domain: terms, padding: 0.4, label: null },
		y: { domain: [0, 100], ticks: [0, 50, 100], grid: true, label: null, tickFormat: (v: number) => `${v}%` },
		fy: { domain: facets, label: null, padding: 0.3 },
		marks: [
			Plot.frame({ stroke: '#e0e0e0' }),
			Plot.axisX({ ticks: shownTerms, tickFormat: (id: string) => (labels.get(id) ?? id).replace(' ', '\n'), tickSize: 0 }),
			Plot.ruleX(drawn, { x, y1: 'lower', y2: 'upper', fy, stroke: SERIES_COLOR, strokeOpacity: 0.55, strokeWidth: 2 }),
			Plot.lineY(points, { x, y, fy, stroke: SERIES_COLOR, strokeOpacity: 0.5, strokeWidth: 1.25 }),
			Plot.dot(
				drawn.filter((p) => !p.partial),
				{ x, y, fy, r: 3.5, fill: SERIES_COLOR, stroke: 'white' }
			),
			Plot.dot(
				drawn.filter((p) => p.partial),
				{ x, y, fy, r: 3.5, fill: 'white', stroke: SERIES_COLOR, strokeWidth: 1.5 }
			),
			Plot.tip(drawn, Plot.pointer({ x, y, fy, title: 'tip', fontSize }))
		]
	}) as SVGSVGElement;

	const select = options.onSelect;
	if (select) {
		makeTickLabelsSelectable(svg, 'g[aria-label="x-axis tick label"]', shownTerms, (id) => `Filter to ${labels.get(id) ?? id}`, select);
		svg.addEventListener('click', (event) => {
			if ((event.target as Element).closest?.('[role="button"]')) return;
			const value = (svg as unknown as { value?: Point | null }).value;
			if (value) select(value.termId);
		});
	}
	settleMarkAria(svg);
	return svg;
}
