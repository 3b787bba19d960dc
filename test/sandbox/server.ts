/**
 * The sandbox's Fastify app: one catch-all route that runs every request through
 * record -> fault -> auth -> route -> validate -> handler, answering ClickSend envelopes.
 *
 * Routes: each file in ./routes exports `register(app, ctx)` and declares stateful handlers with
 * `ctx.route(method, template, handler)`; every other documented operation answers its 200
 * example. Handlers return a {@link SandboxReply} built with `ok()` / `fail()`.
 */
import { readdirSync } from 'fs';
import { extname, join } from 'path';
import type { Socket } from 'net';
import { setTimeout as sleep } from 'timers/promises';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import {
	fail,
	failStatus,
	missingFields,
	ok,
	responseCodeFor,
	type SandboxReply,
} from './envelope';
import { jsonBytes } from './json';
import type { Query } from './paginate';
import { PathRouter, type HttpMethod } from './router';
import { loadSpec, validateRequestBody, type Operation } from './spec';
import { SANDBOX_API_KEY, TEST_ACCOUNT_KEY, type SandboxAccount, SandboxState } from './state';

export {
	ok,
	okAsDocumented,
	fail,
	failStatus,
	missingFields,
	envelope,
	APPLICATION_CODES,
} from './envelope';
export type { Envelope, SandboxReply, ApplicationCode } from './envelope';
export { paginate, ReverseView } from './paginate';
export type { Page, Query, RowSource } from './paginate';

/** URL prefix of the API, as on rest.clicksend.com. */
export const API_PREFIX = '/v3';

/** One request as the sandbox received it. */
export interface RecordedRequest {
	method: string;
	/** Path without the /v3 prefix and without query, as sent (percent-encoding kept). */
	path: string;
	query: Record<string, string | string[]>;
	/** Query string without the leading `?` ('' when none). */
	rawQuery: string;
	headers: Record<string, string | string[] | undefined>;
	/** Parsed JSON, a form object, or the raw string (non-JSON content types, invalid JSON). */
	body: unknown;
	rawBody: string;
	/** Username from the Basic auth header, if any (recorded even when the key is wrong). */
	username?: string;
	/** Receipt time, epoch milliseconds. */
	time: number;
}

/** A queued failure for matching requests, applied before auth and normal handling. */
export interface Fault {
	/** Match this method only (case-insensitive); any method when absent. */
	method?: string;
	/** Match this path (without /v3): exact string, a `{param}` template, or a RegExp; any path when absent. */
	path?: string | RegExp;
	/** How many matching requests it affects (default 1; Infinity for all). */
	times?: number;
	/** HTTP status to answer (default 500 when `body` is given). */
	status?: number;
	/** Response body: object = JSON, string = raw non-JSON text. Default: the status's envelope. */
	body?: unknown | string;
	/** Extra response headers (e.g. Retry-After); with no status/body they decorate the normal reply. */
	headers?: Record<string, string>;
	/** Wait this long first (ms). Alone, the request then proceeds normally (a slow response). */
	delayMs?: number;
	/** Destroy the socket (connection reset) instead of answering. */
	reset?: boolean;
	/** Let this many matching requests through untouched first (e.g. 1 = fail the second batch). */
	skip?: number;
	/** Match only requests whose query has these values (e.g. `{ page: '2' }`). */
	query?: Record<string, string>;
	/** Answer normally but as if the query had these values (e.g. `{ page: '1' }`: page 2 repeats page 1). */
	serveQuery?: Record<string, string>;
}

/** FIFO of faults; the first matching fault is applied and its `times` decremented. */
export class FaultQueue {
	private readonly faults: { fault: Fault; remaining: number; skip: number; template?: PathRouter<true> }[] = [];

	/** Queue a fault. */
	add(fault: Fault): void {
		let template: PathRouter<true> | undefined;
		if (typeof fault.path === 'string' && fault.path.includes('{')) {
			template = new PathRouter<true>();
			template.add('GET', fault.path, true);
		}
		this.faults.push({ fault, remaining: fault.times ?? 1, skip: fault.skip ?? 0, template });
	}

	/** Take the first fault matching (method, path without /v3, query), consuming one use. */
	take(method: string, path: string, query: Record<string, unknown> = {}): Fault | undefined {
		for (let i = 0; i < this.faults.length; i++) {
			const entry = this.faults[i];
			const { fault } = entry;
			if (fault.method && fault.method.toUpperCase() !== method.toUpperCase()) continue;
			if (!pathMatches(entry, path)) continue;
			if (fault.query && Object.entries(fault.query).some(([k, v]) => String(query[k]) !== v)) continue;
			if (entry.skip > 0) {
				entry.skip -= 1;
				return undefined;
			}
			entry.remaining -= 1;
			if (entry.remaining <= 0) this.faults.splice(i, 1);
			return fault;
		}
		return undefined;
	}

