/**
 * The body of a JSON endpoint's POST, checked by the endpoint's own parser before anything
 * else reads it: a body that is not JSON, or not of the parser's shape, is refused with 400
 * and the parser's sentence, so every JSON endpoint refuses bad input the same way.
 */
import { error } from '@sveltejs/kit';

export async function readJsonBody<T extends { ok: true }>(
	request: Request,
	parse: (body: unknown) => T | { ok: false; message: string },
	notJson = 'expected a JSON body'
): Promise<T> {
	let body: unknown;
	try {
		body = await request.json();
	} catch {
		error(400, notJson);
	}
	const parsed = parse(body);
	if (!parsed.ok) error(400, parsed.message);
	return parsed as T;
}
