/**
 * Flag prevalence by group (profession, training level or program) in one wave: a dot per
 * group with its Wilson 95% CI, highest first, each label carrying n ("unstable" below 30,
 * DOMAIN.md §3), on a
 * fixed 0–100% axis so groups and waves compare. A row can be selected (click, Enter, Space)
 * to filter every view to that group. A suppressed group (DOMAIN.md §5) keeps its row with
 * "suppressed" and nothing drawn; a group with no scored answers says so.
 */
import * as Plot from '@observablehq/plot';
import { NARROW_WIDTH, chartDocument, checkWidth, noDataElement, type ChartOptions } from '../chartOptions';
import { SUPPRESSED_LABEL, formatPercent } from '../format';
import { MUTED_TEXT_COLOR, SERIES_COLOR } from '../palette';
import { quietMarks } from './quiet-marks';
import { addSelectableTargets } from './selectable';
import { nWithWarning } from './unstable';

export interface GroupPrevalenceRow {
	group: string;
	groupLabel: string;
	eligible: number;
	respondents: number;
	n: number;
	flagged: number;
	prevalence: number | null;
	lower: number | null;
	upper: number | null;
	responseRate: number | null;
	suppressed?: boolean;
}

export interface GroupPrevalenceOptions extends ChartOptions {
	/** What the flag means, e.g. "burnout". */
	flagLabel: string;
	/** What a group is, for the description: "profession", "training level", "program". */
	groupKind: string;
	onSelect?: (group: string) => void;
}

interface Point {
	id: string;
	label: string;
	percent: number | null;
	lower: number | null;
	upper: number | null;
	note: string;
	detail: string;
}

function toPoint(row: GroupPrevalenceRow, flag: string): Point {
	const id = row.group;
	if (row.suppressed) return { id, label: row.groupLabel, percent: null, lower: null, upper: null, note: SUPPRESSED_LABEL, detail: `${row.groupLabel}: suppressed` };
	const label = `${row.groupLabel}\n${nWithWarning(row.n)}`;
	const rate = row.responseRate === null ? '' : `; response rate ${formatPercent(row.responseRate)} (${row.respondents} of ${row.eligible})`;
	if (row.prevalence === null) return { id, label, percent: null, lower: null, upper: null, note: 'no scored answers', detail: `${row.groupLabel}: no scored answers${rate}` };
	const ci = row.lower === null || row.upper === null ? '' : `, 95% CI ${formatPercent(row.lower)}–${formatPercent(row.upper)}`;
	return {
		id,
		label,
		percent: row.prevalence * 100,
		lower: row.lower === null ? null : row.lower * 100,
		upper: row.upper === null ? null : row.upper * 100,
		note: formatPercent(row.prevalence),
		detail: `${row.groupLabel}: ${flag} ${row.flagged} of ${row.n} (${formatPercent(row.prevalence)}${ci})${rate}`
	};
}

export function groupPrevalenceChart(rows: readonly GroupPrevalenceRow[], options: GroupPrevalenceOptions): SVGSVGElement | HTMLElement {
	const width = checkWidth(options.width);
	if (rows.length === 0) return noDataElement(options, 'Nobody eligible in this wave');
	const points = rows.map((r) => toPoint(r, options.flagLabel));
	const drawn = points.filter((p) => p.percent !== null).sort((a, b) => (b.percent as number) - (a.percent as number) || a.label.localeCompare(b.label));
	const blank = points.filter((p) => p.percent === null);
	const ordered = [...drawn, ...blank];
	const narrow = width < NARROW_WIDTH;
	const fontSize = narrow ? 12 : 13;
	// Room for the longest label line (a name, or "n=12, unstable"); long names are cut with
	// an ellipsis beyond 40% of a phone's width (35% on wide screens).
	const longest = Math.max(...ordered.flatMap((p) => p.label.split('\n').map((line) => line.length)));
	const marginLeft = Math.round(Math.min(longest * fontSize * 0.6 + 24, width * (narrow ? 0.4 : 0.35)));
	const rowStep = 2 * fontSize * 1.2 + 12;
	const marginTop = 8;
	const marginBottom = 40;
	const height = Math.round(marginTop + marginBottom + rowStep * ordered.length);
	const labels = new Map(ordered.map((p) => [p.id, p.label]));
	const [top, bottom] = [drawn[0], drawn[drawn.length - 1]];
	const summary = top ? ` Highest: ${top.detail.split(';')[0]}.${drawn.length > 1 ? ` Lowest: ${bottom.detail.split(';')[0]}.` : ''}` : '';

	const chart = quietMarks(Plot.plot({
		document: chartDocument(options),
		width,
		height,
		marginLeft,
		marginRight: 44,
		marginTop,
		marginBottom,
		style: { fontSize: `${fontSize}px` },
		ariaLabel: `Dot chart of ${options.flagLabel} prevalence by ${options.groupKind} with 95% Wilson intervals (${ordered.length} groups).${summary}`,
		x: { domain: [0, 100], ticks: narrow ? 4 : 10, grid: true, label: `${options.flagLabel[0].toUpperCase()}${options.flagLabel.slice(1)} (%)`, labelAnchor: 'center' },
		y: { domain: ordered.map((p) => p.id), padding: 0.3, label: null },
		marks: [
			Plot.axisY({ tickFormat: (id: string) => labels.get(id) ?? id, tickSize: 0, lineWidth: (marginLeft - 14) / fontSize, textOverflow: 'ellipsis' }),
			Plot.ruleY(drawn.filter((p) => p.lower !== null), { y: 'id', x1: 'lower', x2: 'upper', stroke: SERIES_COLOR, strokeWidth: 2 }),
			Plot.dot(drawn, { y: 'id', x: 'percent', r: 4.5, fill: SERIES_COLOR, stroke: 'white' }),
			Plot.text(drawn, { y: 'id', x: 'percent', text: 'note', dy: -11 }),
			Plot.text(blank, { y: 'id', x: 0, text: 'note', textAnchor: 'start', dx: 4, fill: MUTED_TEXT_COLOR, fontStyle: 'italic' }),
			Plot.tip(drawn, Plot.pointerY({ y: 'id', x: 'percent', title: 'detail' })),
			Plot.ruleX([0])
		]
	}));
	if (!options.onSelect) return chart;
	return addSelectableTargets(chart, {
		axis: 'y',
		across: [0, width - 44],
		onSelect: options.onSelect,
		targets: ordered.map((p) => ({ key: p.id, label: `Filter every view to ${options.groupKind} ${p.label.split('\n')[0]}`, title: p.detail }))
	});
}
