/**
 * A hand-made dataset for the report known-answer tests; every count below is used in the
 * tests' comments. as_of 2024-06-30; everyone starts 2023-07-01; period 2023-07-01 – 2024-06-30.
 *
 *   P1 "North Campus": A-1..A-24, active MD trainees, URiM yes.
 *   P2 "South Campus": B-1..B-36, active MD trainees, URiM no;
 *                      C-1..C-4 withdrawn 2024-01-15 (personal), URiM no.
 *   Mentors M1 (P1), M2 (P2). Pairings in force on as_of: A-1..A-12 with M1, B-1..B-24 with M2.
 *   Wave W1 "Spring 2024" opens 2024-03-01 (C-1..C-4 have left by then: 60 eligible).
 *     Mini-Z burnout answered by A-1..A-20 and B-1..B-28 (48); A-1..A-6 and B-1..B-14 score 4
 *     (flagged, 20), the other 28 score 1.
 */
import type { NodeConnector } from '$lib/engine/node';
import type { Report } from '$lib/reports/types';
import { generateReport } from '$lib/server/reports/generate-report';
import { loadTemplates } from '$lib/server/reports/templates';
import { makeDemographics, makeMentor, makePairing, makeProgram, makeResponse, makeTrainee, makeWave, type Fixture } from '../../factories';

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

export const REPORT_PERIOD = { from: '2023-07-01', to: '2024-06-30' } as const;

export function reportFixture(): Fixture {
	const a = range(24).map((i) => `A-${i}`);
	const b = range(36).map((i) => `B-${i}`);
	const c = range(4).map((i) => `C-${i}`);
	const flagged = new Set([...range(6).map((i) => `A-${i}`), ...range(14).map((i) => `B-${i}`)]);
	const respondents = [...range(20).map((i) => `A-${i}`), ...range(28).map((i) => `B-${i}`)];
	return {
		asOf: '2024-06-30',
		institution: 'Fixture School of Medicine',
		programs: [makeProgram({ id: 'P1', name: 'North Campus' }), makeProgram({ id: 'P2', name: 'South Campus' })],
		people: [
			...a.map((id) => makeTrainee({ id, programId: 'P1' })),
			...b.map((id) => makeTrainee({ id, programId: 'P2' })),
			...c.map((id) => makeTrainee({ id, programId: 'P2', status: 'withdrawn', exitDate: '2024-01-15', exitReason: 'personal' })),
			makeMentor({ id: 'M1', programId: 'P1' }),
			makeMentor({ id: 'M2', programId: 'P2' })
		],
		demographics: [...a.map((id) => makeDemographics(id, { urim: true })), ...[...b, ...c].map((id) => makeDemographics(id, { urim: false }))],
		pairings: [
			...range(12).map((i) => makePairing({ id: `pa-A-${i}`, mentorId: 'M1', menteeId: `A-${i}`, programId: 'P1' })),
			...range(24).map((i) => makePairing({ id: `pa-B-${i}`, mentorId: 'M2', menteeId: `B-${i}`, programId: 'P2' }))
		],
		waves: [makeWave({ id: 'W1', label: 'Spring 2024', opensOn: '2024-03-01' })],
		responses: respondents.map((personId) => makeResponse({ personId, waveId: 'W1', score: flagged.has(personId) ? 4 : 1 }))
	};
}

/** A template of three tables and one chart over the fixture's known numbers. */
export const FIXTURE_TEMPLATE = {
	id: 'fixture-report',
	title: 'Fixture report',
	description: 'Known-answer template.',
	elements: ['LCME 3.3', 'ACGME CPR VI.C'],
	caveats: ['A caveat.'],
	sections: [
		{ id: 'access', kind: 'table', metric: 'diversity-mentoring-access', options: { dimension: 'urim' }, elements: ['LCME 3.3'] },
		{ id: 'retention', kind: 'table', metric: 'diversity-retention-by-group', options: { dimension: 'urim' }, elements: ['LCME 3.3'] },
		{ id: 'burnout', kind: 'table', metric: 'wellbeing-by-wave', options: { instrument: 'mini_z_burnout' }, elements: ['ACGME CPR VI.C'] },
		{ id: 'burnout-chart', kind: 'chart', metric: 'wellbeing-by-wave', options: { instrument: 'mini_z_burnout' }, elements: ['ACGME CPR VI.C'] }
	]
};

export const MANIFEST = { versionId: 'v20240701T000000Z-0123abcd', contentHash: '0123abcd'.repeat(8), asOf: '2024-06-30' };

/** The fixture template's report on `db`, as a dean would generate it. */
export async function fixtureReport(db: NodeConnector, now = new Date('2024-07-02T09:30:00Z')): Promise<Report> {
	return generateReport({
		db,
		manifest: MANIFEST,
		template: loadTemplates({ 'fixture-report.json': FIXTURE_TEMPLATE })[0],
		parameters: { templateId: FIXTURE_TEMPLATE.id, ...REPORT_PERIOD, programs: [], population: 'all-trainees' },
		generatedBy: { id: 'u-1', name: 'Dana Dean', role: 'dean' },
		minCell: 11,
		now
	});
}
