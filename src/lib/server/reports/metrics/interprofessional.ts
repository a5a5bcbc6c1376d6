/**
 * LCME 7.9 / IPEC report metrics: participation by profession and by program, cross-discipline
 * pairings, co-attendance at IPE activities, and the trend by term, from the
 * Interprofessional view's SQL (metrics/interprofessional/*).
 */
import type { Connector } from '$lib/engine/connector';
import { compilePopulation, type PopulationFilter } from '$lib/metrics/population-filter';
import { activityMatrix } from '$lib/metrics/interprofessional/activityMatrix';
import { pairingMatrix } from '$lib/metrics/interprofessional/pairingMatrix';
import { programReach, type ProgramReach } from '$lib/metrics/interprofessional/programReach';
import { reachByTerm } from '$lib/metrics/interprofessional/reachByTerm';
import { compareProfessions, matrixProfessions } from '$lib/metrics/interprofessional/professions';
import type { CountTable } from '../count-table';
import type { ReportMetric } from './report-metric';
import { SHARED } from './shared-keys';

const REACH_NOTE = 'Reached: learned alongside another profession in the period, by a cross-discipline pairing in force or an IPE activity with another profession present.';

function reachTable(
	rowHeader: string,
	labels: string[],
	rows: readonly Pick<ProgramReach, 'trainees' | 'reached' | 'share' | 'lower' | 'upper'>[],
	margins: CountTable['margins'],
	overall?: ProgramReach,
	/** Per row, the key of a group of people another reach table holds as one of its rows, or null. */
	rowKeys: readonly (string | null)[] = []
): CountTable {
	const all = overall ? [...rows, overall] : rows;
	const addsUp = overall && rows.reduce((n, r) => n + r.trainees, 0) === overall.trainees && rows.reduce((n, r) => n + r.reached, 0) === overall.reached;
	return {
		rowHeader,
		rows: labels,
		countColumns: ['Reached', 'Not reached'],
		counts: rows.map((r) => [r.reached, r.trainees - r.reached]),
		margins,
		// Participation by profession and by program count the population's trainees: their totals
		// are the population's, when the rows add up to everyone (no trainee without a profession).
		shared: [
			...(addsUp
				? [
						{ key: SHARED.population, entries: [['total', 'total']] as const },
						{ key: SHARED.ipeReached, entries: [['total', 0]] as const },
						{ key: SHARED.ipeNotReached, entries: [['total', 1]] as const }
					]
				: []),
			...rowKeys.flatMap((key, i) =>
				key
					? [
							{ key, entries: [[i, 'total']] as const },
							{ key: `${key}|reached`, entries: [[i, 0]] as const },
							{ key: `${key}|not-reached`, entries: [[i, 1]] as const }
						]
					: []
			)
		],
		derived: [
			{ label: 'Share reached (%)', kind: 'share', values: all.map((r) => ({ value: r.share, rests: [0, 'total'] })) },
			{ label: '95% CI', kind: 'interval', values: all.map((r) => ({ lower: r.lower, upper: r.upper, rests: [0, 'total'] })) }
		],
		notes: [REACH_NOTE]
	};
}

/**
 * Professions whose trainees in the population are exactly one program's trainees (a nursing
 * program and RN), mapped to that program: the profession's row and the program's row are
 * the same people, so the same numbers.
 */
async function programOfProfession(db: Connector, filter: PopulationFilter): Promise<Map<string, string>> {
	const { cte, params } = compilePopulation(filter);
	const rows = await db.query<{ program_id: string; profession: string | null }>(
		`WITH ${cte} SELECT DISTINCT p.program_id, p.profession FROM people p WHERE p.person_id IN (SELECT person_id FROM population)`,
		params
	);
	const out = new Map<string, string>();
	for (const { program_id, profession } of rows) {
		if (profession === null) continue;
		const programs = rows.filter((r) => r.profession === profession);
		const professions = rows.filter((r) => r.program_id === program_id);
		if (programs.length === 1 && professions.length === 1) out.set(profession, program_id);
	}
	return out;
}

async function professionsOf(db: Connector, filter: PopulationFilter): Promise<string[]> {
	const rows = await db.query<{ profession: string }>('SELECT DISTINCT profession FROM people WHERE profession IS NOT NULL');
	const wanted = filter.professions.length ? rows.filter((r) => filter.professions.includes(r.profession)) : rows;
	return wanted.map((r) => r.profession).sort(compareProfessions);
}

