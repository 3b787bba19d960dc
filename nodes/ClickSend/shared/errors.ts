import type { IDataObject, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

/**
 * ClickSend's application status codes (API docs, "Application Status Codes") with a hint on what
 * the user can do. Used for HTTP errors and for per-message `status` values of send endpoints.
 */
export const CLICKSEND_CODE_HINTS: Readonly<Record<string, string>> = {
	MISSING_CREDENTIALS: 'Set the ClickSend API credential: API username and API key.',
	INVALID_CREDENTIALS:
		'Check the API username and API key in the ClickSend API credential (Dashboard → Developers → API Credentials).',
	UNAUTHORIZED: 'Check the API username and API key in the ClickSend API credential.',
	ACCOUNT_NOT_ACTIVATED: 'Activate the ClickSend account (or the subaccount) before sending.',
	FORBIDDEN: 'The account is not allowed to do this; check the account status and subaccount permissions.',
	INVALID_RECIPIENT: 'Use a valid phone number, in E.164 (+61411111111) or local format with the Country set.',
	THROTTLED: 'The same message was just sent to this recipient; wait a few seconds before sending it again.',
	INVALID_SENDER_ID:
		'Use a sender ID of at most 11 letters and digits without spaces, a dedicated number, or leave it empty for the shared number.',
	INSUFFICIENT_CREDIT: 'Recharge the ClickSend account: it has run out of credit.',
	ALREADY_EXISTS: 'The resource already exists; update it instead of creating it.',
	EMPTY_MESSAGE: 'Give the message a body.',
	TOO_MANY_RECIPIENTS: 'Send at most 1000 messages per request (set the Batch Size option to 1000 or less).',
	MISSING_REQUIRED_FIELDS: 'Fill in every required field of this operation.',
	INVALID_SCHEDULE: 'Use a schedule time in the future (Unix seconds, or a date in the date picker).',
	NOT_ENOUGH_PERMISSION_TO_LIST_ID: 'Check the contact list ID: this account cannot access or send to that list.',
	INTERNAL_ERROR: 'ClickSend had an internal error; try again later.',
	INTERNAL_SERVER_ERROR: 'ClickSend had an internal error; try again later.',
	INVALID_LANG: 'Choose one of the voice languages ClickSend offers.',
	INVALID_VOICE: 'Choose Female or Male as the voice.',
	SUBJECT_REQUIRED: 'MMS messages need a subject (at most 20 characters).',
	INVALID_MEDIA_FILE: 'Use a supported media file (JPG or GIF as is; JPEG, PNG or BMP converted through an upload) of at most 250 kB.',
	SOMETHING_IS_WRONG: 'ClickSend could not process the request; check the fields and try again.',
	TOO_MANY_REQUESTS:
		'ClickSend rate limit reached: send fewer, larger requests (SMS/MMS/voice/fax sends: the Batching option, up to 1000 messages per call) or space them out (Settings → Request Options → Batching → Batch Interval).',
	NOT_FOUND: 'The ID does not exist (or belongs to another account).',
	BAD_REQUEST: 'ClickSend rejected the request; check the fields of this operation.',
	METHOD_NOT_ALLOWED: 'ClickSend does not offer this method on this path; please report it to the node maintainers.',
	BAD_GATEWAY:
		'A proxy or gateway between n8n and ClickSend failed (not ClickSend itself); try again later. A send may still have reached ClickSend: check the history first.',
};

/**
 * The hint for an HTTP status when ClickSend gave no (known) `response_code`, e.g. a proxy's
 * 502 page or an empty body: the documented status codes (API docs, "Status Codes").
 */
export function hintForStatus(status: number): string | undefined {
	if (status === 400) return CLICKSEND_CODE_HINTS.BAD_REQUEST;
	if (status === 401) return CLICKSEND_CODE_HINTS.UNAUTHORIZED;
	if (status === 403) return CLICKSEND_CODE_HINTS.FORBIDDEN;
	if (status === 404) return CLICKSEND_CODE_HINTS.NOT_FOUND;
	if (status === 405) return CLICKSEND_CODE_HINTS.METHOD_NOT_ALLOWED;
	if (status === 429) return CLICKSEND_CODE_HINTS.TOO_MANY_REQUESTS;
	if (status === 502 || status === 503 || status === 504) return CLICKSEND_CODE_HINTS.BAD_GATEWAY;
	if (status >= 500) return CLICKSEND_CODE_HINTS.INTERNAL_SERVER_ERROR;
	return undefined;
}

/** The hint for a ClickSend `response_code` (string or number), else for the HTTP status. */
export function hintFor(code: string | undefined, status?: number): string | undefined {
	const known = code ? CLICKSEND_CODE_HINTS[code.toUpperCase()] : undefined;
	return known ?? (status === undefined ? undefined : hintForStatus(status));
}

/** The envelope every ClickSend v3 response uses. `response_code` is usually a string, sometimes a number. */
export interface ClickSendEnvelope {
	http_code?: number | string;
	response_code?: string | number;
	response_msg?: string;
	data?: unknown;
}

/** Returns the envelope when `body` looks like one (a JSON object or a JSON string of one), else undefined. */
export function parseEnvelope(body: unknown): ClickSendEnvelope | undefined {
	let value = body;
	if (Buffer.isBuffer(value)) value = value.toString('utf8');
	if (typeof value === 'string') {
		try {
			value = JSON.parse(value);
		} catch {
			return undefined;
		}
	}
	if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
	const envelope = value as ClickSendEnvelope;
	if (envelope.response_code === undefined && envelope.response_msg === undefined && envelope.http_code === undefined) {
		return undefined;
	}
	return envelope;
}

/** A short, credential-free excerpt of a non-JSON body (proxy or gateway pages). */
function excerpt(body: unknown): string {
	if (body === undefined || body === null || body === '') return 'an empty body';
	const text = Buffer.isBuffer(body) ? body.toString('utf8') : typeof body === 'string' ? body : JSON.stringify(body);
	const plain = text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
	return `a body that is not ClickSend JSON: "${plain.slice(0, 160)}${plain.length > 160 ? '…' : ''}"`;
}

/** What the error says about the request that failed: method and path only (never query values or headers). */
export interface FailedRequest {
	method?: string;
	url?: string;
}

/** Removes scheme, host and query from a URL, so messages name the ClickSend path only. */
export function requestPath(url: string | undefined): string {
	if (!url) return '';
	return url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/\?.*$/, '');
}

