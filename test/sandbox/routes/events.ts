/**
 * Delivery receipts and inbound fax (tags Voice, Fax, MMS, Transactional Email): ClickSend's
 * test-injection endpoints `POST /voice/receipts`, `POST /fax/receipts`, `POST /email/receipts`,
 * plus sandbox-only `POST /fax/inbound` and `POST /mms/receipts`, store the event for the pull
 * endpoints and push it to every enabled matching automation rule (routes/automations.ts),
 * answering once every push was answered. (The SMS equivalents live in routes/sms.ts and push
 * through {@link pushTestEvent}.) The body is ClickSend's `{url}` ('poll', or a URL that also
 * receives the push); other body fields listed in {@link TEST_EVENT_FIELDS} override the generated
 * event. Pull endpoints list the caller's unread events newest first with page/limit/q/order_by;
 * the `*-read` endpoints mark events read up to `date_before` (Unix seconds, inclusive, as in
 * routes/sms.ts; all when absent).
 */
import { randomUUID } from 'crypto';
import type { FastifyInstance } from 'fastify';
import { okAsDocumented, type SandboxReply } from '../envelope';
import { paginate, queryValue } from '../paginate';
import type { RouteCall, RouteContext } from '../server';
import type { SandboxState } from '../state';
import { deliver, dispatchEvent, type RuleKindKey } from './automations';

/** Event channels the sandbox keeps. */
export type EventChannel = 'voiceReceipt' | 'faxReceipt' | 'mmsReceipt' | 'emailReceipt' | 'inboundFax';

/** One stored event. */
export interface StoredEvent {
	seq: number;
	user_id: number;
	read: boolean;
	row: Record<string, unknown>;
}

/** Every stored event of a channel (all accounts), oldest first. */
export function eventStore(state: SandboxState, channel: EventChannel): StoredEvent[] {
	const stores = state.store('events', () => new Map<EventChannel, StoredEvent[]>());
	let events = stores.get(channel);
	if (!events) {
		events = [];
		stores.set(channel, events);
	}
	return events;
}

/** An event's time for listing: its `timestamp`, or, when that is not a time (blank, text), just received. */
function listedTime(event: StoredEvent): number {
	const time = String(event.row.timestamp ?? '').trim() === '' ? NaN : Number(event.row.timestamp);
	return Number.isFinite(time) && time > 0 ? time : Infinity;
}

function newestFirst(a: StoredEvent, b: StoredEvent): number {
	const [timeA, timeB] = [listedTime(a), listedTime(b)];
	return timeA === timeB ? b.seq - a.seq : timeB > timeA ? 1 : -1;
}

/** A user's events of one channel, newest first (ties: last injected first; an undated one counts as just received). */
export function eventsOf(state: SandboxState, channel: EventChannel, userId: number): StoredEvent[] {
	return eventStore(state, channel)
		.filter((event) => event.user_id === userId)
		.sort(newestFirst);
}

const RULE_KIND: Partial<Record<EventChannel, RuleKindKey>> = {
	voiceReceipt: 'voiceReceipt',
	faxReceipt: 'faxReceipt',
	emailReceipt: 'emailReceipt',
	inboundFax: 'inboundFax',
};

const DELIVERED = { status_code: '201', status_text: 'Success: Message received on handset.' };

function defaults(channel: EventChannel, now: number): Record<string, unknown> {
	const id = randomUUID().toUpperCase();
	const timestamp = String(now);
	switch (channel) {
		case 'inboundFax':
			return { _media_file_url: `https://rest.clicksend.com/files/${id}.pdf`, from: '+61261111111', message_id: id, timestamp, to: '+61262222222' };
		case 'emailReceipt':
			return { email: 'john_doe@user.com', message_id: `${id}@clicksend.com`, status: 'Delivered', timestamp };
		default:
			return {
				custom_string: null,
				error_code: null,
				error_text: null,
				message_id: id,
				message_type: channel.replace('Receipt', ''),
				...DELIVERED,
				timestamp,
				timestamp_send: timestamp,
			};
	}
}

