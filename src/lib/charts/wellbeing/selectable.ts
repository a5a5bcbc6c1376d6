/**
 * Click-to-filter for a chart with one ordinal axis (waves, professions, programs): a
 * transparent target over each category's column (or row) that is focusable, says what it
 * does, shows the details on hover (<title>), and calls onSelect on click, Enter or Space.
 *
 * Why an overlay rather than marking Plot's own marks: it also covers categories drawn
 * without a mark (no answers, suppressed) and works on charts this module does not own
 * (prevalenceByWave.ts, whose committed snapshot must not change: only the wrapper adds it).
 */
const SVG_NS = 'http://www.w3.org/2000/svg';

export interface SelectableTarget {
	/** Domain value of the ordinal scale. */
	key: string;
	/** Accessible name, e.g. "Filter to Spring 2026 (6 Mar – 31 Mar 2026)". */
	label: string;
	/** Hover text with the numbers. */
	title: string;
}

interface OrdinalScale {
	type: string;
	bandwidth?: number;
	step?: number;
	apply(value: unknown): number;
}

interface ScaledChart extends SVGSVGElement {
	scale(name: 'x' | 'y'): OrdinalScale | undefined;
}

export interface SelectableOptions {
	axis: 'x' | 'y';
	targets: readonly SelectableTarget[];
	onSelect: (key: string) => void;
	/** Extent across the other axis, in px: [top, bottom] for x, [left, right] for y. */
	across: [number, number];
}

const STYLE = `.wb-target{fill:transparent;cursor:pointer;outline:none}
.wb-target:hover{fill:rgba(0,0,0,0.05)}
.wb-target:focus-visible{stroke:#000;stroke-width:2;fill:rgba(0,114,178,0.08)}`;

/** Adds the targets to `chart` (a Plot SVG); returns it for chaining. */
export function addSelectableTargets<E extends Element>(chart: E, options: SelectableOptions): E {
	const svg = chart as unknown as ScaledChart;
	if (typeof svg.scale !== 'function') return chart;
	const scale = svg.scale(options.axis);
	if (!scale || (scale.type !== 'band' && scale.type !== 'point')) return chart;
	const doc = chart.ownerDocument;
	const step = scale.step ?? 0;
	const bandwidth = scale.bandwidth ?? 0;
	const group = doc.createElementNS(SVG_NS, 'g');
	group.setAttribute('role', 'group');
	group.setAttribute('aria-label', 'selectable categories');
	const style = doc.createElementNS(SVG_NS, 'style');
	style.textContent = STYLE;
	group.append(style);
	const [from, to] = options.across;
	for (const target of options.targets) {
		const position = scale.apply(target.key);
		if (!Number.isFinite(position)) continue;
		// Band: cover the band plus half the gap each side; point: half a step each side.
		const start = scale.type === 'band' ? position - (step - bandwidth) / 2 : position - step / 2;
		const rect = doc.createElementNS(SVG_NS, 'rect');
		rect.setAttribute('class', 'wb-target');
		rect.setAttribute('data-key', target.key);
		rect.setAttribute('tabindex', '0');
		rect.setAttribute('role', 'button');
		rect.setAttribute('aria-label', target.label);
		if (options.axis === 'x') {
			rect.setAttribute('x', String(start));
			rect.setAttribute('width', String(step));
			rect.setAttribute('y', String(from));
			rect.setAttribute('height', String(to - from));
		} else {
			rect.setAttribute('y', String(start));
			rect.setAttribute('height', String(step));
			rect.setAttribute('x', String(from));
			rect.setAttribute('width', String(to - from));
		}
		const title = doc.createElementNS(SVG_NS, 'title');
		title.textContent = target.title;
		rect.append(title);
		rect.addEventListener('click', () => options.onSelect(target.key));
		rect.addEventListener('keydown', (event) => {
			const key = (event as KeyboardEvent).key;
			if (key === 'Enter' || key === ' ') {
				event.preventDefault();
				options.onSelect(target.key);
			}
		});
		group.append(rect);
	}
	chart.append(group);
	return chart;
}
