/**
 * Scripted filter changes through the shared filter bar's own controls (FilterBar.svelte:
 * selects "Cohort from", "Cohort to", "Mentoring", "Meetings"; multi-selects "Program",
 * "Profession", "Training level" as <details> with checkboxes), timed inside the page from
 * the change event to the view saying "ready" again after "updating" (page-probe.ts).
 *
 * The sequence cycles through every control, each step changing the filter (a select moves
 * to another value; a checkbox is ticked and later unticked), so at most one or two filters
 * are active at once and the population stays large, as when a dean explores.
 */
import type { Page } from '@playwright/test';

export type FilterStep =
	| { control: 'select'; label: string; pick: 'first' | 'last' | 'any' | 'next' }
	| { control: 'checkbox'; label: string; index: number };

/** One cycle of 16 changes; `index` varies by cycle so different programs etc. are chosen. */
export function filterSteps(count: number): FilterStep[] {
	const steps: FilterStep[] = [];
	for (let cycle = 0; steps.length < count; cycle++) {
		steps.push(
			{ control: 'checkbox', label: 'Program', index: cycle },
			{ control: 'select', label: 'Cohort from', pick: 'next' },
			{ control: 'checkbox', label: 'Program', index: cycle },
			{ control: 'select', label: 'Cohort to', pick: 'last' },
			{ control: 'select', label: 'Mentoring', pick: 'next' },
			{ control: 'checkbox', label: 'Profession', index: cycle },
			{ control: 'select', label: 'Cohort from', pick: 'any' },
			{ control: 'checkbox', label: 'Profession', index: cycle },
			{ control: 'select', label: 'Meetings', pick: 'next' },
			{ control: 'select', label: 'Mentoring', pick: 'next' },
			{ control: 'checkbox', label: 'Training level', index: cycle },
			{ control: 'select', label: 'Cohort to', pick: 'any' },
			{ control: 'checkbox', label: 'Training level', index: cycle },
			{ control: 'select', label: 'Meetings', pick: 'next' },
			{ control: 'select', label: 'Mentoring', pick: 'any' },
			{ control: 'select', label: 'Meetings', pick: 'any' }
		);
	}
	return steps.slice(0, count);
}

export interface FilterResult {
	step: string;
	/** Change event → view ready again; null when it did not settle in time. */
	ms: number | null;
	url: string;
}

/** Applies one step in the page and resolves with the latency (runs in the page). */
export async function applyFilterStep(page: Page, step: FilterStep, timeoutMs: number): Promise<FilterResult> {
	const outcome = await page.evaluate(
		async ({ step, timeoutMs }) => {
			const fieldByLabel = (label: string) =>
				[...document.querySelectorAll('label.field')].find((l) => l.querySelector('span')?.textContent?.trim() === label)?.querySelector('select') ?? null;
			const multiByLabel = (label: string) =>
				[...document.querySelectorAll('details.multi')].find((d) => d.querySelector('summary .label')?.textContent?.trim() === label) ?? null;
			let act: (() => void) | null = null;
			let description = '';
			if (step.control === 'select') {
				const select = fieldByLabel(step.label);
				if (!select) return { error: `no select labelled ${step.label}` };
				const values = [...select.options].map((o) => o.value);
				const real = values.filter((v) => v !== '');
				if (real.length === 0) return { error: `select ${step.label} has no choices` };
				const current = select.value;
				let target =
					step.pick === 'any' ? '' : step.pick === 'first' ? real[0] : step.pick === 'last' ? real[real.length - 1] : real[(real.indexOf(current) + 1) % real.length];
				if (target === current) target = current === '' ? real[0] : '';
				description = `${step.label} = ${target || 'any'}`;
				act = () => {
					select.value = target;
					select.dispatchEvent(new Event('change', { bubbles: true }));
				};
			} else {
				const multi = multiByLabel(step.label);
				const boxes = multi ? [...multi.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')] : [];
				if (boxes.length === 0) return { error: `no checkboxes under ${step.label}` };
				const box = boxes[step.index % boxes.length];
				description = `${step.label}: ${box.checked ? 'untick' : 'tick'} ${box.parentElement?.textContent?.trim()}`;
				act = () => box.click();
			}
			const before = location.search;
			window.__bench.start();
			const t0 = performance.now();
			act();
			const deadline = t0 + timeoutMs;
			while (performance.now() < deadline) {
				window.__bench.check();
				if (window.__bench.marks.viewReady !== null) return { ms: window.__bench.marks.viewReady + window.__bench.marks.origin - t0, description, url: location.search };
				await new Promise((r) => setTimeout(r, 2));
			}
			return { ms: null, description, url: location.search, unchanged: location.search === before };
		},
		{ step, timeoutMs }
	);
	if ('error' in outcome) throw new Error(outcome.error);
	return { step: outcome.description, ms: outcome.ms === null ? null : Math.round(outcome.ms * 10) / 10, url: outcome.url };
}
