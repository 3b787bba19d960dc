import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecuteFunctions,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHookFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	IPollFunctions,
	IWebhookFunctions,
	PreSendAction,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';

import { clickSendApiError, parseEnvelope, requestPath, type ClickSendEnvelope } from './errors';

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

/** Retry policy for 429 TOO_MANY_REQUESTS (any method) and for failed reads (GET only). */
export const RETRY_POLICY = {
	/** Attempts in all, the first included. */
	maxAttempts: 5,
	/** First backoff in milliseconds; doubles per attempt. */
	baseDelayMs: 500,
	/** Longest single wait, also the cap for `Retry-After`, in milliseconds. */
	maxDelayMs: 30_000,
	/** Longest total time spent waiting for one request, in milliseconds. */
	maxTotalDelayMs: 60_000,
};

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

/** The API base URL from the credential, without a trailing slash. */
export function baseUrlFromCredentials(credentials: IDataObject | undefined): string {
	const configured = String(credentials?.baseUrl ?? '').trim();
	return (configured || DEFAULT_BASE_URL).replace(/\/+$/, '');
}

function retryAfterMs(headers: IDataObject | undefined): number | undefined {
	const raw = headers?.['retry-after'] ?? headers?.['Retry-After'];
	if (raw === undefined || raw === null || raw === '') return undefined;
	const seconds = Number(raw);
	if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
	const date = Date.parse(String(raw));
	return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function customStrings(body: unknown): string[] {
	const messages = (body as IDataObject | undefined)?.messages;
	if (!Array.isArray(messages)) return [];
	return [...new Set(messages.map((m) => (m as IDataObject)?.custom_string).filter((s): s is string => typeof s === 'string' && s !== ''))];
}

/**
 * Sends one request to ClickSend with the `clickSendApi` credential and returns the envelope.
 * - `options.url` is a path such as `/sms/send`; the base URL comes from the credential unless set.
 * - 429 answers are retried for every method (ClickSend did not accept the request), honouring
 *   `Retry-After`, within {@link RETRY_POLICY}; then a NodeApiError suggesting batching.
 * - Network failures and 5xx are retried for GET only: a POST/PUT/DELETE may already have reached
 *   ClickSend, so it is never sent twice; its error says so and names the `custom_string`s to look up.
 * - Any other non-2xx answer throws the NodeApiError built by {@link clickSendApiError}.
 */
export async function clickSendRequest(
	this: ClickSendContext,
	options: IHttpRequestOptions,
	itemIndex?: number,
): Promise<ClickSendResponse> {
	const method = (options.method ?? 'GET').toUpperCase() as IHttpRequestOptions['method'];
	const request: IHttpRequestOptions = {
		...options,
		method,
		json: true,
		ignoreHttpStatusErrors: true,
		returnFullResponse: true,
	};
	if (!request.baseURL && !/^https?:\/\//i.test(request.url)) {
		const credentials = await this.getCredentials(CREDENTIAL_TYPE);
		request.baseURL = baseUrlFromCredentials(credentials);
	}
	const isRead = method === 'GET';
	let waited = 0;
	for (let attempt = 1; ; attempt++) {
		let response: IN8nHttpFullResponse;
		try {
			response = (await this.helpers.httpRequestWithAuthentication.call(
				this,
				CREDENTIAL_TYPE,
				request,
			)) as IN8nHttpFullResponse;
		} catch (error) {
			const delay = Math.min(RETRY_POLICY.maxDelayMs, RETRY_POLICY.baseDelayMs * 2 ** (attempt - 1));
			if (isRead && attempt < RETRY_POLICY.maxAttempts && waited + delay <= RETRY_POLICY.maxTotalDelayMs) {
				waited += delay;
				await sleep(delay);
				continue;
			}
			throw networkError(this, error as Error, method, request, itemIndex);
		}
		const status = response.statusCode;
		if (status >= 200 && status < 300) {
			const envelope = parseEnvelope(response.body);
			if (!envelope) {
				throw clickSendApiError(this.getNode(), { statusCode: status, body: response.body }, request, itemIndex);
			}
			return { envelope, response };
		}
		const retryable = status === 429 || (isRead && status >= 500);
		if (retryable && attempt < RETRY_POLICY.maxAttempts) {
			const backoff = Math.min(RETRY_POLICY.maxDelayMs, RETRY_POLICY.baseDelayMs * 2 ** (attempt - 1));
			const hinted = status === 429 ? retryAfterMs(response.headers as IDataObject) : undefined;
			const delay = Math.min(RETRY_POLICY.maxDelayMs, hinted ?? backoff);
			if (waited + delay <= RETRY_POLICY.maxTotalDelayMs) {
				waited += delay;
				await sleep(delay);
				continue;
			}
		}
		const error = clickSendApiError(this.getNode(), { statusCode: status, body: response.body }, request, itemIndex);
		if (status === 429) {
			error.description = `${error.description ?? ''} · gave up after ${attempt} attempts (${Math.round(waited / 1000)} s of backoff)`;
		}
		if (!isRead && status >= 500) {
			addMayBeQueued(error, request);
		}
		throw error;
	}
}

function addMayBeQueued(error: NodeApiError, request: IHttpRequestOptions) {
	const refs = customStrings(request.body);
	error.description = `${error.description ?? ''} · This request was not retried automatically: ClickSend may have queued it. Check the history before sending again${
		refs.length ? ` (custom_string: ${refs.slice(0, 5).join(', ')}${refs.length > 5 ? ', …' : ''})` : ''
	}.`;
}

function networkError(
	context: ClickSendContext,
	error: Error & { code?: string },
	method: string | undefined,
	request: IHttpRequestOptions,
	itemIndex?: number,
): NodeApiError {
	const where = `${method} ${requestPath(request.url)}`;
	const reason = error.code ?? error.message;
	const apiError = new NodeApiError(context.getNode(), { message: reason, code: error.code ?? null }, {
		message: `ClickSend could not be reached: ${reason}`,
		description: `request: ${where}`,
		itemIndex,
	});
	if (method !== 'GET') addMayBeQueued(apiError, request);
	return apiError;
}

/** preSend hooks may throw; the error is kept here and reported by the executor as a linked error item. */
const deferredErrors = new WeakMap<object, Error>();

/**
 * Wraps a preSend hook (validation or body shaping). A thrown error does not abort the node run
 * there: it is recorded and {@link executeRequest} turns it into this item's error (Continue On
 * Fail) or throws it, without any request being sent.
 */
export function preSend(hook: PreSendAction): PreSendAction {
	return async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		if (deferredErrors.has(options)) return options; // an earlier hook already failed this item
		try {
			return await hook.call(this, options);
		} catch (error) {
			deferredErrors.set(options, error as Error);
			return options;
		}
	};
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
	const own = context.getNode().onError === 'continueErrorOutput' ? {} : context.getInputData()?.json ?? {};
	return { json: { ...own, ...json }, pairedItem: { item: itemIndex } };
}

