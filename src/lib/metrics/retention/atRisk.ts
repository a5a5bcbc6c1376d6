/**
 * Number at risk under a survival chart's time axis (the table printed under KM plots,
 * e.g. Pocock, Clayton & Altman, Lancet 2002, "Survival plots of time-to-event outcomes"):
 * for each tick time T, how many of the group are still followed at T (time ≥ T).
 *
 * Read from the KM step rows, which have a row at every distinct follow-up time of the
 * group (event or censoring) with n_risk = #(time ≥ that time). So at T the answer is the
 * n_risk of the first step at or after T, and 0 past the last step.
 */
import type { KaplanMeierStep } from '../kaplanMeier';

export interface AtRiskCount {
	group: string;
	time: number;
	nRisk: number;
}

export function numberAtRisk(steps: readonly KaplanMeierStep[], groups: readonly string[], times: readonly number[]): AtRiskCount[] {
	const byGroup = new Map<string, KaplanMeierStep[]>();
	for (const s of steps) byGroup.set(s.group, [...(byGroup.get(s.group) ?? []), s]);
	const out: AtRiskCount[] = [];
	for (const group of groups) {
		const own = [...(byGroup.get(group) ?? [])].sort((a, b) => a.time - b.time);
		for (const time of times) out.push({ group, time, nRisk: own.find((s) => s.time >= time)?.nRisk ?? 0 });
	}
	return out;
}