export const participationByProfession: ReportMetric = {
	id: 'ipe-participation-by-profession',
	title: 'Interprofessional participation by profession',
	glossary: ['ipe-program-reach'],
	options: {},
	chart: { valueColumn: 3, intervalColumn: 4, style: 'dots', axisLabel: 'Share reached (%)' },
	async build(db, { filter }) {
		// The program-reach SQL's all-programs row, run once per profession: each trainee has one
		// profession, so the rows add up to everyone (margins 'both').
		const rows: ProgramReach[] = [];
		const labels: string[] = [];
		for (const profession of await professionsOf(db, filter)) {
			const { overall } = await programReach(db, { ...filter, professions: [profession] });
			if (overall.trainees === 0) continue;
			rows.push(overall);
			labels.push(profession);
		}
		const { overall } = await programReach(db, filter);
		const same = await programOfProfession(db, filter);
		const keys = labels.map((profession) => (same.has(profession) ? SHARED.reachOfProgram(same.get(profession)!) : null));
		return reachTable('Profession', labels, rows, 'both', rows.length ? overall : undefined, keys);
	}
};

export const reachByProgram: ReportMetric = {
	id: 'ipe-reach-by-program',
	title: 'Interprofessional participation by program',
	glossary: ['ipe-program-reach'],
	options: {},
	chart: { valueColumn: 3, intervalColumn: 4, style: 'dots', axisLabel: 'Share reached (%)' },
	async build(db, { filter, programLabel }) {
		const { programs, overall } = await programReach(db, filter);
		const ordered = [...programs].sort((a, b) => (a.programId ?? '').localeCompare(b.programId ?? ''));
		const same = new Set((await programOfProfession(db, filter)).values());
		const keys = ordered.map((p) => (p.programId && same.has(p.programId) ? SHARED.reachOfProgram(p.programId) : null));
		return reachTable('Program', ordered.map((p) => programLabel(p.programId)), ordered, 'both', ordered.length ? overall : undefined, keys);
	}
};

export const reachTrend: ReportMetric = {
	id: 'ipe-reach-trend',
	title: 'Interprofessional reach by term',
	glossary: ['ipe-reach-by-term'],
	options: {},
	chart: { valueColumn: 3, intervalColumn: 4, style: 'line', axisLabel: 'Share reached (%)' },
	async build(db, { filter }) {
		const rows = (await reachByTerm(db, filter)).filter((r) => r.profession === null && r.trainees > 0);
		// The same trainee is counted in every term they were enrolled: terms do not add up.
		const table = reachTable('Term', rows.map((r) => (r.partial ? `${r.label} (partial)` : r.label)), rows, 'rows');
		return { ...table, notes: [...(table.notes ?? []), 'Terms: Spring January–May, Summer June–July, Fall August–December; a term cut by the period or the data date is marked partial.'] };
	}
};

function matrixTable(rowHeader: string, cells: { rowProfession: string; columnProfession: string; count: number }[], margins: CountTable['margins'], notes: string[]): CountTable {
	const professions = matrixProfessions(cells);
	const at = (r: string, c: string) => cells.find((x) => x.rowProfession === r && x.columnProfession === c)?.count ?? 0;
	return { rowHeader, rows: professions, countColumns: professions, counts: professions.map((r) => professions.map((c) => at(r, c))), margins, derived: [], notes };
}

export const pairingsByProfession: ReportMetric = {
	id: 'ipe-pairings-by-profession',
	title: 'Mentoring pairings by profession (mentor × mentee)',
	glossary: ['ipe-pairing-matrix'],
	options: {},
	async build(db, { filter }) {
		const m = await pairingMatrix(db, filter);
		return matrixTable('Mentor profession \\ mentee profession', m.cells, 'both', [
			'Matched pairings in force at some time in the period whose mentee is in the population; off the diagonal are cross-discipline pairings.'
		]);
	}
};

export const activitiesByProfession: ReportMetric = {
	id: 'ipe-activities-by-profession',
	title: 'IPE activities by professions present',
	glossary: ['ipe-activity-matrix'],
	options: {},
	async build(db, { filter }) {
		const m = await activityMatrix(db, filter);
		// Symmetric, and an activity counts in every cell of the professions present: no totals.
		return matrixTable('Profession', m.cells, 'none', [
			'Activities in the period attended by a trainee of the population where both professions were present; the diagonal is activities the profession attended.'
		]);
	}
};
