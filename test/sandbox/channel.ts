/**
 * A sent-message store shared by the MMS and fax routes (routes/mms.ts, routes/fax.ts): one
 * record per recipient, per account, with scheduled → sent promotion, cancel, history listing
 * (date range, search, sort, paging) and delivery receipts for the pull endpoints of
 * routes/events.ts. Each route file keeps its own instance in `state.store(name, ...)`.
 */
import { randomUUID } from 'crypto';

import { fail, okAsDocumented, type ApplicationCode, type SandboxReply } from './envelope';
import { roundPrice } from './messaging';
import { ReverseView, paginate, queryValue } from './paginate';
import type { RouteCall } from './server';
import type { SandboxState } from './state';
import { eventStore, type EventChannel } from './routes/events';

/** History status of a stored message. */
export type ChannelStatus = 'Sent' | 'Scheduled' | 'Cancelled';

/** One stored message (one recipient). `row` is the history row as ClickSend lists it. */
export interface ChannelMessage {
	message_id: string;
	user_id: number;
	/** Unix seconds the message was accepted. */
	date: number;
	/** Unix seconds it is (or was) due. */
	due: number;
	status: ChannelStatus;
	row: Record<string, unknown>;
}

/** Delivered status as ClickSend reports it for MMS and fax. */
export const CHANNEL_DELIVERED = { status_code: '201', status_text: 'Success: Message received on handset.' };

/** The sent messages of one channel (all accounts). */
export class ChannelStore {
	private readonly rows: ChannelMessage[] = [];
	private readonly byId = new Map<string, ChannelMessage>();

	constructor(
		private readonly state: SandboxState,
		/** Receipt channel of routes/events.ts fed on delivery. */
		private readonly receipts: EventChannel,
		private readonly messageType: string,
	) {}

	/** Store a message; delivered (Sent) ones add a delivery receipt. */
	add(message: ChannelMessage): void {
		this.rows.push(message);
		this.byId.set(message.message_id, message);
		message.row.status = message.status;
		if (message.status === 'Sent') this.deliver(message);
	}

	/** The caller's message with this ID, due ones promoted first. */
	own(userId: number, messageId: string, now: number): ChannelMessage | undefined {
		const message = this.byId.get(messageId);
		if (!message || message.user_id !== userId) return undefined;
		this.promote(message, now);
		return message;
	}

	/** A user's messages oldest first, scheduled ones that are due promoted to Sent. */
	forUser(userId: number, now: number): ChannelMessage[] {
		const mine = this.rows.filter((m) => m.user_id === userId);
		for (const m of mine) this.promote(m, now);
		return mine.sort((a, b) => a.date - b.date);
	}

	/** Cancel one scheduled message; false when it is not (or no longer) scheduled. */
	cancel(message: ChannelMessage, now: number): boolean {
		this.promote(message, now);
		if (message.status !== 'Scheduled') return false;
		message.status = 'Cancelled';
		message.row.status = 'Cancelled';
		return true;
	}

	/** Cancel every scheduled message of a user; returns how many. */
	cancelAll(userId: number, now: number): number {
		let count = 0;
		for (const m of this.forUser(userId, now)) if (this.cancel(m, now)) count += 1;
		return count;
	}

	private promote(message: ChannelMessage, now: number): void {
		if (message.status !== 'Scheduled' || message.due > now) return;
		message.status = 'Sent';
		message.row.status = 'Sent';
		this.deliver(message);
	}

	private deliver(message: ChannelMessage): void {
		Object.assign(message.row, CHANNEL_DELIVERED);
		eventStore(this.state, this.receipts).push({
			seq: this.state.nextId('event'),
			user_id: message.user_id,
			read: false,
			row: {
				custom_string: message.row.custom_string ?? null,
				error_code: null,
				error_text: null,
				message_id: message.message_id,
				message_type: this.messageType,
				...CHANNEL_DELIVERED,
				subaccount_id: message.row.subaccount_id,
				timestamp: String(Math.max(message.due, message.date)),
				timestamp_send: String(message.due),
			},
		});
	}
}

