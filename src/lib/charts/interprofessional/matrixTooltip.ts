/**
 * One tooltip per matrix, shown on hover and on keyboard focus of a cell (WCAG 1.4.13:
 * content on hover or focus), drawn inside the SVG so it is exported with it only when
 * visible and needs no page CSS. Escape hides it.
 */
import type * as d3 from 'd3';

export interface MatrixTooltip {
	bind(target: Element, text: string, anchorX: number, anchorY: number): void;
}

export function attachTooltip(
	svg: d3.Selection<SVGSVGElement, unknown, null, undefined>,
	layout: { width: number; fontSize: number }
): MatrixTooltip {
	const tip = svg.append('g').attr('class', 'matrix-tip').attr('pointer-events', 'none').attr('display', 'none').attr('aria-hidden', 'true');
	const box = tip.append('rect').attr('rx', 4).attr('fill', 'white').attr('stroke', '#1a1a1a').attr('stroke-width', 1);
	const label = tip.append('text').attr('fill', '#1a1a1a').attr('font-size', layout.fontSize);

	const show = (text: string, anchorX: number, anchorY: number) => {
		label.text(text);
		// Text width estimated at 0.6 em a character (jsdom and exports have no layout engine).
		const textWidth = text.length * layout.fontSize * 0.6;
		const w = textWidth + 16;
		const h = layout.fontSize + 12;
		const x = Math.max(2, Math.min(layout.width - w - 2, anchorX - w / 2));
		const y = Math.max(2, anchorY - h - 4);
		box.attr('x', x).attr('y', y).attr('width', w).attr('height', h);
		label.attr('x', x + 8).attr('y', y + h / 2).attr('dy', '0.35em');
		tip.attr('display', null).raise();
	};
	const hide = () => tip.attr('display', 'none');

	return {
		bind(target, text, anchorX, anchorY) {
			const on = () => show(text, anchorX, anchorY);
			target.addEventListener('mouseenter', on);
			target.addEventListener('focus', on);
			target.addEventListener('mouseleave', hide);
			target.addEventListener('blur', hide);
			target.addEventListener('keydown', (event) => {
				if ((event as KeyboardEvent).key === 'Escape') hide();
			});
		}
	};
}
