/**
 * Stateful SMS routes (tag "SMS"): send, price, history, receipts, cancel.
 * Everything else under the SMS tag answers its documented example.
 */
import { randomUUID } from 'crypto';
import type { FastifyInstance } from 'fastify';
import {
	fail,
	missingFields,
	ok,
	okAsDocumented,
	type ApplicationCode,
	type SandboxReply,
} from '../envelope';
import {
	SMS_PRICE_PER_PART,
	carrierFor,
	checkRecipient,
	isInvalidSchedule,
	isValidSenderId,
	messageParts,
	parseSchedule,
	roundPrice,
} from '../messaging';
import { ReverseView, paginate, queryValue } from '../paginate';
import type { RouteCall, RouteContext } from '../server';
import {
	DELIVERED,
	type Contact,
	type SandboxAccount,
	type SandboxState,
	type SmsMessage,
} from '../state';

/** Most messages accepted by one /sms/send or /sms/price call. */
export const MAX_MESSAGES_PER_CALL = 1000;

/** One element of `messages` in a send/price body (values unvalidated). */
export interface SmsInput {
	to?: unknown;
	body?: unknown;
	from?: unknown;
	custom_string?: unknown;
	country?: unknown;
	schedule?: unknown;
	list_id?: unknown;
	source?: unknown;
	from_email?: unknown;
}

/** One recipient after list expansion and checks. */
export interface EvaluatedSms {
	status: ApplicationCode;
	to: string;
	from: string;
	body: string;
	custom_string: string;
	country: string;
	/** Unix seconds; undefined for immediate, NaN when unparsable. */
	schedule: number | undefined;
	/** The schedule as given, echoed back when it is invalid. */
	scheduleInput: unknown;
	message_parts: number;
	/** Price in account currency; 0 unless status is SUCCESS. */
	message_price: number;
	list_id: number | null;
	contact?: Contact;
	from_email: string | null;
	/** Network name ('' when unknown or the recipient is invalid). */
	carrier: string;
}

const text = (value: unknown): string =>
	value === undefined || value === null ? '' : String(value);

/** `{messages:[...]}` -> inputs, or an error reply (400 when absent/empty, TOO_MANY_RECIPIENTS over 1000). */
export function readMessages(body: unknown): SmsInput[] | SandboxReply {
	const messages = (body as { messages?: unknown } | undefined)?.messages;
	if (!Array.isArray(messages) || messages.length === 0) return missingFields(['messages']);
	if (messages.length > MAX_MESSAGES_PER_CALL) {
		return fail(
			400,
			'TOO_MANY_RECIPIENTS',
			`Too many recipients. Send up to ${MAX_MESSAGES_PER_CALL} messages per call.`,
		);
	}
	return messages.map((m) => (typeof m === 'object' && m !== null ? (m as SmsInput) : {}));
}

/**
 * Check every message (expanding `list_id` into one row per contact) in input order.
 * Statuses, first failing check wins: NOT_ENOUGH_PERMISSION_TO_LIST_ID, INVALID_RECIPIENT,
 * INVALID_SENDER_ID, EMPTY_MESSAGE, INVALID_SCHEDULE, then INSUFFICIENT_CREDIT when `noCredit`
 * is set (the `nocredit` account).
 */
export function evaluateMessages(
	state: SandboxState,
	inputs: SmsInput[],
	options: { now: number; noCredit: boolean },
): EvaluatedSms[] {
	const out: EvaluatedSms[] = [];
	for (const input of inputs) {
		const listId =
			input.list_id === undefined || input.list_id === null || input.list_id === ''
				? null
				: Number(input.list_id);
		const country = input.country === undefined ? undefined : text(input.country);
		if (listId === null) {
			out.push(evaluateOne(input, input.to, country, null, undefined, options));
			continue;
		}
		const list = state.contactLists.get(listId);
		if (!list) {
			const row = evaluateOne(input, input.to, country, listId, undefined, options);
			out.push({ ...row, status: 'NOT_ENOUGH_PERMISSION_TO_LIST_ID', message_price: 0 });
			continue;
		}
		for (const contact of list.contacts)
			out.push(evaluateOne(input, contact.phone_number, country, listId, contact, options));
	}
	return out;
}