/** Body fields of a test-injection request that override the generated event (sandbox extension). */
export const TEST_EVENT_FIELDS = [
	'body', 'custom_string', 'digits', 'email', 'error_code', 'error_text', 'from', 'message_id', 'original_body',
	'original_message_id', 'status', 'status_code', 'status_text', 'timestamp', 'timestamp_send', 'to', '_keyword',
];

/** The {@link TEST_EVENT_FIELDS} present in a test-injection body. */
export function testOverrides(body: unknown): Record<string, unknown> {
	const input = body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : {};
	return Object.fromEntries(TEST_EVENT_FIELDS.filter((key) => input[key] !== undefined).map((key) => [key, input[key]]));
}

/**
 * After a test event was created (`POST /sms/inbound`, `/sms/receipts`, ...): pushes it to every
 * enabled matching URL rule of `kind`, and to `url` when it is an http(s) URL (ClickSend's push
 * option). Resolves when every push was answered.
 */
export async function pushTestEvent(call: RouteCall, kind: RuleKindKey, row: Record<string, unknown>, url: unknown): Promise<void> {
	await dispatchEvent(call.state, kind, call.account, row);
	if (typeof url === 'string' && /^https?:\/\//i.test(url)) {
		await deliver(call.state, { kind, ruleId: null, url }, { ...row, user_id: call.account.user_id, subaccount_id: call.account.subaccount_id }, 'post');
	}
}

function inject(channel: EventChannel) {
	return async (call: RouteCall): Promise<SandboxReply> => {
		const url = (call.body as { url?: unknown } | undefined)?.url;
		const row = { ...defaults(channel, call.now), ...testOverrides(call.body) };
		const events = eventStore(call.state, channel);
		events.push({ seq: call.state.nextId('event'), user_id: call.account.user_id, read: false, row });
		const kind = RULE_KIND[channel];
		if (kind) await pushTestEvent(call, kind, row, url);
		return okAsDocumented(call.op, row);
	};
}

function list(channel: EventChannel) {
	return (call: RouteCall): SandboxReply =>
		okAsDocumented(call.op, paginate(eventsOf(call.state, channel, call.account.user_id).filter((e) => !e.read).map((e) => e.row), call.query, call.url));
}

function markRead(channel: EventChannel) {
	return (call: RouteCall): SandboxReply => {
		const fromBody = (call.body as { date_before?: unknown } | undefined)?.date_before;
		const raw = fromBody ?? queryValue(call.query, 'date_before');
		const before = raw === undefined || raw === '' ? Infinity : Number(raw);
		for (const event of eventsOf(call.state, channel, call.account.user_id)) {
			if (listedTime(event) <= before) event.read = true;
		}
		return okAsDocumented(call.op, []);
	};
}

/** Register the injection, pull and mark-read handlers. */
export function register(_app: FastifyInstance, ctx: RouteContext): void {
	ctx.route('POST', '/voice/receipts', inject('voiceReceipt'));
	ctx.route('GET', '/voice/receipts', list('voiceReceipt'));
	ctx.route('PUT', '/voice/receipts-read', markRead('voiceReceipt'));
	ctx.route('POST', '/fax/receipts', inject('faxReceipt'));
	ctx.route('GET', '/fax/receipts', list('faxReceipt'));
	ctx.route('PUT', '/fax/receipts-read', markRead('faxReceipt'));
	ctx.route('POST', '/fax/inbound', inject('inboundFax'));
	ctx.route('POST', '/mms/receipts', inject('mmsReceipt'));
	ctx.route('GET', '/mms/receipts', list('mmsReceipt'));
	ctx.route('PUT', '/mms/receipts-read', markRead('mmsReceipt'));
	ctx.route('POST', '/email/receipts', inject('emailReceipt'));
}
