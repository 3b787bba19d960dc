/**
 * Stateful SMS routes (tag "SMS"): send, price, history, receipts (list, get, add test, mark
 * read), inbound SMS (list unread, get reply, add test, mark read), cancel.
 * Everything else under the SMS tag (history export) answers its documented example.
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
import { pushTestEvent, testOverrides } from './events';
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

/** A delivery receipt as listed, with the time it counts from for "mark as read before". */
interface ListedReceipt {
	message_id: string;
	timestamp: number;
	row: Record<string, unknown>;
}

/** Per-sandbox read state and test records of SMS receipts and inbound SMS. */
interface SmsExtras {
	/** message_ids of receipts marked read. */
	readReceipts: Set<string>;
	/** Test receipts added with POST /sms/receipts, by user_id. */
	testReceipts: Map<number, ListedReceipt[]>;
	/** Inbound SMS by user_id, oldest first. */
	inbound: Map<number, InboundSms[]>;
}

/** One inbound SMS (a reply) as stored. */
export interface InboundSms {
	message_id: string;
	from: string;
	to: string;
	body: string;
	original_body: string;
	original_message_id: string;
	custom_string: string | null;
	_keyword: string;
	/** Unix seconds. */
	timestamp: number;
	read: boolean;
}

const smsExtras = (state: SandboxState): SmsExtras =>
	state.store('smsExtras', () => ({ readReceipts: new Set(), testReceipts: new Map(), inbound: new Map() }));

function listOf<T>(map: Map<number, T[]>, userId: number): T[] {
	let rows = map.get(userId);
	if (!rows) map.set(userId, (rows = []));
	return rows;
}

/** The caller's receipts, oldest first: delivered messages and test receipts, including read ones. */
function allReceipts(call: RouteCall): ListedReceipt[] {
	const delivered = call.state
		.sortedSms(call.account.user_id, call.now)
		.filter((m) => m.status === 'Sent')
		.map((m) => ({ message_id: m.message_id, timestamp: m.date, row: toReceipt(m) }));
	const tests = smsExtras(call.state).testReceipts.get(call.account.user_id) ?? [];
	return [...delivered, ...tests].sort((a, b) => a.timestamp - b.timestamp);
}

function receipts(call: RouteCall): SandboxReply {
	const read = smsExtras(call.state).readReceipts;
	const unread = allReceipts(call).filter((r) => !read.has(r.message_id));
	return okAsDocumented(
		call.op,
		paginate(new ReverseView(unread), call.query, call.url, (r) => r.row),
	);
}

/** POST /sms/receipts: a delivered test receipt; with `url: "poll"` it waits in the list, else it is "pushed" (not listed). */
async function addTestReceipt(call: RouteCall): Promise<SandboxReply> {
	const url = text((call.body as { url?: unknown } | undefined)?.url).trim();
	if (url === '') return missingFields(['url']);
	const row = {
		_message_type: 'sms',
		custom_string: null,
		error_code: null,
		error_text: null,
		message_id: randomUUID().toUpperCase(),
		status_code: DELIVERED.status_code,
		status_text: DELIVERED.status_text,
		timestamp: String(call.now),
		timestamp_send: String(call.now),
		...testOverrides(call.body), // sandbox extension: status_code, timestamp, ... (routes/events.ts)
	};
	if (url === 'poll') {
		listOf(smsExtras(call.state).testReceipts, call.account.user_id).push({
			message_id: String(row.message_id),
			timestamp: Number(row.timestamp),
			row,
		});
	}
	await pushTestEvent(call, 'smsReceipt', row, url); // to matching automation rules (routes/automations.ts)
	const { _message_type, timestamp_send: _sendTime, ...documented } = row;
	return okAsDocumented(call.op, documented);
}

/** `date_before` of a mark-read body/query: Unix seconds, undefined when absent or not a number. */
function dateBefore(value: unknown): number | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const n = Number(Array.isArray(value) ? value[0] : value);
	return Number.isFinite(n) ? n : undefined;
}

/** PUT /sms/receipts-read: marks the caller's receipts up to `date_before` (all when absent) as read. */
function markReceiptsRead(call: RouteCall): SandboxReply {
	const before = dateBefore((call.body as { date_before?: unknown } | undefined)?.date_before);
	const read = smsExtras(call.state).readReceipts;
	for (const r of allReceipts(call)) if (before === undefined || r.timestamp <= before) read.add(r.message_id);
	return okAsDocumented(call.op, []);
}

/** The inbound SMS record as ClickSend lists it (timestamp as a string). */
function inboundRow(m: InboundSms): Record<string, unknown> {
	const { read: _read, timestamp, ...rest } = m;
	return { ...rest, timestamp: String(timestamp) };
}

