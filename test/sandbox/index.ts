/**
 * ClickSend REST API v3 sandbox: a local HTTP server answering like rest.clicksend.com/v3,
 * driven by the bundled OpenAPI spec, with stateful SMS/account routes, request recording and
 * fault injection. See test/sandbox/README.md.
 */
import type { AddressInfo } from 'net';
import { FaultQueue, buildServer, type Fault, type RecordedRequest } from './server';
import { SandboxState } from './state';

export { SANDBOX_USERNAME, SANDBOX_API_KEY, TEST_ACCOUNT_KEY, SandboxState } from './state';
export type { Fault, RecordedRequest } from './server';

/** A running sandbox. */
export interface Sandbox {
	/** Base URL including /v3, e.g. http://127.0.0.1:43121/v3. */
	url: string;
	/** Scheme, host and port, e.g. http://127.0.0.1:43121. */
	origin: string;
	/** Every request received (unless recordRequests is false), oldest first. */
	requests: RecordedRequest[];
	/** In-memory stores. */
	state: SandboxState;
	/** Counters kept even when requests are not recorded: `requests` received since start or reset. */
	stats: { requests: number };
	/** Queue a fault for matching requests (checked before auth and normal handling; consumed `times` times). */
	fault(f: Fault): void;
	/** Clear requests, faults and state back to the seed (objects are emptied in place). */
	reset(): void;
	/** Stop listening and drop open connections. */
	close(): Promise<void>;
}

/** Options of {@link startSandbox}. */
export interface SandboxOptions {
	/** TCP port; 0 (default) picks a free one. */
	port?: number;
	/** Interface to bind (default 127.0.0.1). */
	host?: string;
	/** Fastify request logging (default false). */
	logger?: boolean;
	/** Record requests into `requests` (default true; benchmarks turn it off). */
	recordRequests?: boolean;
}

/** Start a sandbox and resolve once it is listening. */
export async function startSandbox(opts: SandboxOptions = {}): Promise<Sandbox> {
	const state = new SandboxState();
	const requests: RecordedRequest[] = [];
	const faults = new FaultQueue();
	const aborter = new AbortController();
	const stats = { requests: 0 };
	const app = buildServer({
		stats,
		state,
		requests,
		faults,
		recordRequests: opts.recordRequests ?? true,
		logger: opts.logger ?? false,
		signal: aborter.signal,
	});
	const host = opts.host ?? '127.0.0.1';
	await app.listen({ port: opts.port ?? 0, host });
	const address = app.server.address() as AddressInfo;
	const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
	const origin = `http://${urlHost}:${address.port}`;
	let closed: Promise<void> | undefined;
	return {
		url: `${origin}/v3`,
		origin,
		requests,
		state,
		stats,
		fault: (f) => faults.add(f),
		reset: () => {
			requests.length = 0;
			stats.requests = 0;
			faults.clear();
			state.reset();
		},
		close: () => {
			closed ??= (async () => {
				aborter.abort();
				await app.close();
			})();
			return closed;
		},
	};
}