/** `date_from`/`date_to` query filters as Unix seconds (inclusive); undefined when absent or not numeric. */
function dateQuery(call: RouteCall, name: string): number | undefined {
	const raw = queryValue(call.query, name);
	if (raw === undefined || raw === '') return undefined;
	const n = Number(raw);
	return Number.isFinite(n) ? n : undefined;
}

/** GET …/history: the caller's messages newest first, within `date_from`..`date_to`, with q/order_by/paging. */
export function historyReply(call: RouteCall, store: ChannelStore): SandboxReply {
	const from = dateQuery(call, 'date_from');
	const to = dateQuery(call, 'date_to');
	const rows = store
		.forUser(call.account.user_id, call.now)
		.filter((m) => (from === undefined || m.date >= from) && (to === undefined || m.date <= to));
	return okAsDocumented(call.op, paginate(new ReverseView(rows), call.query, call.url, (m) => m.row));
}

/** 404 NOT_FOUND for an unknown (or another account's) message ID. */
export function messageNotFound(call: RouteCall): SandboxReply {
	return fail(404, 'NOT_FOUND', `Message ${call.params.message_id ?? ''} not found.`);
}

/** Whether a send body's file URL is usable: an http(s) URL, and a known upload when it points at the sandbox's files. */
export function isUsableFileUrl(value: unknown, knownUpload: (url: string) => boolean): boolean {
	if (typeof value !== 'string' || !/^https?:\/\/\S+$/i.test(value.trim())) return false;
	try {
		const url = new URL(value.trim());
		const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
		return !local || !url.pathname.startsWith('/files/') || knownUpload(value.trim());
	} catch {
		return false;
	}
}

/** The `_currency` of MMS and fax send answers (the account's currency, as documented). */
export const CHANNEL_CURRENCY = { currency_name_long: 'Australian Dollars', currency_name_short: 'AUD', currency_prefix_c: 'c', currency_prefix_d: '$' };

/** One evaluated recipient of an MMS or fax send: its status and, when accepted, its schedule (Unix seconds). */
export interface ChannelSendRow {
	status: ApplicationCode;
	row: { schedule?: number };
}

/**
 * POST …/send of MMS and fax: every row gets a message ID and its answer message (`out`); accepted
 * ones are stored (Scheduled until due, else Sent) with their history fields (`history`); the
 * answer carries the totals (`price` per accepted recipient) and the account's currency.
 */
export function queueSend<R extends ChannelSendRow>(
	call: RouteCall,
	store: ChannelStore,
	rows: R[],
	price: number,
	out: (row: R, messageId: string) => Record<string, unknown>,
	history: (message: Record<string, unknown>) => Record<string, unknown>,
): SandboxReply {
	const messages = rows.map((r) => {
		const messageId = randomUUID().toUpperCase();
		const message = out(r, messageId);
		if (r.status === 'SUCCESS') {
			const due = r.row.schedule ?? call.now;
			store.add({
				message_id: messageId,
				user_id: call.account.user_id,
				date: call.now,
				due,
				status: due > call.now ? 'Scheduled' : 'Sent',
				row: { ...history(message), _api_username: call.account.username, schedule: String(due) },
			});
		}
		return message;
	});
	return okAsDocumented(call.op, { ...channelTotals(rows, price), messages, _currency: CHANNEL_CURRENCY });
}

/** Totals of a send or price answer: count, accepted count, and `price` per accepted recipient. */
export function channelTotals(rows: ChannelSendRow[], price: number): { total_price: number; total_count: number; queued_count: number } {
	const queued = rows.filter((r) => r.status === 'SUCCESS').length;
	return { total_price: roundPrice(queued * price), total_count: rows.length, queued_count: queued };
}