function evaluateOne(
	input: SmsInput,
	rawTo: unknown,
	country: string | undefined,
	listId: number | null,
	contact: Contact | undefined,
	options: { now: number; noCredit: boolean },
): EvaluatedSms {
	const recipient = checkRecipient(rawTo, country);
	const body = text(input.body);
	const schedule = parseSchedule(input.schedule);
	const parts = messageParts(body);
	let status: ApplicationCode = 'SUCCESS';
	if (!recipient.valid) status = 'INVALID_RECIPIENT';
	else if (!isValidSenderId(input.from)) status = 'INVALID_SENDER_ID';
	else if (body.trim() === '') status = 'EMPTY_MESSAGE';
	else if (isInvalidSchedule(schedule, options.now)) status = 'INVALID_SCHEDULE';
	else if (options.noCredit) status = 'INSUFFICIENT_CREDIT';
	return {
		status,
		to: recipient.to,
		from: text(input.from),
		body,
		custom_string: text(input.custom_string),
		country: recipient.country,
		schedule,
		scheduleInput: input.schedule,
		message_parts: parts,
		message_price: status === 'SUCCESS' ? roundPrice(parts * SMS_PRICE_PER_PART) : 0,
		list_id: listId,
		contact,
		from_email:
			input.from_email === undefined || input.from_email === null ? null : text(input.from_email),
		carrier: recipient.valid ? carrierFor(recipient.country) : '',
	};
}

/** `schedule` as answered: the given time, `date` for immediate sends, the raw input when invalid. */
function scheduleOut(row: EvaluatedSms, date: number): unknown {
	if (row.schedule === undefined) return date;
	return Number.isNaN(row.schedule) ? row.scheduleInput : row.schedule;
}

function totals(rows: EvaluatedSms[]): {
	total_price: number;
	total_count: number;
	queued_count: number;
} {
	let price = 0;
	let queued = 0;
	for (const r of rows) {
		if (r.status !== 'SUCCESS') continue;
		queued += 1;
		price += r.message_price;
	}
	return { total_price: roundPrice(price), total_count: rows.length, queued_count: queued };
}

/** Stored SMS -> row of GET /sms/history (strings where the spec's example has strings). */
export function toHistoryRow(m: SmsMessage): Record<string, unknown> {
	const row: Record<string, unknown> = {
		_api_username: m._api_username,
		body: m.body,
		carrier: m.carrier,
		contact_id: m.contact_id,
		country: m.country,
		custom_string: m.custom_string,
		date: String(m.date),
		direction: m.direction,
		error_code: null,
		error_text: null,
		from: m.from,
		from_email: m.from_email,
		list_id: m.list_id,
		message_id: m.message_id,
		message_parts: m.message_parts.toFixed(2),
		message_price: m.message_price.toFixed(6),
		schedule: String(m.schedule),
		status: m.status,
		status_code: m.status_code,
		status_text: m.status_text,
		subaccount_id: m.subaccount_id,
		to: m.to,
		user_id: m.user_id,
	};
	if (m.first_name !== undefined) row.first_name = m.first_name;
	if (m.last_name !== undefined) row.last_name = m.last_name;
	return row;
}

/** Stored SMS -> delivery receipt (GET /sms/receipts rows; `_message_type` as in the list example). */
export function toReceipt(m: SmsMessage): Record<string, unknown> {
	return {
		_message_type: 'sms',
		custom_string: m.custom_string === '' ? null : m.custom_string,
		error_code: null,
		error_text: null,
		message_id: m.message_id,
		status_code: m.status_code,
		status_text: m.status_text ?? m.status,
		timestamp: String(m.date),
		timestamp_send: String(m.schedule),
	};
}

const DEFAULT_CURRENCY = {
	currency_name_long: 'US Dollars',
	currency_name_short: 'USD',
	currency_prefix_c: '¢',
	currency_prefix_d: '$',
};

function documentedCurrency(example: unknown): unknown {
	const data = (example as { data?: { currency?: unknown } } | undefined)?.data;
	return structuredClone(data?.currency ?? DEFAULT_CURRENCY);
}

/** The stored record for an accepted row: Scheduled when due later than `now`, else Sent (delivered). */
function toStoredSms(
	row: EvaluatedSms,
	messageId: string,
	account: SandboxAccount,
	now: number,
	due: number,
): SmsMessage {
	const scheduled = due > now;
	return {
		message_id: messageId,
		to: row.to,
		from: row.from,
		body: row.body,
		custom_string: row.custom_string,
		country: row.country,
		schedule: due,
		date: now,
		status: scheduled ? 'Scheduled' : 'Sent',
		status_code: scheduled ? null : DELIVERED.status_code,
		status_text: scheduled ? null : DELIVERED.status_text,
		message_parts: row.message_parts,
		message_price: row.message_price,
		list_id: row.list_id,
		contact_id: row.contact?.contact_id ?? 0,
		first_name: row.contact?.first_name,
		last_name: row.contact?.last_name,
		from_email: row.from_email,
		direction: 'out',
		user_id: account.user_id,
		subaccount_id: account.subaccount_id,
		carrier: row.carrier,
		_api_username: account.username,
	};
}

