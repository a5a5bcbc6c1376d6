/**
 * Builders for survey waves and scored responses. A response's flag follows the
 * instrument's own flag rule (src/lib/instruments) unless the test sets it, so fixtures are
 * scored the way imports are.
 */
import { instrument as findInstrument, type FlagRule } from '../../src/lib/instruments/instruments';
import type { ResponseRow, WaveRow } from './rows';
import { nextId } from './ids';

function addDays(iso: string, days: number): string {
	const d = new Date(`${iso}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}

export function makeWave(options: Partial<{ id: string; label: string; opensOn: string; closesOn: string }> = {}): WaveRow {
	const id = options.id ?? nextId('W');
	const opensOn = options.opensOn ?? '2024-03-01';
	return { wave_id: id, label: options.label ?? id, opens_on: opensOn, closes_on: options.closesOn ?? addDays(opensOn, 21) };
}

function applyFlag(rule: FlagRule, score: number): boolean {
	switch (rule.op) {
		case '>=':
			return score >= rule.threshold;
		case '>':
			return score > rule.threshold;
		case '<':
			return score < rule.threshold;
		case '<=':
			return score <= rule.threshold;
	}
}

export interface ResponseOptions {
	id: string;
	personId: string;
	waveId: string;
	instrument: string;
	respondedOn: string | null;
	source: string;
	score: number | null;
	/** Defaults to the instrument's flag rule applied to score (null when score is null). */
	flag: boolean | null;
}

export function makeResponse(options: Partial<ResponseOptions> & Pick<ResponseOptions, 'personId' | 'waveId'>): ResponseRow {
	const instrumentId = options.instrument ?? 'mini_z_burnout';
	const rule = findInstrument(instrumentId).flag;
	const score = options.score === undefined ? 2 : options.score;
	const flag = options.flag !== undefined ? options.flag : score === null || !rule ? null : applyFlag(rule, score);
	return {
		response_id: options.id ?? nextId('R'),
		person_id: options.personId,
		instrument: instrumentId,
		wave_id: options.waveId,
		responded_on: options.respondedOn ?? null,
		source: options.source ?? 'csv',
		score,
		flag
	};
}
