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
	INVALID_MEDIA_FILE: 'Use a supported media file (JPG, GIF or PNG) under the size limit.',
	SOMETHING_IS_WRONG: 'ClickSend could not process the request; check the fields and try again.',
	TOO_MANY_REQUESTS: 'ClickSend rate limit reached: send fewer requests, e.g. batch messages (up to 1000 per call).',
	NOT_FOUND: 'The ID does not exist (or belongs to another account).',
	BAD_REQUEST: 'ClickSend rejected the request; check the fields of this operation.',
};

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

/**
 * Builds the NodeApiError for a non-2xx ClickSend answer.
 * Message: ClickSend's `response_msg` (or the HTTP status when the body is not an envelope).
 * Description: `response_code`, `http_code`, method and path, and the hint for the code.
 * `httpCode` is the HTTP status as a string; the envelope (never the request) is kept in `context.data`.
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
	const hint = code ? CLICKSEND_CODE_HINTS[code] : undefined;
	const description = [
		code ? `response_code: ${code}` : undefined,
		`http_code: ${envelope?.http_code ?? response.statusCode}`,
		`request: ${where}`,
		hint,
	]
		.filter(Boolean)
		.join(' · ');
	const error = new NodeApiError(node, (envelope ?? { message }) as JsonObject, {
		message,
		description,
		httpCode: String(response.statusCode),
		itemIndex,
	});
	if (envelope) error.context.data = envelope as IDataObject;
	error.context.responseCode = code;
	return error;
}