	/** Number of queued faults. */
	get size(): number {
		return this.faults.length;
	}

	/** Drop every queued fault. */
	clear(): void {
		this.faults.length = 0;
	}
}

function pathMatches(entry: { fault: Fault; template?: PathRouter<true> }, path: string): boolean {
	const want = entry.fault.path;
	if (want === undefined) return true;
	if (want instanceof RegExp) return want.test(path);
	if (entry.template) return entry.template.matchAll(path).length > 0;
	return want === path || want.replace(/\/+$/, '') === path.replace(/\/+$/, '');
}

/** Everything a route handler gets for one request. */
export interface RouteCall {
	method: HttpMethod;
	/** Concrete path without /v3, e.g. `/sms/ABC/cancel`. */
	path: string;
	/** Matched template, e.g. `/sms/{message_id}/cancel`. */
	template: string;
	params: Record<string, string>;
	query: Query;
	/** Parsed body (JSON value, form object, raw string or undefined). */
	body: unknown;
	/** The authenticated account. */
	account: SandboxAccount;
	state: SandboxState;
	/** The documented operation, when the route is in the spec. */
	op?: Operation;
	/** Absolute URL of the request path without query (for page URLs). */
	url: string;
	/** Request time, Unix seconds. */
	now: number;
	request: FastifyRequest;
}

/** A stateful route handler. */
export type RouteHandler = (call: RouteCall) => SandboxReply | Promise<SandboxReply>;

/** What route files get besides the Fastify app. */
export interface RouteContext {
	state: SandboxState;
	/** Declare a handler for (method, template without /v3); overrides the documented example. */
	route(method: HttpMethod, template: string, handler: RouteHandler): void;
	/** The documented operation for (method, template), if any. */
	operation(method: HttpMethod, template: string): Operation | undefined;
}

/** Shape of a file in ./routes. */
export interface RouteModule {
	register(app: FastifyInstance, ctx: RouteContext): void;
}

interface ResolvedRoute {
	handler: RouteHandler;
	op?: Operation;
}

/** Options of {@link buildServer}. */
export interface ServerOptions {
	state: SandboxState;
	/** Recorded requests are pushed here (when `recordRequests`). */
	requests: RecordedRequest[];
	faults: FaultQueue;
	recordRequests: boolean;
	logger: boolean;
	/** Aborted on close: cancels pending fault delays. */
	signal?: AbortSignal;
	/** Folder of route files (default ./routes). */
	routesDir?: string;
	/** Counts every request, recorded or not (benchmarks read it). */
	stats?: { requests: number };
}

/** Raw body text and invalid-JSON markers, keyed by the Node request. */
const rawBodies = new WeakMap<object, string>();

/** Marker for a JSON body that failed to parse. */
export class UnparsableBody {
	constructor(
		readonly raw: string,
		readonly error: string,
	) {}
}

/** `a=1&a=2&b=3` -> `{a: ['1','2'], b: '3'}`. */
export function parseForm(raw: string): Record<string, string | string[]> {
	const out: Record<string, string | string[]> = {};
	for (const [key, value] of new URLSearchParams(raw)) {
		const prev = out[key];
		out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
	}
	return out;
}

function installBodyParsers(app: FastifyInstance): void {
	app.removeAllContentTypeParsers();
	const parser =
		(parse: (raw: string) => unknown) =>
		(
			request: FastifyRequest,
			raw: string | Buffer,
			done: (err: Error | null, body?: unknown) => void,
		): void => {
			const text = typeof raw === 'string' ? raw : raw.toString('utf8');
			rawBodies.set(request.raw, text);
			done(null, text.length === 0 ? undefined : parse(text));
		};
	app.addContentTypeParser(
		'application/json',
		{ parseAs: 'string' },
		parser((text) => {
			if (text.trim() === '') return undefined;
			try {
				return JSON.parse(text) as unknown;
			} catch (err) {
				return new UnparsableBody(text, (err as Error).message);
			}
		}),
	);
	app.addContentTypeParser(
		'application/x-www-form-urlencoded',
		{ parseAs: 'string' },
		parser(parseForm),
	);
	app.addContentTypeParser(
		'*',
		{ parseAs: 'string' },
		parser((text) => text),
	);
}

/** Username and key from a Basic auth header; undefined when absent or malformed. */
export function parseBasicAuth(
	header: string | undefined,
): { username: string; key: string } | undefined {
	if (!header) return undefined;
	const match = /^Basic\s+(\S+)\s*$/i.exec(header);
	if (!match) return undefined;
	const decoded = Buffer.from(match[1], 'base64').toString('utf8');
	const colon = decoded.indexOf(':');
	if (colon < 0) return undefined;
	return { username: decoded.slice(0, colon), key: decoded.slice(colon + 1) };
}

