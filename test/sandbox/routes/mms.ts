/**
 * Stateful MMS routes (tag "MMS"): send, price, history, one delivery receipt, cancel, cancel all.
 * Receipt listing, test receipts and mark-read live in routes/events.ts (fed by deliveries here);
 * export answers its documented example.
 *
 * Per message (list_id expanded like SMS, rules of routes/sms.ts): SUBJECT_REQUIRED without a
 * subject, INVALID_MEDIA_FILE when `media_file` is not an http(s) URL or an unknown sandbox
 * upload, then the SMS statuses; accepted messages are stored (Scheduled when due later).
 */
import { randomUUID } from 'crypto';
import type { FastifyInstance } from 'fastify';
import { CHANNEL_CURRENCY, ChannelStore, channelTotals, historyReply, isUsableFileUrl, messageNotFound, queueSend } from '../channel';
import { fail, okAsDocumented, type ApplicationCode, type SandboxReply } from '../envelope';
import type { RouteCall, RouteContext } from '../server';
import type { SandboxState } from '../state';
import { evaluateMessages, readMessages, type EvaluatedSms } from './sms';
import { isKnownUpload } from './uploads';

/** Sandbox price of one MMS (the spec's AU price list: `price_mms` 0.45). */
export const MMS_PRICE = 0.45;

/** The MMS store. */
export function mmsStore(state: SandboxState): ChannelStore {
	return state.store('mms', () => new ChannelStore(state, 'mmsReceipt', 'mms'));
}

interface MmsRow {
	status: ApplicationCode;
	row: EvaluatedSms;
	subject: string;
}

function text(value: unknown): string {
	return value === undefined || value === null ? '' : String(value);
}

function evaluate(call: RouteCall, noCredit: boolean): { rows: MmsRow[]; media: string } | SandboxReply {
	const inputs = readMessages(call.body);
	if (!Array.isArray(inputs)) return inputs;
	const media = text((call.body as { media_file?: unknown }).media_file).trim();
	const mediaOk = isUsableFileUrl(media, (url) => isKnownUpload(call.state, url));
	const rows: MmsRow[] = [];
	for (const input of inputs) {
		const subject = text((input as { subject?: unknown }).subject);
		for (const row of evaluateMessages(call.state, [input], { now: call.now, noCredit })) {
			let status: ApplicationCode = row.status;
			if (subject.trim() === '') status = 'SUBJECT_REQUIRED';
			else if (!mediaOk) status = 'INVALID_MEDIA_FILE';
			rows.push({ status, row, subject });
		}
	}
	return { rows, media };
}

function messageOut(call: RouteCall, r: MmsRow, media: string, messageId: string): Record<string, unknown> {
	const schedule = r.row.schedule === undefined ? '' : Number.isNaN(r.row.schedule) ? r.row.scheduleInput : r.row.schedule;
	return {
		_media_file_url: media,
		body: r.row.body,
		carrier: r.row.carrier,
		contact_id: r.row.contact?.contact_id ?? 0,
		country: r.row.country,
		custom_string: r.row.custom_string,
		date_added: call.now,
		direction: 'out',
		from: r.row.from,
		from_email: r.row.from_email,
		list_id: r.row.list_id,
		message_id: messageId,
		message_parts: 1,
		message_price: (r.status === 'SUCCESS' ? MMS_PRICE : 0).toFixed(4),
		schedule,
		status: r.status,
		subaccount_id: call.account.subaccount_id,
		subject: r.subject,
		to: r.row.to,
		user_id: call.account.user_id,
	};
}

function send(call: RouteCall): SandboxReply {
	const evaluated = evaluate(call, call.account.kind === 'nocredit');
	if (!('rows' in evaluated)) return evaluated;
	return queueSend(call, mmsStore(call.state), evaluated.rows, MMS_PRICE, (r, id) => messageOut(call, r, evaluated.media, id), (out) => ({
		...out,
		message_parts: '1.00',
		status_code: null,
		status_text: null,
	}));
}

function price(call: RouteCall): SandboxReply {
	const evaluated = evaluate(call, false);
	if (!('rows' in evaluated)) return evaluated;
	const messages = evaluated.rows.map((r) => messageOut(call, r, evaluated.media, randomUUID().toUpperCase()));
	return okAsDocumented(call.op, { ...channelTotals(evaluated.rows, MMS_PRICE), messages, _currency: CHANNEL_CURRENCY });
}

function receipt(call: RouteCall): SandboxReply {
	const message = mmsStore(call.state).own(call.account.user_id, call.params.message_id ?? '', call.now);
	return message ? okAsDocumented(call.op, message.row) : messageNotFound(call);
}

function cancel(call: RouteCall): SandboxReply {
	const store = mmsStore(call.state);
	const message = store.own(call.account.user_id, call.params.message_id ?? '', call.now);
	if (!message) return messageNotFound(call);
	if (!store.cancel(message, call.now)) {
		return fail(400, 'BAD_REQUEST', `MMS ${message.message_id} is not scheduled and cannot be cancelled.`);
	}
	return okAsDocumented(call.op, null);
}

function cancelAll(call: RouteCall): SandboxReply {
	const count = mmsStore(call.state).cancelAll(call.account.user_id, call.now);
	return { status: 200, body: { http_code: 200, response_code: 'SUCCESS', response_msg: `${count} MMS have been cancelled.`, data: { count } } };
}

/** Register the MMS handlers. */
export function register(_app: FastifyInstance, ctx: RouteContext): void {
	ctx.route('POST', '/mms/send', send);
	ctx.route('POST', '/mms/price', price);
	ctx.route('GET', '/mms/history', (call) => historyReply(call, mmsStore(call.state)));
	ctx.route('GET', '/mms/receipts/{message_id}', receipt);
	ctx.route('PUT', '/mms/{message_id}/cancel', cancel);
	ctx.route('PUT', '/mms/cancel-all', cancelAll);
}
