/**
 * CDP commands sent to the page's dedicated workers (the DuckDB worker), through a page
 * CDP session: Target.setAutoAttach without flattening, so each command travels inside
 * Target.sendMessageToTarget and each answer comes back in Target.receivedMessageFromTarget.
 * (Playwright's CDPSession does not route flattened child sessions.)
 */
import type { BrowserContext } from '@playwright/test';

type CdpSession = Awaited<ReturnType<BrowserContext['newCDPSession']>>;

export interface WorkerChannel {
	url: string;
	send<T>(method: string, params?: Record<string, unknown>): Promise<T>;
}

/** Every worker target of the page, attached within `waitMs`. */
export async function attachWorkers(session: CdpSession, waitMs = 3_000): Promise<WorkerChannel[]> {
	const channels: WorkerChannel[] = [];
	const pending = new Map<string, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
	let nextId = 1;
	session.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
		const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
		const key = `${event.sessionId}/${message.id}`;
		const waiter = pending.get(key);
		if (!waiter) return;
		pending.delete(key);
		if (message.error) waiter.reject(new Error(message.error.message));
		else waiter.resolve(message.result);
	});
	session.on('Target.attachedToTarget', (event: { sessionId: string; targetInfo: { type: string; url: string } }) => {
		if (event.targetInfo.type !== 'worker') return;
		const { sessionId } = event;
		channels.push({
			url: event.targetInfo.url,
			send<T>(method: string, params: Record<string, unknown> = {}) {
				const id = nextId++;
				return new Promise<T>((resolve, reject) => {
					const timer = setTimeout(() => reject(new Error(`worker did not answer ${method} within 60 s`)), 60_000);
					pending.set(`${sessionId}/${id}`, {
						resolve: (v) => (clearTimeout(timer), resolve(v as T)),
						reject: (e) => (clearTimeout(timer), reject(e))
					});
					void session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
				});
			}
		});
	});
	await session.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
	await new Promise((r) => setTimeout(r, waitMs));
	return channels;
}
