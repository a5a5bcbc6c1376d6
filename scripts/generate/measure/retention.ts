/**
 * Retention figures from the roster and pairings: cumulative attrition by program (1 − KM,
 * graduation and transfer censored; attrition = Withdrawn or Dismissed), and the mentored
 * vs not comparison from a 90-day landmark (DOMAIN.md §3), as a program-stratified
 * Mantel–Haenszel rate ratio so the programs' different match rates do not confound it.
 */
import type { NodeConnector } from '../../../src/lib/engine/node';
import { AS_OF_ISO } from '../options';
import { PROGRAMS, cohortStart, plannedEnd } from '../programs';
import { Rng } from '../prng';

export const LANDMARK_DAYS = 90;

/**
 * Days from start to planned graduation (2021 cohort, not extended): attrition is read off
 * the KM curve there, not at the thin tail of extended trainees where one exit moves it.
 */
export function programHorizon(programId: string): number {
	const spec = PROGRAMS.find((p) => p.id === programId);
	if (!spec) return Infinity;
	const start = cohortStart(spec, 2021, new Rng(0, 'horizon'));
	return plannedEnd(spec, start, 2021) - start;
}

type Spell = {
	program: string;
	days: number;
	left: boolean;
	urim: boolean | null;
	low_income: boolean | null;
	gender: string;
	mentored: boolean;
	at_risk: boolean;
	days_after: number;
};

export interface RetentionFigures {
	attritionByProgram: Record<string, number>;
	umeUrim: number;
	umeNotUrim: number;
	umeLowIncome: number;
	surgeryWomen: number;
	surgeryMen: number;
	/** Share of surgery attrition after PGY1: (F(end) − F(365 d)) / F(end) from the KM curve, so later, still-censored cohorts do not bias it. */
	surgeryAfterPgy1: number;
	landmark: { mentored: number; unmentored: number; mentoredLeft: number; unmentoredLeft: number; rateRatio: number };
}

/** 1 − Kaplan–Meier survival at `horizon` days (default: the end of follow-up). */
export function cumulativeAttrition(spells: readonly { days: number; left: boolean }[], horizon = Infinity): number {
	const sorted = [...spells].sort((a, b) => a.days - b.days || Number(b.left) - Number(a.left));
	let atRisk = sorted.length;
	let survival = 1;
	for (let i = 0; i < sorted.length && sorted[i].days <= horizon; ) {
		let j = i;
		let events = 0;
		while (j < sorted.length && sorted[j].days === sorted[i].days) events += sorted[j++].left ? 1 : 0;
		if (atRisk > 0) survival *= 1 - events / atRisk;
		atRisk -= j - i;
		i = j;
	}
	return 1 - survival;
}

/** Mantel–Haenszel rate ratio across strata of (events, person-time) for exposed vs unexposed. */
export function mantelHaenszelRateRatio(strata: readonly { a1: number; t1: number; a0: number; t0: number }[]): number {
	let num = 0;
	let den = 0;
	for (const s of strata) {
		const t = s.t1 + s.t0;
		if (t === 0) continue;
		num += (s.a1 * s.t0) / t;
		den += (s.a0 * s.t1) / t;
	}
	return den === 0 ? NaN : num / den;
}

export async function retention(c: NodeConnector): Promise<RetentionFigures> {
	const spells = await c.query<Spell>(`
		WITH t AS (
			SELECT *, coalesce(exit, CAST(? AS DATE)) - start AS days, status IN ('Withdrawn', 'Dismissed') AS left
			FROM people WHERE role <> 'Mentor'
		), lm AS (
			SELECT DISTINCT p.mentee FROM pairings p JOIN people t ON t.id = p.mentee
			WHERE p.matched <= t.start + ${LANDMARK_DAYS} AND (p.ended IS NULL OR p.ended > t.start + ${LANDMARK_DAYS})
		)
		SELECT t.program, t.days, t.left, t.urim, t.low_income, t.gender, lm.mentee IS NOT NULL AS mentored,
			t.days > ${LANDMARK_DAYS} AS at_risk, t.days - ${LANDMARK_DAYS} AS days_after
		FROM t LEFT JOIN lm ON lm.mentee = t.id`, [AS_OF_ISO]);
	const by = (f: (s: Spell) => boolean) => {
		const own = spells.filter(f);
		return cumulativeAttrition(own, own.length ? programHorizon(own[0].program) : Infinity);
	};
	const programs = [...new Set(spells.map((s) => s.program))].sort();
	const surgery = spells.filter((s) => s.program === 'GME-SURG');
	const surgeryTotal = cumulativeAttrition(surgery, programHorizon('GME-SURG'));
	const atRisk = spells.filter((s) => s.at_risk);
	const strata = programs.map((program) => {
		const own = atRisk.filter((s) => s.program === program);
		const sum = (m: boolean, f: (s: Spell) => number) => own.filter((s) => s.mentored === m).reduce((a, s) => a + f(s), 0);
		return { a1: sum(true, (s) => +s.left), t1: sum(true, (s) => s.days_after), a0: sum(false, (s) => +s.left), t0: sum(false, (s) => s.days_after) };
	});
	const group = (m: boolean) => atRisk.filter((s) => s.mentored === m);
	return {
		attritionByProgram: Object.fromEntries(programs.map((p) => [p, by((s) => s.program === p)])),
		umeUrim: by((s) => s.program === 'UME-MD' && s.urim === true),
		umeNotUrim: by((s) => s.program === 'UME-MD' && s.urim === false),
		umeLowIncome: by((s) => s.program === 'UME-MD' && s.low_income === true),
		surgeryWomen: by((s) => s.program === 'GME-SURG' && s.gender === 'Woman'),
		surgeryMen: by((s) => s.program === 'GME-SURG' && s.gender === 'Man'),
		surgeryAfterPgy1: surgeryTotal === 0 ? NaN : (surgeryTotal - cumulativeAttrition(surgery, 365)) / surgeryTotal,
		landmark: {
			mentored: group(true).length,
			unmentored: group(false).length,
			mentoredLeft: group(true).filter((s) => s.left).length / Math.max(1, group(true).length),
			unmentoredLeft: group(false).filter((s) => s.left).length / Math.max(1, group(false).length),
			rateRatio: mantelHaenszelRateRatio(strata)
		}
	};
}
