/**
 * ClickSend's response envelope `{http_code, response_code, response_msg, data}` and the
 * reply value every sandbox handler returns.
 */

/** Every ClickSend response body. */
export interface Envelope<T = unknown> {
	http_code: number;
	response_code: string;
	response_msg: string;
	data: T;
}

/** What a sandbox handler returns: HTTP status, JSON body (or raw string), optional headers. */
export interface SandboxReply {
	status: number;
	body: unknown;
	headers?: Record<string, string>;
}

/** HTTP status -> ClickSend `response_code` (from the spec's "Status Codes" table). */
export const STATUS_CODES: Readonly<Record<number, string>> = {
	200: 'SUCCESS',
	400: 'BAD_REQUEST',
	401: 'UNAUTHORIZED',
	403: 'FORBIDDEN',
	404: 'NOT_FOUND',
	405: 'NOT_FOUND',
	429: 'TOO_MANY_REQUESTS',
	500: 'INTERNAL_SERVER_ERROR',
};

/** Default `response_msg` per HTTP status (spec wording). */
export const STATUS_MESSAGES: Readonly<Record<number, string>> = {
	200: 'Request completed successfully.',
	400: 'The request was invalid or cannot be otherwise served.',
	401: 'Authentication credentials were missing or incorrect.',
	403: 'The request is understood, but it has been refused or access is not allowed.',
	404: 'The URI requested is invalid or the resource requested does not exists.',
	405: "Method doesn't exist or is not allowed.",
	429: 'Rate Limit Exceeded.',
	500: 'Something is broken.',
};

/** ClickSend application status codes and their documented descriptions (spec `info.description`). */
export const APPLICATION_CODES = {
	SUCCESS: 'Message added to queue OK.',
	MISSING_CREDENTIALS:
		'Not enough information has been supplied for authentication. Please ensure that your Username and Unique Key are supplied in your request.',
	ACCOUNT_NOT_ACTIVATED: 'Your account has not been activated.',
	INVALID_RECIPIENT: 'The destination mobile number is invalid.',
	THROTTLED:
		'Identical message body recently sent to the same recipient. Please try again in a few seconds.',
	INVALID_SENDER_ID:
		'Invalid Sender ID. Please ensure Sender ID is no longer than 11 characters (if alphanumeric), and contains no spaces.',
	INSUFFICIENT_CREDIT:
		'You have reached the end of your message credits. You will need to purchase more message credits.',
	INVALID_CREDENTIALS: 'Your Username or Unique Key is incorrect.',
	ALREADY_EXISTS: "The resource you're trying to add already exists.",
	EMPTY_MESSAGE: 'Message is empty.',
	TOO_MANY_RECIPIENTS: 'Too many recipients.',
	MISSING_REQUIRED_FIELDS: 'Some required fields are missing.',
	INVALID_SCHEDULE: 'The schedule specified is invalid. Use a unix timestamp e.g. 1429170372.',
	NOT_ENOUGH_PERMISSION_TO_LIST_ID: "Don't have enough privilege to access or send to a list_id.",
	INTERNAL_ERROR: 'Internal error.',
	INVALID_LANG: 'An invalid language option has been provided.',
	INVALID_VOICE: 'An invalid voice (gender) option has been provided.',
	SUBJECT_REQUIRED: 'Usually happens when MMS Subject is empty.',
	INVALID_MEDIA_FILE: 'Usually MMS media file is invalid file.',
	SOMETHING_IS_WRONG: 'Generic Error happened.',
} as const;

/** One of ClickSend's application status codes. */
export type ApplicationCode = keyof typeof APPLICATION_CODES;

/** `response_code` for an HTTP status: the documented one, else BAD_REQUEST (<500) / INTERNAL_SERVER_ERROR. */
export function responseCodeFor(status: number): string {
	return STATUS_CODES[status] ?? (status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR');
}

/** Build an envelope object. */
export function envelope<T>(status: number, code: string, msg: string, data: T): Envelope<T> {
	return { http_code: status, response_code: code, response_msg: msg, data };
}

/** 200 SUCCESS reply with `data`; `msg` defaults to ClickSend's "Here are your data.". */
export function ok<T>(data: T, msg = 'Here are your data.'): SandboxReply {
	return { status: 200, body: envelope(200, 'SUCCESS', msg, data) };
}

/** Error reply: HTTP `status`, `response_code` `code`, message `msg` (default: the code's description), `data` (default null). */
export function fail(
	status: number,
	code: string,
	msg?: string,
	data: unknown = null,
): SandboxReply {
	const text =
		msg ?? (APPLICATION_CODES as Record<string, string>)[code] ?? STATUS_MESSAGES[status] ?? code;
	return { status, body: envelope(status, code, text, data) };
}

/** Error reply using the documented `response_code` and message for an HTTP status. */
export function failStatus(status: number, msg?: string): SandboxReply {
	return fail(status, responseCodeFor(status), msg ?? STATUS_MESSAGES[status] ?? 'Error.');
}

/** 400 MISSING_REQUIRED_FIELDS naming the fields, e.g. "Some required fields are missing: to, body.". */
export function missingFields(fields: string[]): SandboxReply {
	return fail(
		400,
		'MISSING_REQUIRED_FIELDS',
		`Some required fields are missing: ${fields.join(', ')}.`,
		{
			missing_fields: fields,
		},
	);
}

/** 200 SUCCESS reply with `data` and the `response_msg` of the operation's documented example. */
export function okAsDocumented(op: { example?: unknown } | undefined, data: unknown): SandboxReply {
	const example = op?.example as Partial<Envelope> | undefined;
	return ok(data, typeof example?.response_msg === 'string' ? example.response_msg : undefined);
}
