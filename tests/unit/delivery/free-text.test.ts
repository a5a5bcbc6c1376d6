/**
 * Survey free text (e.g. the Qualtrics export's Q5 "Is there anything you would like your
 * program to know?") must not reach any role: today the canonical model has no column that
 * could hold it. This pins the text columns of the survey tables, so adding one forces a
 * decision (flag it `identifying`, and decide who may read it) instead of leaking by default.
 */
import { describe, expect, it } from 'vitest';
import { TABLES } from '$lib/schema/tables';
import { identifyingColumns } from '$lib/server/auth/scope';

describe('free text in the canonical model', () => {
	it('survey tables hold only ids, codes and numbers', () => {
		const text = TABLES.filter((t) => t.name.startsWith('survey_')).flatMap((t) =>
			t.columns.filter((c) => c.type === 'VARCHAR').map((c) => `${t.name}.${c.name}`)
		);
		expect(text.sort()).toEqual([
			'survey_items.item',
			'survey_items.response_id',
			'survey_responses.instrument',
			'survey_responses.person_id',
			'survey_responses.response_id',
			'survey_responses.source',
			'survey_responses.wave_id',
			'survey_waves.label',
			'survey_waves.wave_id'
		]);
		expect(TABLES.find((t) => t.name === 'survey_items')!.columns.find((c) => c.name === 'value')!.type).toBe('DOUBLE');
	});

	it('the only free text anywhere is flagged identifying (dropped for deans)', () => {
		expect(identifyingColumns()).toEqual(['people.display_name', 'people.email', 'people.exit_reason_text']);
	});
});