/** Keys whose values are credentials; they never reach messages, outputs or error contexts. */
const SECRET_KEYS = new Set(['api_key', 'apikey', 'password', 'api_password', 'authorization']);

/**
 * A deep copy of `value` with credential values (e.g. a subaccount's `api_key`) replaced by
 * "[redacted]", for error contexts.
 */
export function withoutSecrets<T>(value: T): T {
	if (Array.isArray(value)) return value.map((entry) => withoutSecrets(entry)) as T;
	if (value === null || typeof value !== 'object') return value;
	const copy: IDataObject = {};
	for (const [key, entry] of Object.entries(value as IDataObject)) {
		copy[key] = SECRET_KEYS.has(key.toLowerCase()) && typeof entry === 'string' && entry !== '' ? '[redacted]' : withoutSecrets(entry);
	}
	return copy as T;
}

/**
 * Builds the NodeApiError for a non-2xx ClickSend answer (or a 2xx answer that is not ClickSend JSON).
 * Message: `ClickSend: <response_msg> [<response_code>]`, or, when the body is empty or not JSON
 * (a proxy's 502 page), the HTTP status and a short plain-text excerpt of the body.
 * Description: `response_code`, `http_code`, method and path, and the hint for the code (or for
 * the HTTP status when there is no known code). `response_code` may be a number.
 * `httpCode` is the HTTP status as a string; the envelope (credentials redacted, never the
 * request or its headers) is kept in `context.data`, the code in `context.responseCode`.
 */
export function clickSendApiError(
	node: INode,
	response: { statusCode: number; body: unknown },
	request: FailedRequest,
	itemIndex?: number,
): NodeApiError {
	const envelope = parseEnvelope(response.body);
	const code = envelope?.response_code !== undefined ? String(envelope.response_code) : undefined;
	const where = `${(request.method ?? 'GET').toUpperCase()} ${requestPath(request.url)}`;
	const message = envelope?.response_msg
		? `ClickSend: ${envelope.response_msg}${code ? ` [${code}]` : ''}`
		: `ClickSend answered HTTP ${response.statusCode} with ${excerpt(response.body)}`;
	const hint = hintFor(code, response.statusCode);
	const description = [
		code ? `response_code: ${code}` : undefined,
		`http_code: ${envelope?.http_code ?? response.statusCode}`,
		`request: ${where}`,
		hint,
	]
		.filter(Boolean)
		.join(' · ');
	const safeEnvelope = envelope ? withoutSecrets(envelope) : undefined;
	const error = new NodeApiError(node, (safeEnvelope ?? { message }) as JsonObject, {
		message,
		description,
		httpCode: String(response.statusCode),
		itemIndex,
	});
	// n8n replaces messages that mention a Node.js error code (ETIMEDOUT, …) with generic advice; keep ClickSend's.
	error.message = message;
	if (safeEnvelope) error.context.data = safeEnvelope as IDataObject;
	error.context.responseCode = code;
	return error;
}