const TEST_ACCOUNTS = new Set(['nocredit', 'notactive', 'banned']);

/**
 * Authenticate: SANDBOX_USERNAME/SANDBOX_API_KEY, the documented test accounts with
 * TEST_ACCOUNT_KEY, or any other username with SANDBOX_API_KEY (its own account and data).
 */
export function authenticate(
	state: SandboxState,
	credentials: { username: string; key: string } | undefined,
): { account: SandboxAccount } | { reply: SandboxReply } {
	if (!credentials || credentials.username === '' || credentials.key === '') {
		return { reply: fail(401, 'MISSING_CREDENTIALS') };
	}
	const { username, key } = credentials;
	const known = TEST_ACCOUNTS.has(username) ? key === TEST_ACCOUNT_KEY : key === SANDBOX_API_KEY;
	if (!known)
		return { reply: fail(401, 'INVALID_CREDENTIALS', 'Your Username or Unique Key is incorrect.') };
	const account = state.account(username);
	if (account.kind === 'notactive') return { reply: fail(403, 'ACCOUNT_NOT_ACTIVATED') };
	if (account.kind === 'banned')
		return { reply: fail(403, 'FORBIDDEN', 'Your account has been banned.') };
	return { account };
}

function sendReply(reply: FastifyReply, result: SandboxReply): FastifyReply {
	reply.code(result.status);
	if (result.headers) reply.headers(result.headers);
	if (typeof result.body === 'string') {
		if (!reply.hasHeader('content-type')) reply.header('content-type', 'text/html; charset=utf-8');
		return reply.send(result.body);
	}
	if (!reply.hasHeader('content-type')) reply.header('content-type', 'application/json; charset=utf-8');
	return reply.send(jsonBytes(result.body));
}

function destroySocket(socket: Socket): void {
	const withReset = socket as Socket & { resetAndDestroy?: () => void };
	if (typeof withReset.resetAndDestroy === 'function') withReset.resetAndDestroy();
	else socket.destroy();
}

/** Route files in `dir` (same extension as this module: .ts under ts-node/jest, .js when compiled). */
export function loadRouteModules(dir: string): RouteModule[] {
	return loadNamedRouteModules(dir).map(({ module }) => module);
}

/**
 * "METHOD /template" of every route a route file handles (stateful routes); every other documented
 * operation answers its documented example.
 */
export function statefulRouteKeys(dir: string = join(__dirname, 'routes')): Set<string> {
	const keys = new Set<string>();
	const probe = {
		state: new SandboxState(),
		route: (method: string, template: string) => void keys.add(`${method} ${template}`),
		operation: () => undefined,
	} as unknown as RouteContext;
	for (const { module } of loadNamedRouteModules(dir)) module.register({} as FastifyInstance, probe);
	return keys;
}

/** Like {@link loadRouteModules}, with each module's file name (route owners are named in errors). */
export function loadNamedRouteModules(dir: string): { file: string; module: RouteModule }[] {
	const ext = extname(__filename);
	return readdirSync(dir)
		.filter((f) => f.endsWith(ext) && !f.endsWith(`.d${ext}`) && !f.includes('.test.'))
		.sort()
		.map((f) => ({ file: f, module: require(join(dir, f)) as RouteModule }))
		.filter(({ module }) => typeof module.register === 'function');
}

function exampleHandler(op: Operation): RouteHandler {
	return () =>
		op.example === undefined ? ok({}) : { status: 200, body: structuredClone(op.example) };
}

function splitUrl(url: string): { path: string; rawQuery: string } {
	const q = url.indexOf('?');
	return q < 0
		? { path: url, rawQuery: '' }
		: { path: url.slice(0, q), rawQuery: url.slice(q + 1) };
}

/** `/v3/sms/send` -> `/sms/send`; undefined when the path is outside /v3. */
function apiPath(path: string): string | undefined {
	if (path === API_PREFIX) return '/';
	return path.startsWith(`${API_PREFIX}/`) ? path.slice(API_PREFIX.length) : undefined;
}

/**
 * Apply a fault: wait `delayMs`, then reset the socket, or answer `status`/`body`. Returns the
 * true when the fault answered, false when normal handling continues (delay/headers only).
 */