/**
 * POST /sms/inbound: a test reply to the caller's latest sent SMS (or to a made-up one), from its
 * recipient. With `url: "poll"` it waits in GET /sms/inbound; otherwise it is "pushed" (not kept).
 */
async function addTestInbound(call: RouteCall): Promise<SandboxReply> {
	const url = text((call.body as { url?: unknown } | undefined)?.url).trim();
	if (url === '') return missingFields(['url']);
	const sent = call.state.sortedSms(call.account.user_id, call.now);
	const original = sent[sent.length - 1];
	const code = randomUUID().slice(0, 10).toUpperCase();
	const inbound: InboundSms = {
		message_id: randomUUID().toUpperCase(),
		from: original?.to ?? '+61411111111',
		to: original?.from || '+61411111111',
		body: `This is a test incoming SMS. ${code}.`,
		original_body: original?.body ?? 'This is the original message.',
		original_message_id: original?.message_id ?? randomUUID().toUpperCase(),
		custom_string: original?.custom_string || null,
		_keyword: 'this',
		timestamp: call.now,
		read: false,
	};
	const overrides = testOverrides(call.body); // sandbox extension: from, to, body, timestamp, ... (routes/events.ts)
	Object.assign(inbound, overrides, { timestamp: Number(overrides.timestamp ?? call.now) });
	if (url === 'poll') listOf(smsExtras(call.state).inbound, call.account.user_id).push(inbound);
	await pushTestEvent(call, 'inboundSms', inboundRow(inbound), url); // to matching automation rules (routes/automations.ts)
	return okAsDocumented(call.op, inboundRow(inbound));
}

/** GET /sms/inbound: the caller's unread inbound SMS, newest first. */
function inboundList(call: RouteCall): SandboxReply {
	const unread = listOf(smsExtras(call.state).inbound, call.account.user_id).filter((m) => !m.read);
	return okAsDocumented(call.op, paginate(new ReverseView(unread), call.query, call.url, inboundRow));
}

/** GET /sms/inbound/{outbound_message_id}: the latest reply to one of the caller's messages, 404 if none. */
function inboundReply(call: RouteCall): SandboxReply {
	const id = call.params.outbound_message_id ?? '';
	const replies = listOf(smsExtras(call.state).inbound, call.account.user_id).filter((m) => m.original_message_id === id);
	const reply = replies[replies.length - 1];
	if (!reply) return fail(404, 'NOT_FOUND', `No inbound message found for message ${id}.`);
	return okAsDocumented(call.op, inboundRow(reply));
}

/** PUT /sms/inbound-read: marks the caller's inbound SMS up to `date_before` as read. */
function markInboundRead(call: RouteCall): SandboxReply {
	const before = dateBefore((call.body as { date_before?: unknown } | undefined)?.date_before);
	for (const m of listOf(smsExtras(call.state).inbound, call.account.user_id)) {
		if (before === undefined || m.timestamp <= before) m.read = true;
	}
	return okAsDocumented(call.op, []);
}

/** PUT /sms/inbound-read/{message_id}: marks one inbound SMS as read, 404 if unknown. */
function markOneInboundRead(call: RouteCall): SandboxReply {
	const id = call.params.message_id ?? '';
	const message = listOf(smsExtras(call.state).inbound, call.account.user_id).find((m) => m.message_id === id);
	if (!message) return fail(404, 'NOT_FOUND', `Inbound message ${id} not found.`);
	message.read = true;
	return okAsDocumented(call.op, []);
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
	if (!message) {
		const test = smsExtras(call.state)
			.testReceipts.get(call.account.user_id)
			?.find((r) => r.message_id === call.params.message_id);
		if (!test) return messageNotFound(call);
		const { _message_type, ...rest } = test.row;
		return okAsDocumented(call.op, { ...rest, message_type: _message_type });
	}
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
	ctx.route('POST', '/sms/receipts', addTestReceipt);
	ctx.route('PUT', '/sms/receipts-read', markReceiptsRead);
	ctx.route('GET', '/sms/inbound', inboundList);
	ctx.route('POST', '/sms/inbound', addTestInbound);
	ctx.route('GET', '/sms/inbound/{outbound_message_id}', inboundReply);
	ctx.route('PUT', '/sms/inbound-read', markInboundRead);
	ctx.route('PUT', '/sms/inbound-read/{message_id}', markOneInboundRead);
	ctx.route('PUT', '/sms/{message_id}/cancel', cancel);
	ctx.route('PUT', '/sms/cancel-all', cancelAll);
}