function send(call: RouteCall): SandboxReply {
	const inputs = readMessages(call.body);
	if (!Array.isArray(inputs)) return inputs;
	const { state, account, now } = call;
	const rows = evaluateMessages(state, inputs, { now, noCredit: account.kind === 'nocredit' });
	const messages = rows.map((row) => {
		const message_id = randomUUID().toUpperCase();
		const schedule = scheduleOut(row, now);
		if (row.status === 'SUCCESS') {
			state.addSms(
				toStoredSms(row, message_id, account, now, typeof schedule === 'number' ? schedule : now),
			);
		}
		return {
			body: row.body,
			carrier: row.carrier,
			country: row.country,
			custom_string: row.custom_string,
			date: now,
			direction: 'out',
			from: row.from,
			message_id,
			message_parts: row.message_parts,
			message_price: row.message_price,
			schedule,
			status: row.status,
			subaccount_id: account.subaccount_id,
			to: row.to,
			user_id: account.user_id,
		};
	});
	return okAsDocumented(call.op, {
		...totals(rows),
		messages,
		currency: documentedCurrency(call.op?.example),
	});
}

function price(call: RouteCall): SandboxReply {
	const inputs = readMessages(call.body);
	if (!Array.isArray(inputs)) return inputs;
	const rows = evaluateMessages(call.state, inputs, { now: call.now, noCredit: false });
	const messages = rows.map((row) => ({
		body: row.body,
		country: row.country,
		custom_string: row.custom_string,
		from: row.from,
		message_parts: row.message_parts,
		message_price: row.message_price.toFixed(4),
		schedule: scheduleOut(row, call.now),
		status: row.status,
		to: row.to,
	}));
	return okAsDocumented(call.op, { ...totals(rows), messages });
}

function optionalSeconds(call: RouteCall, name: string): number | undefined {
	const raw = queryValue(call.query, name);
	if (raw === undefined || raw.trim() === '') return undefined;
	const n = Number(raw);
	return Number.isFinite(n) ? n : undefined;
}

function history(call: RouteCall): SandboxReply {
	const rows = call.state.sortedSms(call.account.user_id, call.now);
	const [lo, hi] = call.state.dateRange(
		rows,
		optionalSeconds(call, 'date_from'),
		optionalSeconds(call, 'date_to'),
	);
	return okAsDocumented(
		call.op,
		paginate(new ReverseView(rows, lo, hi), call.query, call.url, toHistoryRow, {
			searchStored: true,
		}),
	);
}

function receipts(call: RouteCall): SandboxReply {
	const delivered = call.state
		.sortedSms(call.account.user_id, call.now)
		.filter((m) => m.status === 'Sent');
	return okAsDocumented(
		call.op,
		paginate(new ReverseView(delivered), call.query, call.url, toReceipt),
	);
}

/** The caller's own message `params.message_id`, if any. */
function ownMessage(call: RouteCall): SmsMessage | undefined {
	const message = call.state.smsById.get(call.params.message_id ?? '');
	return message && message.user_id === call.account.user_id ? message : undefined;
}

function messageNotFound(call: RouteCall): SandboxReply {
	return fail(404, 'NOT_FOUND', `Message ${call.params.message_id ?? ''} not found.`);
}

function receipt(call: RouteCall): SandboxReply {
	const message = ownMessage(call);
	if (!message) return messageNotFound(call);
	call.state.sortedSms(message.user_id, call.now);
	const { _message_type, ...rest } = toReceipt(message);
	return okAsDocumented(call.op, { ...rest, message_type: _message_type });
}

function cancel(call: RouteCall): SandboxReply {
	const message = ownMessage(call);
	if (!message) return messageNotFound(call);
	if (!call.state.cancelSms(message, call.now)) {
		return fail(
			400,
			'BAD_REQUEST',
			`Message ${message.message_id} is not scheduled and cannot be cancelled.`,
		);
	}
	return ok([], `Message ${message.message_id} has been cancelled.`);
}

function cancelAll(call: RouteCall): SandboxReply {
	const count = call.state.cancelAllSms(call.account.user_id, call.now);
	return ok({ count }, `${count} messages has been cancelled.`);
}

/** Register the SMS handlers. */
export function register(_app: FastifyInstance, ctx: RouteContext): void {
	ctx.route('POST', '/sms/send', send);
	ctx.route('POST', '/sms/price', price);
	ctx.route('GET', '/sms/history', history);
	ctx.route('GET', '/sms/receipts', receipts);
	ctx.route('GET', '/sms/receipts/{message_id}', receipt);
	ctx.route('PUT', '/sms/{message_id}/cancel', cancel);
	ctx.route('PUT', '/sms/cancel-all', cancelAll);
}