async function applyFault(
	fault: Fault,
	request: FastifyRequest,
	reply: FastifyReply,
	signal: AbortSignal | undefined,
): Promise<boolean> {
	// Returns a boolean, not the reply: a FastifyReply is thenable, so awaiting it would resolve
	// to undefined and let the faulted request be handled (and stored) as well.
	if (fault.delayMs) await sleep(fault.delayMs, undefined, { signal });
	if (fault.reset) {
		reply.hijack();
		destroySocket(request.raw.socket);
		return true;
	}
	if (fault.status !== undefined || fault.body !== undefined) {
		const status = fault.status ?? 500;
		const body = fault.body === undefined ? failStatus(status).body : fault.body;
		sendReply(reply, { status, body, headers: fault.headers });
		return true;
	}
	if (fault.headers) reply.headers(fault.headers);
	// A new object: the recorded request keeps the query as sent.
	if (fault.serveQuery) (request as { query: unknown }).query = { ...(request.query as object), ...fault.serveQuery };
	return false;
}

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/** Build the Fastify app (not listening). Route files are loaded and merged with the spec here. */
export function buildServer(options: ServerOptions): FastifyInstance {
	const app = Fastify({
		logger: options.logger,
		bodyLimit: 50 * 1024 * 1024,
		forceCloseConnections: true,
	});
	installBodyParsers(app);

	const custom = new PathRouter<RouteHandler>();
	const spec = loadSpec();
	const owners = new Map<string, string>();
	for (const { file, module } of loadNamedRouteModules(options.routesDir ?? join(__dirname, 'routes'))) {
		const ctx: RouteContext = {
			state: options.state,
			route: (method, template, handler) => {
				const key = `${method} ${template}`;
				const owner = owners.get(key);
				if (owner) {
					throw new Error(
						`Sandbox route ${key} is registered by both routes/${owner} and routes/${file}: one route, one owner. ` +
							'Keep it in one file and export what the other file needs from it.',
					);
				}
				owners.set(key, file);
				custom.add(method, template, handler);
			},
			operation: (method, template) => spec.router.get(method, template),
		};
		module.register(app, ctx);
	}

	const routes = new PathRouter<ResolvedRoute>();
	for (const op of spec.operations) {
		routes.add(op.method, op.path, {
			handler: custom.get(op.method, op.path) ?? exampleHandler(op),
			op,
		});
	}
	for (const { method, template, value } of custom.entries()) {
		if (!routes.has(method, template)) routes.add(method, template, { handler: value });
	}

	const handle = async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
		const { path: fullPath, rawQuery } = splitUrl(request.url);
		const inApi = apiPath(fullPath);
		const path = inApi ?? fullPath;
		const method = request.method.toUpperCase();
		if (options.stats) options.stats.requests += 1;
		const credentials = parseBasicAuth(request.headers.authorization);
		const parsed = request.body;
		const body = parsed instanceof UnparsableBody ? parsed.raw : parsed;
		if (options.recordRequests) {
			options.requests.push({
				method,
				path,
				query: request.query as Record<string, string | string[]>,
				rawQuery,
				headers: request.headers,
				body,
				rawBody: rawBodies.get(request.raw) ?? '',
				username: credentials?.username,
				time: Date.now(),
			});
		}

		const fault = options.faults.take(method, path, request.query as Record<string, unknown>);
		if (fault) {
			if (await applyFault(fault, request, reply, options.signal)) return reply;
		}

		const auth = authenticate(options.state, credentials);
		if ('reply' in auth) return sendReply(reply, auth.reply);
		if (inApi === undefined) return sendReply(reply, failStatus(404));
		const routeMethod = (method === 'HEAD' ? 'GET' : method) as HttpMethod;
		const found = routes.lookup(routeMethod, path);
		if (found.kind === 'not-found') return sendReply(reply, failStatus(404));
		if (found.kind === 'method-not-allowed') {
			return sendReply(reply, { ...failStatus(405), headers: { allow: found.allowed.join(', ') } });
		}
		if (parsed instanceof UnparsableBody) {
			return sendReply(reply, fail(400, 'BAD_REQUEST', `Invalid JSON body: ${parsed.error}`));
		}
		const { handler, op } = found.value;
		if (op && BODY_METHODS.has(method)) {
			const validation = validateRequestBody(op, body);
			if (validation.missing.length > 0) return sendReply(reply, missingFields(validation.missing));
		}
		const result = await handler({
			method: routeMethod,
			path,
			template: found.template,
			params: found.params,
			query: request.query as Query,
			body,
			account: auth.account,
			state: options.state,
			op,
			url: `${request.protocol}://${request.headers.host ?? 'localhost'}${API_PREFIX}${path}`,
			now: Math.floor(Date.now() / 1000),
			request,
		});
		return sendReply(reply, result);
	};

	app.route({
		method: ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'],
		url: '/*',
		handler: handle,
	});
	app.setNotFoundHandler(handle);
	app.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
		if (reply.sent || reply.raw.headersSent) return;
		if (error.name === 'AbortError') {
			reply.hijack();
			destroySocket(request.raw.socket);
			return;
		}
		const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
		if (status >= 500) request.log.error(error);
		void sendReply(reply, fail(status, responseCodeFor(status), error.message));
	});
	return app;
}
