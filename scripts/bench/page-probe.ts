/**
 * Runs inside the page (addInitScript): records, in performance.now() time (0 = navigation
 * start), when the first chart appeared and when the page's charts were all drawn, watching
 * the DOM with a MutationObserver rather than polling from outside, so the figures do not
 * include the benchmark's own polling delay.
 *
 * - first chart: any SVG inside a chart card (ChartCard's body, or a [data-testid^=chart-]);
 * - Overview drawn: both Overview chart SVGs present and every KPI tile showing its value;
 * - view ready: an outcome view (OutcomeView.svelte) says data-view-state="ready" and none of
 *   its cards is still aria-busy, after it said "updating" (ViewQuery starts updating, so an
 *   earlier "ready" belongs to the previous view or filter).
 * `window.__bench.start()` restarts the clock for a client-side navigation or filter change.
 */
export interface ProbeMarks {
	origin: number;
	firstChart: number | null;
	overviewDrawn: number | null;
	viewReady: number | null;
	/** The view said "updating" at least once since start(). */
	sawUpdating: boolean;
}

declare global {
	interface Window {
		__bench: { marks: ProbeMarks; start(): void; check(): void };
	}
}

/** Serialised into the page: must not close over anything. */
export function installProbe(): void {
	const CHART_SVG = 'section.card .body svg, [data-testid^="chart-"] svg';
	const fresh = (origin: number): ProbeMarks => ({ origin, firstChart: null, overviewDrawn: null, viewReady: null, sawUpdating: false });
	const overviewDrawn = () => {
		if (!document.querySelector('[data-testid="chart-match-rate"] svg')) return false;
		if (!document.querySelector('[data-testid="chart-burnout-waves"] svg')) return false;
		const tiles = document.querySelectorAll('section.tile').length;
		const values = [...document.querySelectorAll('[data-testid^="kpi-"][data-testid$="-value"]')].filter((v) => (v.textContent ?? '').trim() !== '');
		return tiles > 0 && values.length >= tiles;
	};
	const viewReady = () => {
		const view = document.querySelector('[data-view-state]');
		if (!view || view.getAttribute('data-view-state') !== 'ready') return false;
		return !view.querySelector('[aria-busy="true"]');
	};
	const bench = {
		marks: fresh(0),
		start() {
			bench.marks = fresh(performance.now());
		},
		check() {
			const now = performance.now() - bench.marks.origin;
			const m = bench.marks;
			if (document.querySelector('[data-view-state="updating"]')) m.sawUpdating = true;
			if (m.firstChart === null && document.querySelector(CHART_SVG)) m.firstChart = now;
			if (m.overviewDrawn === null && overviewDrawn()) m.overviewDrawn = now;
			// A view starts "updating", so "ready" before that is the previous view or filter.
			if (m.viewReady === null && m.sawUpdating && viewReady()) m.viewReady = now;
		}
	};
	window.__bench = bench;
	const observe = () =>
		new MutationObserver(() => bench.check()).observe(document.documentElement, {
			childList: true,
			subtree: true,
			attributes: true,
			attributeFilter: ['data-view-state', 'aria-busy']
		});
	if (document.documentElement) observe();
	else document.addEventListener('DOMContentLoaded', observe);
}
