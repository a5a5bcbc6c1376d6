/**
 * Colour of a matrix cell by its count. Single-hue sequential blues (ColorBrewer "Blues",
 * Harrower & Brewer 2003): ordered by lightness alone, so it reads the same under every
 * colour-vision deficiency and in greyscale. A square-root scale, because the diagonal of
 * a pairing matrix (same-profession mentoring) is tens of times larger than the cells off
 * it, and a linear scale would wash every cross-discipline cell out to white. The lightest
 * tenth of the ramp is skipped so a count of 1 is still visibly not zero.
 */
import * as d3 from 'd3';

export interface CellColours {
	fill(count: number): string;
	/** Text on that fill: white on dark cells, near-black on light ones (≥ 4.5:1 either way). */
	ink(count: number): string;
	/** Counts to show in the legend, from 1 to the largest. */
	legendValues: number[];
}

export const ZERO_FILL = '#ffffff';
export const SUPPRESSED_FILL = '#eeeeee';
export const GRID_STROKE = '#d0d0d0';

export function cellColours(max: number): CellColours {
	const top = Math.max(1, max);
	const scale = d3.scaleSqrt().domain([0, top]).range([0.12, 1]).clamp(true);
	const fill = (count: number) => (count <= 0 ? ZERO_FILL : d3.interpolateBlues(scale(count)));
	const ink = (count: number) => (d3.lab(fill(count)).l < 58 ? '#ffffff' : '#1a1a1a');
	const steps = top <= 4 ? d3.range(1, top + 1) : [1, ...[0.25, 0.5, 0.75].map((t) => Math.round(top * t * t)), top];
	return { fill, ink, legendValues: [...new Set(steps.filter((v) => v >= 1))] };
}
