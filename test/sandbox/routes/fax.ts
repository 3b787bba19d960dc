/**
 * Stateful fax routes (tag "Fax"): send, price, history and one delivery receipt. Receipt
 * listing, test receipts and mark-read live in routes/events.ts (fed by deliveries here); export
 * answers its documented example.
 *
 * `file_url` must be an http(s) URL (a sandbox upload must exist), else 400 BAD_REQUEST. Per
 * message (list_id expanded): INVALID_RECIPIENT, INVALID_SENDER_ID (a sender must be a number),
 * INVALID_SCHEDULE, INSUFFICIENT_CREDIT (`nocredit`); accepted faxes are stored (Scheduled when
 * due later). Pages: counted in an uploaded PDF, else 1; 0.20 per page.
 */
import { randomUUID } from 'crypto';
import type { FastifyInstance } from 'fastify';
import { CHANNEL_CURRENCY, ChannelStore, channelTotals, historyReply, isUsableFileUrl, messageNotFound, queueSend } from '../channel';
import { fail, okAsDocumented, type ApplicationCode, type SandboxReply } from '../envelope';
import type { RouteCall, RouteContext } from '../server';
import type { SandboxState } from '../state';
import { evaluateMessages, readMessages, type EvaluatedSms } from './sms';
import { isKnownUpload, uploadStore } from './uploads';

/** Sandbox price of one fax page (the spec's AU price list: `price_fax` 0.20). */
export const FAX_PRICE_PER_PAGE = 0.2;

/** The fax store. */
export function faxStore(state: SandboxState): ChannelStore {
	return state.store('fax', () => new ChannelStore(state, 'faxReceipt', 'fax'));
}

interface FaxRow {
	status: ApplicationCode;
	row: EvaluatedSms;
}

function text(value: unknown): string {
	return value === undefined || value === null ? '' : String(value);
}

/** Pages of the document: `/Type /Page` objects of an uploaded PDF, else 1. */
function pagesOf(call: RouteCall, url: string): number {
	const upload = uploadStore(call.state).get(url);
	if (!upload) return 1;
	const count = upload.content.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
	return Math.max(1, count);
}

function evaluate(call: RouteCall, noCredit: boolean): { rows: FaxRow[]; fileUrl: string; pages: number } | SandboxReply {
	const inputs = readMessages(call.body);
	if (!Array.isArray(inputs)) return inputs;
	const fileUrl = text((call.body as { file_url?: unknown }).file_url).trim();
	if (!isUsableFileUrl(fileUrl, (url) => isKnownUpload(call.state, url))) {
		return fail(400, 'BAD_REQUEST', `file_url "${fileUrl}" is not a URL of a document ClickSend can fetch.`);
	}
	const rows: FaxRow[] = [];
	for (const input of inputs) {
		const from = text(input.from).trim();
		// A fax has no body: evaluate recipient, sender and schedule with the SMS rules.
		for (const row of evaluateMessages(call.state, [{ ...input, body: 'fax' }], { now: call.now, noCredit })) {
			const status: ApplicationCode = row.status === 'SUCCESS' && from !== '' && !/^\+?\d{6,16}$/.test(from) ? 'INVALID_SENDER_ID' : row.status;
			rows.push({ status, row: { ...row, body: '' } });
		}
	}
	return { rows, fileUrl, pages: pagesOf(call, fileUrl) };
}

function messageOut(call: RouteCall, r: FaxRow, pages: number, messageId: string): Record<string, unknown> {
	const schedule = r.row.schedule === undefined ? String(call.now) : Number.isNaN(r.row.schedule) ? r.row.scheduleInput : String(r.row.schedule);
	return {
		carrier: '',
		country: r.row.country,
		custom_string: r.row.custom_string,
		date_added: call.now,
		from: r.row.from,
		from_email: r.row.from_email,
		list_id: r.row.list_id,
		message_id: messageId,
		message_pages: pages,
		message_price: (r.status === 'SUCCESS' ? pages * FAX_PRICE_PER_PAGE : 0).toFixed(4),
		schedule,
		status: r.status,
		status_code: null,
		status_text: null,
		subaccount_id: call.account.subaccount_id,
		to: r.row.to,
		user_id: call.account.user_id,
	};
}

function send(call: RouteCall): SandboxReply {
	const evaluated = evaluate(call, call.account.kind === 'nocredit');
	if (!('rows' in evaluated)) return evaluated;
	const { pages, fileUrl } = evaluated;
	return queueSend(call, faxStore(call.state), evaluated.rows, pages * FAX_PRICE_PER_PAGE, (r, id) => messageOut(call, r, pages, id), (out) => ({
		_file_url: fileUrl,
		...out,
		date: null,
		message_pages: pages.toFixed(2),
	}));
}

function price(call: RouteCall): SandboxReply {
	const evaluated = evaluate(call, false);
	if (!('rows' in evaluated)) return evaluated;
	const messages = evaluated.rows.map((r) => messageOut(call, r, evaluated.pages, randomUUID().toUpperCase()));
	return okAsDocumented(call.op, { ...channelTotals(evaluated.rows, evaluated.pages * FAX_PRICE_PER_PAGE), messages, _currency: CHANNEL_CURRENCY });
}

function receipt(call: RouteCall): SandboxReply {
	const message = faxStore(call.state).own(call.account.user_id, call.params.message_id ?? '', call.now);
	return message ? okAsDocumented(call.op, message.row) : messageNotFound(call);
}

/** Register the fax handlers. */
export function register(_app: FastifyInstance, ctx: RouteContext): void {
	ctx.route('POST', '/fax/send', send);
	ctx.route('POST', '/fax/price', price);
	ctx.route('GET', '/fax/history', (call) => historyReply(call, faxStore(call.state)));
	ctx.route('GET', '/fax/receipts/{message_id}', receipt);
}
