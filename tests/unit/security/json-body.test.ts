/**
 * JSON endpoints (POST /api/exports, POST /api/worklist/actions) read their body through one
 * helper: not JSON, or not the parser's shape, is a 400 with a sentence saying why.
 */
import { describe, expect, it } from 'vitest';
import { isHttpError } from '@sveltejs/kit';
import { readJsonBody } from '$lib/server/json-body';

const post = (body: string) => new Request('http://localhost/api/x', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
const parseCount = (body: unknown) =>
	typeof body === 'object' && body !== null && Number.isInteger((body as { count?: unknown }).count)
		? ({ ok: true, count: (body as { count: number }).count } as const)
		: ({ ok: false, message: 'count must be a whole number' } as const);

async function refusal(attempt: Promise<unknown>): Promise<{ status: number; message: string }> {
	try {
		await attempt;
	} catch (e) {
		if (isHttpError(e)) return { status: e.status, message: e.body.message };
		throw e;
	}
	throw new Error('expected a refusal');
}

describe('readJsonBody', () => {
	it('hands back what the parser accepted', async () => {
		expect(await readJsonBody(post('{"count":3}'), parseCount)).toEqual({ ok: true, count: 3 });
	});

	it('refuses a body that is not JSON with the endpoint’s sentence', async () => {
		expect(await refusal(readJsonBody(post('count=3'), parseCount, 'expected a JSON body describing the export'))).toEqual({
			status: 400,
			message: 'expected a JSON body describing the export'
		});
		expect(await refusal(readJsonBody(post(''), parseCount))).toEqual({ status: 400, message: 'expected a JSON body' });
	});

	it('refuses JSON the parser rejects with the parser’s message', async () => {
		expect(await refusal(readJsonBody(post('{"count":1.5}'), parseCount))).toEqual({ status: 400, message: 'count must be a whole number' });
	});
});
