import type {
	ICredentialDataDecryptedObject,
	DeclarativeRestApiSettings,
	IDataObject,
	IExecuteFunctions,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHookFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	INode,
	INodeExecutionData,
	IPollFunctions,
	IWebhookFunctions,
	PreSendAction,
} from 'n8n-workflow';
import { deepCopy, NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';

import { clickSendApiError, parseEnvelope, requestPath, type ClickSendEnvelope } from './errors';
import { allItemsChecked } from './itemGate';
import { parseJsonBytes } from './jsonPieces';
import { earlierTries, recordSent, recordUncertain, resentWarning } from './retryLedger';
import { fieldLabel } from './fieldLabels';
import { flagOf, readIdText } from './text';

/** Name of the credential type every ClickSend request authenticates with. */
export const CREDENTIAL_TYPE = 'clickSendApi';

/** ClickSend's public API root; the credential's "API Base URL" overrides it (sandbox). */
export const DEFAULT_BASE_URL = 'https://rest.clicksend.com/v3';

/** Largest page ClickSend serves (`limit` is clamped to 15..100). */
export const MAX_PAGE_SIZE = 100;
/** Smallest page ClickSend serves; smaller Limits are honoured by trimming. */
export const MIN_PAGE_SIZE = 15;
/** Hard cap on pages one listing may fetch (1,000,000 rows at 100 per page). */
export const MAX_PAGES = 10_000;

/**
 * Pagination limits of {@link executeListRequest}. Mutable so tests can lower the cap; real runs
 * keep {@link MAX_PAGES}.
 */
export const PAGINATION_POLICY = {
	/** Most pages one listing fetches before failing with a clear error. */
	maxPages: MAX_PAGES,
};

/**
 * Retry policy of {@link clickSendRequest}: 429 TOO_MANY_REQUESTS (any method: ClickSend did not
 * accept the request), failed reads (GET: 5xx, reset connections) and connections that were never
 * established (any method: nothing was sent). Delays double from `baseDelayMs` per attempt;
 * ClickSend's `Retry-After` (seconds or an HTTP date; `0` = at once) replaces the backoff.
 * Mutable so tests can shorten delays; real runs keep these values.
 */
export const RETRY_POLICY = {
	/** Attempts in all, the first included. */
	maxAttempts: 5,
	/** First backoff in milliseconds; doubles per attempt. */
	baseDelayMs: 500,
	/** Longest single wait in milliseconds; a longer `Retry-After` ends the retries with an error. */
	maxDelayMs: 30_000,
	/** Longest total time spent waiting for one request, in milliseconds. */
	maxTotalDelayMs: 60_000,
};

/**
 * Request timeout in milliseconds when neither the request nor the node's Settings → Request
 * Options → Timeout sets one (n8n's own default for declarative nodes).
 */
export const DEFAULT_TIMEOUT_MS = 300_000;

type ClickSendContext =
	| IExecuteFunctions
	| IExecuteSingleFunctions
	| ILoadOptionsFunctions
	| IHookFunctions
	| IPollFunctions
	| IWebhookFunctions;

/** One ClickSend answer: the parsed envelope plus the raw HTTP response. */
export interface ClickSendResponse {
	envelope: ClickSendEnvelope;
	response: IN8nHttpFullResponse;
}

/**
 * A 2xx ClickSend answer whose JSON is parsed when `read()` is called (see
 * {@link clickSendRequestUnread}). `read()` returns the envelope, or throws the error
 * {@link clickSendRequest} throws for a 2xx answer that is not ClickSend JSON (a write's error says it
 * may have been applied: {@link mayHaveBeenApplied}).
 */
export interface UnreadClickSendResponse {
	response: IN8nHttpFullResponse;
	read(): ClickSendEnvelope;
}

/** The API base URL from the credential, without a trailing slash. */
export function baseUrlFromCredentials(credentials: IDataObject | undefined): string {
	const configured = String(credentials?.baseUrl ?? '').trim();
	return (configured || DEFAULT_BASE_URL).replace(/\/+$/, '');
}

/** `Retry-After` in milliseconds (seconds or an HTTP date), undefined when absent or unreadable. */
function retryAfterMs(headers: IDataObject | undefined): number | undefined {
	const raw = headers?.['retry-after'] ?? headers?.['Retry-After'];
	if (raw === undefined || raw === null || raw === '') return undefined;
	const seconds = Number(raw);
	if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
	const date = Date.parse(String(raw));
	return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function backoffMs(attempt: number): number {
	return Math.min(RETRY_POLICY.maxDelayMs, RETRY_POLICY.baseDelayMs * 2 ** (attempt - 1));
}

/**
 * The node's Settings → Request Options (`requestOptions`) as set, or resolved through n8n when one
 * of `keys` is an expression; `undefined` when the node has none (triggers) or `context` cannot say.
 */
function nodeRequestOptions(context: { getNode(): INode }, itemIndex?: number): { node?: INode; settings?: IDataObject } {
	let node: INode;
	try {
		// getNode() copies the node: read once per request.
		node = context.getNode();
	} catch {
		return {};
	}
	const settings = node.parameters?.requestOptions as IDataObject | undefined;
	if (!settings || !Object.values(settings).some((value) => typeof value === 'string' && value.startsWith('='))) return { node, settings };
	const read = (context as { getNodeParameter?: (...args: unknown[]) => unknown }).getNodeParameter;
	if (!read) return { node, settings };
	// IExecuteFunctions takes an item index; the single-item, lookup and trigger contexts do not.
	try {
		const resolved = ('getItemIndex' in context || !('getInputData' in context)
			? read.call(context, 'requestOptions', {})
			: read.call(context, 'requestOptions', itemIndex ?? 0, {})) as IDataObject;
		return { node, settings: resolved };
	} catch {
		// An expression that cannot be resolved here (e.g. one reading $json in a lookup of the editor) is left out.
		return { node, settings: Object.fromEntries(Object.entries(settings).filter(([, value]) => !(typeof value === 'string' && value.startsWith('=')))) };
	}
}

/**
 * Request Options → Timeout (ms) of resolved `settings` (the node's `requestOptions`), else
 * {@link DEFAULT_TIMEOUT_MS}: for requests n8n's RoutingNode does not make, which set no timeout of their own.
 */
export function settingsTimeoutMs(settings: IDataObject | undefined): number {
	const configured = Number(settings?.timeout);
	return configured > 0 ? configured : DEFAULT_TIMEOUT_MS;
}


/** Settings → Request Options → Proxy and Ignore SSL Issues as request options. */
export interface NetworkOptions {
	proxy?: IHttpRequestOptions['proxy'];
	skipSslCertificateValidation?: boolean;
}

/**
 * The node's Settings → Request Options → Proxy (`http://user:password@host:port`) and Ignore SSL
 * Issues (`allowUnauthorizedCerts`) as request options, as n8n's RoutingNode applies them to
 * declarative requests; `settings` is the resolved `requestOptions` parameter.
 * @throws NodeOperationError "The proxy is not valid" when the proxy URL has no host or port (as n8n).
 */
export function networkOptions(node: INode, settings: IDataObject | undefined): NetworkOptions {
	const options: NetworkOptions = {};
	const proxy = settings?.proxy;
	if (typeof proxy === 'string' && proxy.trim() !== '') {
		const text = proxy.trim();
		const invalid = (part: string) =>
			new NodeOperationError(node, 'The proxy is not valid', { description: `The proxy URL does not contain a valid value for "${part}"` });
		let url: URL;
		try {
			url = new URL(text);
		} catch {
			throw new NodeOperationError(node, 'The proxy is not valid', {
				description: `The proxy URL "${text.replace(/\/\/[^/?#]*@/, '//…@')}" cannot be read: write it as http://user:password@host:port (port 1-65535)`,
			});
		}
		// The port as written: URL leaves it out when it is the scheme's default (http://proxy:80).
		const port = /^[a-z][a-z\d+.-]*:\/\/(?:[^/?#]*@)?(?:\[[^\]]*\]|[^:/?#@]*):(\d+)/i.exec(text)?.[1];
		if (!url.hostname) throw invalid('host');
		if (!port) throw invalid('port');
		options.proxy = { host: url.hostname.replace(/^\[(.*)\]$/, '$1'), port: Number(port), protocol: url.protocol.replace(/:$/, '') || undefined };
		if (url.username) {
			try {
				options.proxy.auth = { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
			} catch {
				throw invalid('auth');
			}
		}
	}
	if (settings?.allowUnauthorizedCerts === true) options.skipSslCertificateValidation = true;
	return options;
}

/** Network error codes meaning the connection was never established: nothing reached ClickSend. */
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL']);

/** Words for network error codes, used in messages instead of the codes themselves. */
const NETWORK_CODE_WORDS: Readonly<Record<string, string>> = {
	ECONNRESET: 'connection reset',
	EPIPE: 'connection closed while sending',
	ECONNREFUSED: 'connection refused',
	ENOTFOUND: 'host not found',
	EAI_AGAIN: 'DNS lookup failed',
	EHOSTUNREACH: 'host unreachable',
	ENETUNREACH: 'network unreachable',
	EADDRNOTAVAIL: 'address not available',
	ECONNABORTED: 'connection aborted',
	ETIMEDOUT: 'timed out',
	DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed certificate',
	SELF_SIGNED_CERT_IN_CHAIN: 'self-signed certificate in the chain',
	CERT_HAS_EXPIRED: 'certificate expired',
	ERR_TLS_CERT_ALTNAME_INVALID: 'certificate for another host',
	UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'certificate issuer unknown',
	UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'certificate issuer unknown',
	EPROTO: 'TLS protocol error',
	ERR_SSL_WRONG_VERSION_NUMBER: 'TLS protocol error',
};

type NetworkFailure = 'notConnected' | 'insecure' | 'timeout' | 'interrupted';

/**
 * Certificate verification failures (OpenSSL's verify codes, Node's ERR_TLS_CERT_ALTNAME_INVALID and
 * handshake timeout): the secure connection was refused during the handshake, before any request data
 * went out (not retried: it would fail again). Other TLS errors (EPROTO, ERR_SSL_…) can also come after
 * the request was written, so they count as an interrupted connection.
 */
const INSECURE = /^(?:\w*CERT\w*|UNABLE_TO_\w+|INVALID_PURPOSE|INVALID_CA|PATH_LENGTH_EXCEEDED|HOSTNAME_MISMATCH|CRL_\w+|ERR_TLS_HANDSHAKE_TIMEOUT)$/;

/**
 * The Node.js network error code (ECONNRESET, …) of a failed request: `code`, else `cause.code`
 * (n8n 2.x wraps the request error as a NodeApiError's cause), else a NodeApiError `httpCode` that
 * is such a code (n8n 1.x drops the cause and keeps the code there only).
 */
function networkErrorCode(error: unknown): string | undefined {
	const candidate = error as { code?: unknown; cause?: { code?: unknown }; httpCode?: unknown } | undefined;
	const code = candidate?.code ?? candidate?.cause?.code;
	if (typeof code === 'string') return code;
	const httpCode = candidate instanceof NodeApiError ? candidate.httpCode : undefined;
	return typeof httpCode === 'string' && (/^E[A-Z_]{3,}$/.test(httpCode) || INSECURE.test(httpCode)) ? httpCode : undefined;
}

function networkFailure(error: unknown): NetworkFailure {
	const code = networkErrorCode(error) ?? '';
	const message = String((error as Error | undefined)?.message ?? '');
	if (NOT_CONNECTED.has(code)) return 'notConnected';
	if (INSECURE.test(code)) return 'insecure';
	if (code === 'ECONNABORTED' || code === 'ETIMEDOUT' || code === 'ESOCKETTIMEDOUT' || /timeout|timed out/i.test(message)) {
		return 'timeout';
	}
	return 'interrupted';
}

/** The messages of a send body: `messages`, or `recipients` (letters, postcards). */
function sentMessages(body: unknown): unknown {
	const object = body as IDataObject | undefined;
	return object?.messages ?? object?.recipients;
}

function customStrings(body: unknown): string[] {
	const messages = sentMessages(body);
	if (!Array.isArray(messages)) return [];
	return [...new Set(messages.map((m) => (m as IDataObject)?.custom_string).filter((s): s is string => typeof s === 'string' && s !== ''))];
}

/**
 * What names a message's recipient in "check the history" hints: its number (`to`), contact list,
 * email address(es) or postal name (`address_name`); nothing when it has none.
 */
export function recipientTexts(message: IDataObject | undefined): string[] {
	const value = message?.to ?? message?.list_id ?? message?.email ?? message?.address_name;
	if (value === undefined || value === null || value === '') return [];
	if (Array.isArray(value)) return value.map((recipient) => String((recipient as IDataObject)?.email ?? JSON.stringify(recipient)));
	return [typeof value === 'object' ? JSON.stringify(value) : String(value)];
}

function listed(values: string[]): string {
	return `${values.slice(0, 5).join(', ')}${values.length > 5 ? `, … (${values.length} in all)` : ''}`;
}

/**
 * What the user must know when a request failed after its body may have reached ClickSend:
 * it was not retried (nothing is sent twice) and how to look up what ClickSend did.
 */
function mayHaveReachedNote(request: IHttpRequestOptions, sentAt: number): string {
	const messages = sentMessages(request.body);
	const since = `${new Date(sentAt * 1000).toISOString()} (Unix ${sentAt})`;
	if (Array.isArray(messages) && messages.length > 0) {
		const refs = customStrings(request.body);
		const recipients = [...new Set(messages.flatMap((message) => recipientTexts(message as IDataObject)))];
		const lookup = refs.length ? `custom_string: ${listed(refs)}` : recipients.length ? `to: ${listed(recipients)}` : '';
		return `This request was not retried automatically: ClickSend may have queued ${messages.length === 1 ? 'the message' : `the ${messages.length} messages`}. Check the history (sent at or after ${since}${lookup ? `; ${lookup}` : ''}) before sending again.`;
	}
	return `This request was not retried automatically: ClickSend may have applied it (at ${since}). Check the result before running it again.`;
}

/** Errors of writes whose body may have reached ClickSend (5xx, interrupted connection, timeout). */
const uncertainWrites = new WeakSet<object>();

/**
 * Whether a failed write (POST/PUT/DELETE) may have been applied by ClickSend anyway: its body may
 * have arrived before the answer failed (5xx, interrupted connection, timeout, a 2xx answer that is
 * not ClickSend JSON). False for answers ClickSend gave (4xx, 429) and for connections that never opened.
 */
export function mayHaveBeenApplied(error: unknown): boolean {
	return typeof error === 'object' && error !== null && uncertainWrites.has(error);
}

/** Adds `text` to an error's description, after what it already says (` · ` between). */
export function appendDescription(error: NodeApiError | NodeOperationError, text: string) {
	error.description = error.description ? `${error.description} · ${text}` : text;
}

/** Adds to a bad item's error that no input item of the run was sent (all are checked first); returns it. */
export function noteNoItemSent<E extends NodeApiError | NodeOperationError>(error: E): E {
	appendDescription(error, 'No input item was sent: every item is checked before any is sent.');
	return error;
}

/**
 * Sends one request to ClickSend with the `clickSendApi` credential and returns the envelope.
 * - `options.url` is a path such as `/sms/send`; the base URL comes from the credential unless set.
 * - A timeout always applies: the request's own (n8n's RoutingNode sets it), else the node's Request
 *   Options → Timeout ({@link settingsTimeoutMs}), else {@link DEFAULT_TIMEOUT_MS}.
 * - 429 answers are retried for every method (ClickSend did not accept the request), honouring
 *   `Retry-After`, within {@link RETRY_POLICY}; then a NodeApiError suggesting batching.
 * - Reads (GET) are also retried after 5xx answers and interrupted connections; any method is
 *   retried when the connection could not be established (nothing was sent).
 * - A POST/PUT/DELETE whose body may have reached ClickSend (5xx, reset, timeout) is never sent
 *   twice: its error says so and names the `custom_string`s (or recipients) and time to look up.
 * - Any other non-2xx answer, and a 2xx answer that is not ClickSend JSON, throws the
 *   NodeApiError built by {@link clickSendApiError}.
 * - `credentials`: the credential's data when the caller has read it already (a batched send
 *   reads it once): n8n then does not read and decrypt it again for this request.
 */
export async function clickSendRequest(
	this: ClickSendContext,
	options: IHttpRequestOptions,
	itemIndex?: number,
	credentials?: ICredentialDataDecryptedObject,
): Promise<ClickSendResponse> {
	const { response, read } = await requestClickSend(this, options, itemIndex, credentials, false);
	return { envelope: read(), response };
}

/**
 * {@link clickSendRequest} (same retries and errors) that leaves a 2xx answer's bytes undecoded and
 * unparsed until `read()`: a batched send puts its next request on the wire before it reads this
 * answer (decoding ~340 kB and parsing 1000 message rows takes a few ms), so that work overlaps
 * ClickSend's handling of the next batch.
 * An answer that does not even look like a ClickSend envelope (a proxy page, `{}`, most cut-off
 * bodies) fails here, as in {@link clickSendRequest}.
 */
export async function clickSendRequestUnread(
	this: ClickSendContext,
	options: IHttpRequestOptions,
	itemIndex?: number,
	credentials?: ICredentialDataDecryptedObject,
): Promise<UnreadClickSendResponse> {
	return requestClickSend(this, options, itemIndex, credentials, true);
}

/**
 * Whether a request is safe to repeat: a read (GET), a price calculation (POST `…/price`: ClickSend
 * prices the messages and sends nothing) or a file upload (POST `/uploads`: ClickSend stores the file
 * and sends nothing; a second upload only stores it again). Such a request is retried on a 5xx and a
 * lost answer, and never reported as "may have been sent".
 */
function safeToRepeat(method: string, url: string): boolean {
	return method === 'GET' || /\/price\/?(?:\?|$)/.test(url) || /^\/?uploads\/?(?:\?|$)/.test(url);
}

/**
 * Whether an answer's bytes can be a ClickSend envelope: `{` … `}` around them (whitespace aside)
 * and an envelope key in them. Looks at the bytes only (no decoding: the batched send decodes and
 * parses an answer once its next request is on the wire).
 */
function looksLikeEnvelope(body: Buffer): boolean {
	// A UTF-8 byte order mark first: axios drops it from a text answer, so JSON after it still parses.
	let start = hasBom(body) ? 3 : 0;
	while (start < body.length && body[start] <= 32) start++;
	let end = body.length - 1;
	while (end > start && body[end] <= 32) end--;
	if (body[start] !== 123 || body[end] !== 125) return false;
	return body.includes('"http_code"') || body.includes('"response_code"') || body.includes('"response_msg"');
}

function hasBom(body: Buffer): boolean {
	return body.length >= 3 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf;
}

/** An answer's bytes as UTF-8 text, without a leading byte order mark (as axios decodes a text answer). */
function decodedText(body: Buffer): string {
	return body.toString('utf8', hasBom(body) ? 3 : 0);
}

/**
 * A deferred answer's JSON value, read from its bytes without a byte order mark ({@link parseJsonBytes}:
 * a large answer in pieces); undefined when it is not JSON.
 */
function parsedJson(body: Buffer): unknown {
	try {
		return parseJsonBytes(body, hasBom(body) ? 3 : 0);
	} catch {
		return undefined;
	}
}

/**
 * An answer's bytes as the other requests get their body from axios (no `encoding`): the text without
 * a byte order mark, parsed when it is JSON, '' when empty. Errors then read the same for a batched send
 * as for any other request ("an empty body", ClickSend's message after a BOM, …).
 */
function asAxiosBody(body: Buffer): IN8nHttpFullResponse['body'] {
	const text = decodedText(body);
	if (text === '') return text;
	try {
		return JSON.parse(text) as IN8nHttpFullResponse['body'];
	} catch {
		return text;
	}
}

async function requestClickSend(
	context: ClickSendContext,
	options: IHttpRequestOptions,
	itemIndex: number | undefined,
	credentials: ICredentialDataDecryptedObject | undefined,
	unread: boolean,
): Promise<UnreadClickSendResponse> {
	const method = (options.method ?? 'GET').toUpperCase() as IHttpRequestOptions['method'];
	const request: IHttpRequestOptions = {
		...options,
		method,
		json: true,
		ignoreHttpStatusErrors: true,
		returnFullResponse: true,
	};
	// The answer's bytes, decoded and parsed by read() (axios would decode and parse it as soon as it
	// arrives, before the next batch could go out).
	if (unread) request.encoding = 'arraybuffer';
	// Timeout, Proxy and Ignore SSL Issues: n8n's RoutingNode sets them on declarative requests (the
	// proxy key says so, see requestOptions); other requests get the node's, read once.
	const hasTimeout = typeof options.timeout === 'number' && options.timeout > 0;
	const routed = 'proxy' in options || 'skipSslCertificateValidation' in options;
	if (!hasTimeout || !routed) {
		const { node, settings } = nodeRequestOptions(context, itemIndex);
		if (!hasTimeout) request.timeout = settingsTimeoutMs(settings);
		if (!routed && node && settings) Object.assign(request, networkOptions(node, settings));
	}
	if (!request.baseURL && !/^https?:\/\//i.test(request.url)) {
		const credentials = await context.getCredentials(CREDENTIAL_TYPE);
		request.baseURL = baseUrlFromCredentials(credentials);
	}
	const repeatable = safeToRepeat(method ?? 'GET', request.url);
	const known = credentials && context.getNode().credentials?.[CREDENTIAL_TYPE];
	const credentialOptions = known ? { credentialsDecrypted: { id: known.id ?? '', name: known.name, type: CREDENTIAL_TYPE, data: credentials } } : undefined;
	let waited = 0;
	for (let attempt = 1; ; attempt++) {
		let response: IN8nHttpFullResponse;
		const sentAt = Math.floor(Date.now() / 1000);
		try {
			response = (await context.helpers.httpRequestWithAuthentication.call(
				context,
				CREDENTIAL_TYPE,
				request,
				credentialOptions,
			)) as IN8nHttpFullResponse;
		} catch (error) {
			// n8n's own errors (e.g. a domain the credential may not reach) are passed on as they are.
			const nodeError = error instanceof NodeApiError || error instanceof NodeOperationError ? error : undefined;
			if (nodeError && !networkErrorCode(nodeError)) throw nodeError;
			const failure = networkFailure(error);
			const retryable = failure === 'notConnected' || (repeatable && failure === 'interrupted');
			const delay = backoffMs(attempt);
			if (retryable && attempt < RETRY_POLICY.maxAttempts && waited + delay <= RETRY_POLICY.maxTotalDelayMs) {
				waited += delay;
				await sleep(delay);
				continue;
			}
			throw networkError(context, error as Error, failure, request, { itemIndex, attempt, sentAt });
		}
		const status = response.statusCode;
		// The bytes of a batched send's answer (encoding 'arraybuffer'): only a 2xx that looks like a ClickSend
		// envelope is read later; any other answer becomes what axios gives every other request, now.
		let deferred = false;
		if (unread && Buffer.isBuffer(response.body)) {
			deferred = status >= 200 && status < 300 && looksLikeEnvelope(response.body);
			if (!deferred) response.body = asAxiosBody(response.body);
		}
		if (status >= 200 && status < 300) {
			// A 2xx answer that is not ClickSend JSON: a write may have been applied all the same.
			const notClickSendJson = () => {
				const error = clickSendApiError(context.getNode(), { statusCode: status, body: response.body }, request, itemIndex);
				if (!repeatable) {
					appendDescription(error, mayHaveReachedNote(request, sentAt));
					uncertainWrites.add(error);
				}
				return error;
			};
			if (deferred) {
				const bytes = response.body as Buffer;
				return {
					response,
					read: () => {
						const envelope = parseEnvelope(parsedJson(bytes));
						if (!envelope) {
							response.body = asAxiosBody(bytes);
							throw notClickSendJson();
						}
						response.body = envelope;
						return envelope;
					},
				};
			}
			const envelope = parseEnvelope(response.body);
			if (!envelope) throw notClickSendJson();
			response.body = envelope;
			return { response, read: () => envelope };
		}
		const retryable = status === 429 || (repeatable && status >= 500);
		const hinted = status === 429 ? retryAfterMs(response.headers as IDataObject) : undefined;
		const delay = hinted ?? backoffMs(attempt);
		const fits = delay <= RETRY_POLICY.maxDelayMs && waited + delay <= RETRY_POLICY.maxTotalDelayMs;
		if (retryable && attempt < RETRY_POLICY.maxAttempts && fits) {
			waited += delay;
			await sleep(delay);
			continue;
		}
		const error = clickSendApiError(context.getNode(), { statusCode: status, body: response.body }, request, itemIndex);
		if (status === 429) {
			const why =
				hinted !== undefined && !fits
					? `ClickSend asked to wait ${Math.ceil(hinted / 1000)} s (Retry-After), longer than this node waits`
					: `gave up after ${attempt} attempt${attempt === 1 ? '' : 's'} (${(waited / 1000).toFixed(1)} s of backoff)`;
			appendDescription(error, `${why}. Nothing was sent by the refused attempts.`);
		} else if (retryable && attempt > 1) {
			appendDescription(error, `gave up after ${attempt} attempts`);
		}
		if (!repeatable && status >= 500) {
			appendDescription(error, mayHaveReachedNote(request, sentAt));
			uncertainWrites.add(error);
		}
		throw error;
	}
}

function networkError(
	context: ClickSendContext,
	error: Error,
	failure: NetworkFailure,
	request: IHttpRequestOptions,
	info: { itemIndex?: number; attempt: number; sentAt: number },
): NodeApiError {
	const method = request.method ?? 'GET';
	const where = `${method} ${requestPath(request.url)}`;
	const code = networkErrorCode(error);
	const seconds = ((request.timeout ?? DEFAULT_TIMEOUT_MS) / 1000).toString();
	// Plain words in the message: n8n swaps any message naming ECONNRESET & co. for generic advice
	// ("you can retry the request"), wrong for sends; the code goes to the description.
	const reason = code ? (NETWORK_CODE_WORDS[code] ?? code.toLowerCase()) : String(error.message ?? '').replace(/\bE[A-Z_]{3,}\b/g, '').trim();
	const message =
		failure === 'timeout'
			? `ClickSend did not answer within ${seconds} s (request timeout)`
			: failure === 'notConnected'
				? `Could not connect to ClickSend${reason ? ` (${reason})` : ''}`
				: failure === 'insecure'
					? `Could not set up a secure connection to ClickSend${reason ? ` (${reason})` : ''}`
					: `The connection to ClickSend was interrupted before it answered${reason ? ` (${reason})` : ''}`;
	const apiError = new NodeApiError(context.getNode(), { message, code: code ?? null }, {
		message,
		description: [`request: ${where}`, code ? `code: ${code}` : undefined, info.attempt > 1 ? `gave up after ${info.attempt} attempts` : undefined]
			.filter(Boolean)
			.join(' · '),
		itemIndex: info.itemIndex,
	});
	apiError.message = message;
	if (failure === 'timeout') {
		appendDescription(apiError, 'Raise the timeout in the node Settings → Request Options → Timeout if ClickSend is slow');
	}
	if (failure === 'notConnected') {
		appendDescription(apiError, 'Nothing was sent. Check the API Base URL of the credential and the network.');
	} else if (failure === 'insecure') {
		appendDescription(
			apiError,
			"Nothing was sent: the server's certificate or TLS setup was refused. Check the API Base URL and Settings → Request Options → Proxy, or turn on Ignore SSL Issues for a server you trust.",
		);
	} else if (!safeToRepeat(method, request.url)) {
		appendDescription(apiError, mayHaveReachedNote(request, info.sentAt));
		uncertainWrites.add(apiError);
	}
	return apiError;
}

/**
 * Request options built by a batched send ({@link markFieldsResolved}): only the fields that apply to
 * their item are set (n8n's RoutingNode sets both recipient fields when Send To is an expression).
 */
const FIELDS_RESOLVED = Symbol('fieldsResolved');

/** Marks request options whose fields were chosen per item (see {@link fieldsResolved}); a symbol key, cheap for 100,000s of items. */
export function markFieldsResolved(options: object): void {
	(options as { [FIELDS_RESOLVED]?: true })[FIELDS_RESOLVED] = true;
}

/** Whether only the fields that apply to the item were set on these request options (batched sends). */
export function fieldsResolved(options: object): boolean {
	return (options as { [FIELDS_RESOLVED]?: true })[FIELDS_RESOLVED] === true;
}

/** preSend hooks may throw; the error is kept here and reported by the executor as a linked error item. */
const deferredErrors = new WeakMap<object, Error>();

/** The error a {@link preSend} hook recorded for these request options, if any (batch sends read it per message). */
export function deferredError(options: object): Error | undefined {
	return deferredErrors.get(options);
}

/** Warnings preSend hooks recorded for request options (e.g. a message ClickSend will truncate). */
const requestWarningTexts = new WeakMap<object, string[]>();

/**
 * Records a warning for these request options (from a preSend hook). The request is still sent;
 * {@link executeRequest} adds the warnings as `warning` to the item's successful outputs.
 */
export function addRequestWarning(options: object, text: string): void {
	const list = requestWarningTexts.get(options) ?? [];
	if (!list.includes(text)) list.push(text);
	requestWarningTexts.set(options, list);
}

const NO_WARNINGS: readonly string[] = Object.freeze([]);

/** The warnings recorded for these request options ({@link addRequestWarning}); custom operations read them. */
export function requestWarnings(options: object): readonly string[] {
	return requestWarningTexts.get(options) ?? NO_WARNINGS;
}

/**
 * Wraps a preSend hook (validation or body shaping). A thrown error does not abort the node run
 * there: it is recorded and {@link executeRequest} turns it into this item's error (Continue On
 * Fail) or throws it, without any request being sent.
 */
export function preSend(hook: PreSendAction): PreSendAction {
	const wrapped = async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		if (deferredErrors.has(options)) return options; // an earlier hook already failed this item
		try {
			return await hook.call(this, options);
		} catch (error) {
			deferredErrors.set(options, error as Error);
			return options;
		}
	};
	wrappedHooks.add(wrapped);
	return wrapped;
}

/** Hooks made by {@link preSend}: they never reject, so every item n8n runs reaches the executor (itemGate.ts counts on it). */
const wrappedHooks = new WeakSet<PreSendAction>();

/** Whether a preSend hook was made by {@link preSend} (the node's description may hold no other). */
export function isWrappedPreSend(hook: unknown): boolean {
	return typeof hook === 'function' && wrappedHooks.has(hook as PreSendAction);
}

function asNodeError(context: IExecuteSingleFunctions, error: Error, itemIndex: number) {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		error.context.itemIndex = itemIndex;
		return error;
	}
	return new NodeOperationError(context.getNode(), error, { itemIndex });
}

/**
 * The n8n error item for a failed input item, linked by `pairedItem`. Its json holds only
 * `error` (the message), `message` (ClickSend's code, request and hint) and `details` (codes and,
 * for a refused message, the message's own fields), the shape n8n routes to a node's error
 * output, where n8n adds the input item's own data. On the regular output (Continue On Fail) the
 * input item's own data is added here instead.
 * With the error output the item also carries the error as a non-enumerable `error`: n8n 1.x
 * routes by `item.error` (its json check allows only `error` and `message`); the routed copy n8n
 * makes does not carry it, so n8n keeps this json instead of replacing it with `{ error }`.
 */
export function errorItem(
	context: IExecuteSingleFunctions,
	error: NodeApiError | NodeOperationError,
	details: IDataObject = {},
): INodeExecutionData {
	const itemIndex = context.getItemIndex();
	const json: IDataObject = {
		error: error.message,
		message: error.description ?? error.message,
		details: {
			...details,
			...(error instanceof NodeApiError && error.httpCode ? { http_code: Number(error.httpCode) || error.httpCode } : {}),
			...(error.context.responseCode ? { response_code: error.context.responseCode as string } : {}),
		},
	};
	const toErrorOutput = context.getNode().onError === 'continueErrorOutput';
	// A deep copy: a later node changing this item must not change the input item's data.
	const own = toErrorOutput ? {} : deepCopy(context.getInputData()?.json ?? {});
	const item: INodeExecutionData = { json: { ...own, ...json }, pairedItem: { item: itemIndex } };
	if (toErrorOutput) Object.defineProperty(item, 'error', { value: error, enumerable: false, writable: true, configurable: true });
	return item;
}

/**
 * Path parameters ClickSend numbers (integer IDs in its spec, from 1): anything but digits, or 0,
 * can only be answered "not found", so it is refused before the request.
 */
const NUMERIC_PATH_IDS = new Set([
	'listId',
	'toListId',
	'optOutListId',
	'contactId',
	'campaignId',
	'emailAddressId',
	'templateId',
	'masterTemplateId',
	'subaccountId',
	'ruleId',
	'returnAddressId',
	'clientUserId',
	'packageId',
	'categoryId',
]);

/**
 * Fills `{parameterName}` placeholders of a routing URL (e.g. `/lists/{listId}/contacts`) from
 * the node parameters of the same name (resource locators give their value): trimmed, without
 * invisible characters copied along, empty rejected, URL-encoded, so an ID can never change the path.
 * IDs ClickSend numbers ({@link NUMERIC_PATH_IDS}) must be digits, not 0.
 * @throws NodeOperationError naming the field when a value is empty, not text/number, or not such an ID.
 */
export function fillPathParameters(context: IExecuteSingleFunctions, url: string): string {
	return url.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (_match, name: string) => {
		const raw = context.getNodeParameter(name, undefined, { extractValue: true }) as unknown;
		// Read as every ID field is (nothing, a blank spreadsheet cell, is empty; a list is not one ID); path
		// parts that are not IDs (a dedicated number, a token, a subdomain) are values, not IDs to choose.
		const { id, problem } = readIdText(raw, NUMERIC_PATH_IDS.has(name) ? 'numbered' : /Id$/.test(name) ? 'id' : 'value');
		if (problem !== undefined) {
			throw new NodeOperationError(context.getNode(), `Invalid ${fieldLabel(context.getNode(), name)}: ${problem}`, { itemIndex: context.getItemIndex() });
		}
		return encodeURIComponent(id);
	});
}

function requestOptions(
	context: IExecuteSingleFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): IHttpRequestOptions {
	const options = { ...requestData.options } as IHttpRequestOptions;
	// n8n applied the node's Proxy and Ignore SSL Issues (if any): the key tells clickSendRequest not to read them again.
	if (!('proxy' in options)) options.proxy = undefined;
	if (options.url) options.url = fillPathParameters(context, options.url);
	if (options.qs) {
		// Send filters only when set: empty strings and undefined never reach ClickSend.
		options.qs = Object.fromEntries(
			Object.entries(options.qs).filter(([, value]) => value !== undefined && value !== null && value !== ''),
		);
	}
	// An empty body is not sent, unless work left for when every item is checked fills it (a file's URL).
	if (options.body && typeof options.body === 'object' && !Buffer.isBuffer(options.body) && Object.keys(options.body).length === 0 && !waitsForChecks(options.body)) {
		delete options.body;
	}
	return options;
}

async function runPostReceive(
	context: IExecuteSingleFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
	result: ClickSendResponse,
): Promise<INodeExecutionData[]> {
	let items: INodeExecutionData[] = [{ json: result.envelope as IDataObject }];
	const actions = requestData.postReceive.flatMap((entry) => entry.actions);
	if (actions.length === 0) {
		const data = result.envelope.data;
		return Array.isArray(data) ? data.map((json) => ({ json: json as IDataObject })) : [{ json: (data ?? {}) as IDataObject }];
	}
	const response = { ...result.response, body: result.envelope } as IN8nHttpFullResponse;
	for (const action of actions) {
		if (typeof action !== 'function') {
			throw new NodeOperationError(context.getNode(), `Unsupported postReceive action "${action.type}"`);
		}
		items = await action.call(context, items, response);
	}
	return items;
}

/**
 * The request executor of the ClickSend node, wired as its `requestOperations.pagination` and
 * enabled for every operation: it turns one input item's routed request into output items.
 * Runs deferred validation errors, {@link clickSendRequest}, the operation's postReceive hooks,
 * sets `pairedItem` on every output, and with Continue On Fail returns a linked error item
 * instead of throwing.
 */
export async function executeRequest(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	return await runForItem(
		this,
		requestData,
		() => requestOptions(this, requestData),
		async (options) => await runPostReceive(this, requestData, await clickSendRequest.call(this, options, this.getItemIndex())),
	);
}

/**
 * Return All / Limit of a list operation, read from the node parameters themselves (n8n's own
 * `maxResults` turns a Limit of 0 into "no limit"). The Limit must be a whole number from 1: an
 * expression giving 0, a negative number or text is an error, never a silent Return All.
 * @throws NodeOperationError naming the Limit and the value received.
 */
export function listLimit(context: IExecuteSingleFunctions): { returnAll: true; limit: undefined } | { returnAll: false; limit: number } {
	// Return All from an expression: true/false, 1/0 or their texts (a spreadsheet's "TRUE"); anything else fails.
	const returnAllValue = context.getNodeParameter('returnAll', false) as unknown;
	const returnAll = flagOf(returnAllValue);
	if (returnAll === undefined) {
		throw new NodeOperationError(context.getNode(), `Invalid Return All: must be true or false, got ${JSON.stringify(returnAllValue) ?? String(returnAllValue)}`, {
			itemIndex: context.getItemIndex(),
		});
	}
	if (returnAll) return { returnAll: true, limit: undefined };
	const raw = context.getNodeParameter('limit', 50) as unknown;
	const limit = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
	if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) {
		throw new NodeOperationError(context.getNode(), `Invalid Limit: must be a whole number of at least 1, got ${JSON.stringify(raw) ?? String(raw)}`, {
			description: 'Set Return All to fetch every row.',
			itemIndex: context.getItemIndex(),
		});
	}
	return { returnAll: false, limit };
}

/**
 * The executor for list operations (wired by the Return All field): pages through ClickSend's
 * `page`/`limit` pagination keeping every filter, and outputs one item per row of `data.data`.
 * Return All fetches 100 rows per page until `last_page`; otherwise Limit rows (pages of
 * max(15, min(Limit, 100)), trimmed to Limit). Every page uses {@link clickSendRequest}'s retry
 * policy. Stops on the last page and on an empty page; fails with a clear error on a page that
 * repeats an earlier one and after {@link PAGINATION_POLICY}.maxPages pages, so it never loops.
 */
export async function executeListRequest(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	return await runForItem(
		this,
		requestData,
		() => ({ ...listLimit(this), base: requestOptions(this, requestData) }),
		async ({ returnAll, limit, base }) => {
			const pageSize = returnAll ? MAX_PAGE_SIZE : Math.max(MIN_PAGE_SIZE, Math.min(MAX_PAGE_SIZE, limit));
			const rows: IDataObject[] = [];
			const seen = new Map<string, number>();
			for (let page = 1; ; page++) {
				if (page > PAGINATION_POLICY.maxPages) {
					throw new NodeOperationError(this.getNode(), `Stopped after ${PAGINATION_POLICY.maxPages} pages of ${pageSize} rows (${rows.length} rows read)`, {
						description: `The listing of ${requestPath(base.url)} did not end. Narrow it with filters (date range, search), or use Limit instead of Return All.`,
						itemIndex: this.getItemIndex(),
					});
				}
				const { envelope } = await clickSendRequest.call(
					this,
					{ ...base, qs: { ...base.qs, page, limit: pageSize } },
					this.getItemIndex(),
				);
				const data = envelope.data as IDataObject | IDataObject[] | null | undefined;
				if (Array.isArray(data)) {
					rows.push(...data); // not paginated by ClickSend: one answer holds every row
					break;
				}
				const pageRows = Array.isArray(data?.data) ? (data.data as IDataObject[]) : [];
				if (pageRows.length === 0) break;
				// A page whose rows equal an earlier page's means ClickSend (or a proxy) ignores `page`: stop, never loop.
				const fingerprint = `${pageRows.length}|${JSON.stringify(pageRows[0])}|${JSON.stringify(pageRows[pageRows.length - 1])}`;
				const earlier = seen.get(fingerprint);
				if (earlier !== undefined) {
					throw new NodeOperationError(this.getNode(), `ClickSend returned the same rows for page ${page} as for page ${earlier}`, {
						description: `Stopped paginating ${requestPath(base.url)} to avoid an endless loop after ${rows.length} rows; try again later or narrow the listing with filters.`,
						itemIndex: this.getItemIndex(),
					});
				}
				seen.set(fingerprint, page);
				rows.push(...pageRows);
				if (!returnAll && rows.length >= (limit as number)) break;
				const lastPage = Number(data?.last_page);
				if (Number.isFinite(lastPage) ? page >= lastPage : !data?.next_page_url) break;
			}
			const kept = returnAll ? rows : rows.slice(0, limit);
			return kept.map((json) => ({ json }));
		},
	);
}

/** Keys whose values are credentials; they never reach output items. */
const SECRET_KEYS = new Set(['api_key', 'apikey', 'password', 'api_password']);

/**
 * The secret the ClickSend Trigger adds to the URL its automation rule pushes to (`n8n_secret`,
 * the only thing that tells ClickSend's pushes from forged ones), as it appears in a rule's `action_address`.
 */
const WEBHOOK_SECRET = /([?&]n8n_secret=)[^&#\s]+/g;

/**
 * Replaces credential values (e.g. a subaccount's `api_key`) anywhere in `value` with "[redacted]",
 * and the ClickSend Trigger's webhook secret in an automation rule's `action_address`.
 */
export function redactSecrets<T>(value: T): T {
	if (Array.isArray(value)) {
		for (const entry of value) redactSecrets(entry);
	} else if (value !== null && typeof value === 'object') {
		const object = value as IDataObject;
		for (const key of Object.keys(object)) {
			if (SECRET_KEYS.has(key.toLowerCase()) && typeof object[key] === 'string' && object[key] !== '') object[key] = '[redacted]';
			else if (key === 'action_address' && typeof object[key] === 'string') object[key] = (object[key] as string).replace(WEBHOOK_SECRET, '$1[redacted]');
			else if (object[key] !== null && typeof object[key] === 'object') redactSecrets(object[key]);
		}
	}
	return value;
}

/** Work a checked request body waits for (a Binary File's upload): run once every item of the run is checked. */
const checkedWork = new WeakMap<object, Array<() => Promise<void>>>();

/**
 * Leaves `work` (requests that complete a checked request `body`, such as a file upload putting
 * its URL in) until every item of the run is checked: {@link runWhenChecked} runs it, so that a
 * later item's bad input leaves no request made for an earlier one.
 */
export function whenChecked(body: object, work: () => Promise<void>): void {
	const list = checkedWork.get(body) ?? [];
	list.push(work);
	checkedWork.set(body, list);
}

/** Whether {@link whenChecked} left work on a request body (checked without a promise: batched sends ask per item). */
export function waitsForChecks(body: unknown): boolean {
	return body !== null && typeof body === 'object' && checkedWork.has(body);
}

/**
 * Runs, in order, the work {@link whenChecked} left on a request body (nothing for a body without
 * any): called by the request executor and the batched send once every item is checked.
 * @throws whatever the work throws (an upload's NodeApiError, say).
 */
export async function runWhenChecked(body: unknown): Promise<void> {
	if (body === null || typeof body !== 'object') return;
	const list = checkedWork.get(body);
	if (list === undefined) return;
	checkedWork.delete(body);
	for (const work of list) await work();
}

async function runForItem<T>(
	context: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
	prepare: () => T,
	run: (prepared: T) => Promise<INodeExecutionData[]>,
): Promise<INodeExecutionData[]> {
	const itemIndex = context.getItemIndex();
	// The input item object: the same on a retry (Retry On Fail), a new one on every call of the node as an AI tool.
	const input = context.getInputData();
	try {
		// The item's own checks: its preSend hooks' (deferred), then its path IDs and Limit.
		let failure = deferredErrors.get(requestData.options);
		let prepared: T | undefined;
		if (!failure) {
			try {
				prepared = prepare();
			} catch (error) {
				failure = error as Error;
			}
		}
		// Without Continue On Fail no item is sent until every item of the run is checked (itemGate.ts).
		const held = await allItemsChecked(context, failure !== undefined);
		if (failure) {
			if (!held) throw failure;
			throw noteNoItemSent(asNodeError(context, failure, itemIndex));
		}
		// Another item's bad input fails the run (n8n reports that item's error): this one is not sent;
		// nor is any item of a run cancelled while it was held.
		if (held || context.getExecutionCancelSignal?.()?.aborted) return [];
		// Sent by an earlier try of this node run: its outputs again, not a second request; sent again,
		// with a warning, when that try's request may have reached ClickSend.
		const earlier = earlierTries(context)(itemIndex, input);
		if (earlier && 'outputs' in earlier) return earlier.outputs;
		await runWhenChecked(requestData.options.body);
		const items = await run(prepared as T);
		const warnings = earlier ? [...requestWarnings(requestData.options), resentWarning(earlier.uncertain)] : requestWarnings(requestData.options);
		for (const item of items) {
			item.pairedItem ??= { item: itemIndex };
			redactSecrets(item.json);
			if (warnings.length > 0 && item.json.error === undefined) item.json.warning = warnings.join(' · ');
		}
		recordSent(context, itemIndex, input, items);
		return items;
	} catch (error) {
		const nodeError = asNodeError(context, error as Error, itemIndex);
		if (mayHaveBeenApplied(error) || mayHaveBeenApplied(nodeError)) recordUncertain(context, itemIndex, input, nodeError.message);
		if (context.continueOnFail()) {
			return [errorItem(context, nodeError)];
		}
		throw nodeError;
	}
}