/** "listId" → "List ID": how a path parameter is named in errors. */
function fieldLabel(name: string): string {
	const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').split(/[\s_]+/);
	return words.map((w) => (w.toLowerCase() === 'id' ? 'ID' : w.charAt(0).toUpperCase() + w.slice(1))).join(' ');
}

/**
 * Fills `{parameterName}` placeholders of a routing URL (e.g. `/lists/{listId}/contacts`) from
 * the node parameters of the same name (resource locators give their value): trimmed, empty
 * rejected, URL-encoded, so an ID can never change the path.
 * @throws NodeOperationError naming the field when a value is empty or not text/number.
 */
export function fillPathParameters(context: IExecuteSingleFunctions, url: string): string {
	return url.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (_match, name: string) => {
		const raw = context.getNodeParameter(name, undefined, { extractValue: true }) as unknown;
		const value = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : undefined;
		if (!value) {
			throw new NodeOperationError(
				context.getNode(),
				`Invalid ${fieldLabel(name)}: ${value === '' ? 'is empty' : `must be an ID (text or number), got ${Array.isArray(raw) ? 'a list' : typeof raw}`}`,
				{ itemIndex: context.getItemIndex() },
			);
		}
		return encodeURIComponent(value);
	});
}

function requestOptions(
	context: IExecuteSingleFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): IHttpRequestOptions {
	const options = { ...requestData.options } as IHttpRequestOptions;
	if (options.url) options.url = fillPathParameters(context, options.url);
	if (options.qs) {
		// Send filters only when set: empty strings and undefined never reach ClickSend.
		options.qs = Object.fromEntries(
			Object.entries(options.qs).filter(([, value]) => value !== undefined && value !== null && value !== ''),
		);
	}
	if (options.body && typeof options.body === 'object' && !Buffer.isBuffer(options.body) && Object.keys(options.body).length === 0) {
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
	return await runForItem(this, requestData, async () => {
		const result = await clickSendRequest.call(this, requestOptions(this, requestData), this.getItemIndex());
		return await runPostReceive(this, requestData, result);
	});
}

/**
 * The executor for list operations (wired by the Return All field): pages through ClickSend's
 * `page`/`limit` pagination keeping every filter, and outputs one item per row of `data.data`.
 * Return All fetches 100 rows per page until `last_page`; otherwise Limit rows (pages of
 * max(15, min(Limit, 100)), trimmed to Limit). Stops on the last page, on an empty page and on
 * a repeated page (error), and after {@link MAX_PAGES} pages (error).
 */
export async function executeListRequest(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	return await runForItem(this, requestData, async () => {
		const limit = requestData.maxResults === undefined ? undefined : Number(requestData.maxResults);
		const returnAll = limit === undefined || !Number.isFinite(limit);
		const pageSize = returnAll ? MAX_PAGE_SIZE : Math.max(MIN_PAGE_SIZE, Math.min(MAX_PAGE_SIZE, Math.ceil(limit)));
		const base = requestOptions(this, requestData);
		const rows: IDataObject[] = [];
		let previousFingerprint: string | undefined;
		for (let page = 1; ; page++) {
			if (page > MAX_PAGES) {
				throw new NodeOperationError(this.getNode(), `Stopped after ${MAX_PAGES} pages of ${pageSize} rows`, {
					description: 'Narrow the listing with filters (date range, search), or use Limit instead of Return All.',
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
			const fingerprint = `${data?.current_page ?? ''}|${JSON.stringify(pageRows[0] ?? null)}|${JSON.stringify(pageRows[pageRows.length - 1] ?? null)}`;
			if (pageRows.length > 0 && fingerprint === previousFingerprint) {
				throw new NodeOperationError(this.getNode(), `ClickSend returned the same page twice (page ${page})`, {
					description: `Stopped paginating ${requestPath(base.url)} to avoid an endless loop; ${rows.length} rows were read.`,
					itemIndex: this.getItemIndex(),
				});
			}
			previousFingerprint = fingerprint;
			rows.push(...pageRows);
			if (!returnAll && rows.length >= (limit as number)) break;
			if (pageRows.length === 0) break;
			const lastPage = Number(data?.last_page);
			if (Number.isFinite(lastPage) ? page >= lastPage : !data?.next_page_url) break;
		}
		const kept = returnAll ? rows : rows.slice(0, limit);
		return kept.map((json) => ({ json }));
	});
}

/** Keys whose values are credentials; they never reach output items. */
const SECRET_KEYS = new Set(['api_key', 'apikey', 'password', 'api_password']);

/** Replaces credential values (e.g. a subaccount's `api_key`) anywhere in `value` with "[redacted]". */
export function redactSecrets<T>(value: T): T {
	if (Array.isArray(value)) {
		for (const entry of value) redactSecrets(entry);
	} else if (value !== null && typeof value === 'object') {
		const object = value as IDataObject;
		for (const key of Object.keys(object)) {
			if (SECRET_KEYS.has(key.toLowerCase()) && typeof object[key] === 'string' && object[key] !== '') object[key] = '[redacted]';
			else if (object[key] !== null && typeof object[key] === 'object') redactSecrets(object[key]);
		}
	}
	return value;
}

async function runForItem(
	context: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
	run: () => Promise<INodeExecutionData[]>,
): Promise<INodeExecutionData[]> {
	const itemIndex = context.getItemIndex();
	try {
		const deferred = deferredErrors.get(requestData.options);
		if (deferred) throw deferred;
		const items = await run();
		for (const item of items) {
			item.pairedItem ??= { item: itemIndex };
			redactSecrets(item.json);
		}
		return items;
	} catch (error) {
		const nodeError = asNodeError(context, error as Error, itemIndex);
		if (context.continueOnFail()) {
			return [errorItem(context, nodeError)];
		}
		throw nodeError;
	}
}
