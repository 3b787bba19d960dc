/**
 * Stateful voice routes (tag "Voice"), per account: send, price, history, get one receipt, cancel
 * one / cancel all scheduled calls. Languages and history export answer their documented examples.
 * The receipt list, test receipts and mark-read live in routes/events.ts (channel `voiceReceipt`):
 * every call that is delivered adds its receipt there, so GET /voice/receipts lists it.
 *
 * Calls are checked like SMS (recipient, list, schedule, credit; see routes/sms.ts) plus
 * `voice` (female/male, else INVALID_VOICE) and `lang` (a language of GET /voice/lang offering
 * that voice, else INVALID_LANG / INVALID_VOICE), per message at HTTP 200. A call due later is
 * `Scheduled` until its time passes, then `Sent` (delivered, with a receipt).
 */
import { randomUUID } from 'crypto';
import type { FastifyInstance } from 'fastify';
import { fail, ok, okAsDocumented, type ApplicationCode, type SandboxReply } from '../envelope';
import { roundPrice } from '../messaging';
import { ReverseView, paginate, queryValue } from '../paginate';
import type { RouteCall, RouteContext } from '../server';
import { DELIVERED, type SandboxState } from '../state';
import { eventStore } from './events';
import { evaluateMessages, readMessages, type SmsInput } from './sms';

/** Price of one voice call in the sandbox (the spec's examples charge 0.07). */
export const VOICE_PRICE_PER_CALL = 0.07;

/** One voice call as stored. */
export interface VoiceCall {
	message_id: string;
	to: string;
	body: string;
	voice: string;
	lang: string;
	custom_string: string;
	country: string;
	carrier: string;
	list_id: number | null;
	machine_detection: number;
	require_input: number;
	/** Unix seconds the call is (or was) due. */
	schedule: number;
	/** Unix seconds the call was accepted. */
	date_added: number;
	status: 'Scheduled' | 'Sent' | 'Cancelled';
	message_price: number;
	user_id: number;
	subaccount_id: number;
}

interface VoiceStore {
	/** Calls by user_id, in acceptance order. */
	calls: Map<number, VoiceCall[]>;
	byId: Map<string, VoiceCall>;
}

/** The voice store of a sandbox. */
export const voiceStore = (state: SandboxState): VoiceStore =>
	state.store('voice', () => ({ calls: new Map(), byId: new Map() }));

function listOf<T>(map: Map<number, T[]>, userId: number): T[] {
	let rows = map.get(userId);
	if (!rows) map.set(userId, (rows = []));
	return rows;
}

/** Marks a call delivered and adds its receipt to the `voiceReceipt` events (routes/events.ts). */
function deliver(state: SandboxState, c: VoiceCall): void {
	c.status = 'Sent';
	eventStore(state, 'voiceReceipt').push({ seq: state.nextId('event'), user_id: c.user_id, read: false, row: receiptRow(c) });
}

/** The caller's calls, due scheduled ones delivered. */
function callsOf(call: RouteCall): VoiceCall[] {
	const rows = listOf(voiceStore(call.state).calls, call.account.user_id);
	for (const c of rows) if (c.status === 'Scheduled' && c.schedule <= call.now) deliver(call.state, c);
	return rows;
}

/** Voices per language code, as documented by GET /voice/lang. */
function languages(ctx: RouteContext): Map<string, string[]> {
	const data = (ctx.operation('GET', '/voice/lang')?.example as { data?: { code: string; gender: string | string[] }[] } | undefined)?.data ?? [];
	return new Map(data.map((l) => [l.code, Array.isArray(l.gender) ? l.gender : [l.gender]]));
}

const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));
const flag = (value: unknown): number => (Number(value) === 1 ? 1 : 0);

interface EvaluatedCall {
	input: SmsInput & Record<string, unknown>;
	status: ApplicationCode;
	to: string;
	country: string;
	carrier: string;
	body: string;
	custom_string: string;
	list_id: number | null;
	schedule: number | undefined;
	scheduleInput: unknown;
	price: number;
}

function evaluate(call: RouteCall, langs: Map<string, string[]>, noCredit: boolean): EvaluatedCall[] | SandboxReply {
	const inputs = readMessages(call.body);
	if (!Array.isArray(inputs)) return inputs;
	const out: EvaluatedCall[] = [];
	for (const input of inputs as (SmsInput & Record<string, unknown>)[]) {
		const rows = evaluateMessages(call.state, [{ ...input, from: undefined }], { now: call.now, noCredit });
		const voice = text(input.voice).toLowerCase();
		const voices = langs.get(text(input.lang).toLowerCase());
		for (const row of rows) {
			let status = row.status;
			if (status === 'SUCCESS' || status === 'INSUFFICIENT_CREDIT') {
				if (voice !== 'female' && voice !== 'male') status = 'INVALID_VOICE';
				else if (!voices) status = 'INVALID_LANG';
				else if (!voices.includes(voice)) status = 'INVALID_VOICE';
			}
			out.push({
				input,
				status,
				to: row.to,
				country: row.country,
				carrier: row.carrier,
				body: row.body,
				custom_string: row.custom_string,
				list_id: row.list_id,
				schedule: row.schedule,
				scheduleInput: row.scheduleInput,
				price: status === 'SUCCESS' ? VOICE_PRICE_PER_CALL : 0,
			});
		}
	}
	return out;
}

function scheduleOut(row: EvaluatedCall, now: number): unknown {
	if (row.schedule === undefined) return now;
	return Number.isNaN(row.schedule) ? row.scheduleInput : row.schedule;
}

function totals(rows: EvaluatedCall[]) {
	const ok = rows.filter((r) => r.status === 'SUCCESS');
	return {
		queued_count: ok.length,
		total_count: rows.length,
		total_price: roundPrice(ok.reduce((sum, r) => sum + r.price, 0)),
	};
}

function messageOut(row: EvaluatedCall, call: RouteCall, messageId: string | undefined): Record<string, unknown> {
	return {
		body: row.body,
		...(messageId ? { carrier: row.carrier } : {}),
		country: row.country,
		custom_string: row.custom_string,
		date: call.now,
		from: null,
		lang: text(row.input.lang),
		machine_detection: flag(row.input.machine_detection),
		...(messageId ? { message_id: messageId } : {}),
		message_parts: 1,
		message_price: row.price,
		require_input: flag(row.input.require_input),
		schedule: scheduleOut(row, call.now),
		status: row.status,
		subaccount_id: call.account.subaccount_id,
		to: row.to,
		to_type: 'mobile',
		user_id: call.account.user_id,
		voice: text(row.input.voice),
	};
}

function historyRow(c: VoiceCall): Record<string, unknown> {
	const delivered = c.status === 'Sent';
	return {
		body: c.body,
		carrier: c.carrier,
		country: c.country,
		custom_string: c.custom_string,
		date_added: c.date_added,
		digits: null,
		from: null,
		lang: c.lang,
		list_id: c.list_id,
		machine_detected: 0,
		message_id: c.message_id,
		message_parts: '1.00',
		message_price: c.message_price.toFixed(4),
		require_input: c.require_input,
		schedule: String(c.schedule),
		status: c.status,
		status_code: delivered ? DELIVERED.status_code : null,
		status_text: delivered ? DELIVERED.status_text : null,
		subaccount_id: c.subaccount_id,
		to: c.to,
		to_type: 'mobile',
		user_id: c.user_id,
		voice: c.voice,
	};
}

/** The delivery receipt of a delivered call (GET /voice/receipts row). */
function receiptRow(c: VoiceCall): Record<string, unknown> {
	return {
		custom_string: c.custom_string === '' ? null : c.custom_string,
		digits: c.require_input ? '1' : null,
		error_code: null,
		error_text: null,
		message_id: c.message_id,
		message_type: 'voice',
		status_code: DELIVERED.status_code,
		status_text: DELIVERED.status_text,
		subaccount_id: c.subaccount_id,
		timestamp: String(c.schedule),
		timestamp_send: String(c.schedule),
	};
}

function ownCall(call: RouteCall): VoiceCall | undefined {
	const found = voiceStore(call.state).byId.get(call.params.message_id ?? '');
	if (!found || found.user_id !== call.account.user_id) return undefined;
	callsOf(call);
	return found;
}

const callNotFound = (call: RouteCall) => fail(404, 'NOT_FOUND', `Voice message ${call.params.message_id ?? ''} not found.`);

function optionalSeconds(call: RouteCall, name: string): number | undefined {
	const raw = queryValue(call.query, name);
	if (raw === undefined || raw.trim() === '') return undefined;
	const n = Number(raw);
	return Number.isFinite(n) ? n : undefined;
}

/** Register the voice handlers. */
export function register(_app: FastifyInstance, ctx: RouteContext): void {
	const langs = languages(ctx);

	ctx.route('POST', '/voice/send', (call) => {
		const rows = evaluate(call, langs, call.account.kind === 'nocredit');
		if (!Array.isArray(rows)) return rows;
		const store = voiceStore(call.state);
		const messages = rows.map((row) => {
			const messageId = randomUUID().toUpperCase();
			const schedule = scheduleOut(row, call.now);
			if (row.status === 'SUCCESS') {
				const due = typeof schedule === 'number' ? schedule : call.now;
				const stored: VoiceCall = {
					message_id: messageId,
					to: row.to,
					body: row.body,
					voice: text(row.input.voice).toLowerCase(),
					lang: text(row.input.lang).toLowerCase(),
					custom_string: row.custom_string,
					country: row.country,
					carrier: row.carrier,
					list_id: row.list_id,
					machine_detection: flag(row.input.machine_detection),
					require_input: flag(row.input.require_input),
					schedule: due,
					date_added: call.now,
					status: 'Scheduled',
					message_price: row.price,
					user_id: call.account.user_id,
					subaccount_id: call.account.subaccount_id,
				};
				listOf(store.calls, call.account.user_id).push(stored);
				store.byId.set(messageId, stored);
				if (due <= call.now) deliver(call.state, stored);
			}
			return messageOut(row, call, messageId);
		});
		const currency = structuredClone((call.op?.example as { data?: { currency?: unknown } } | undefined)?.data?.currency ?? null);
		return okAsDocumented(call.op, { currency, messages, ...totals(rows) });
	});

	ctx.route('POST', '/voice/price', (call) => {
		const rows = evaluate(call, langs, false);
		if (!Array.isArray(rows)) return rows;
		return okAsDocumented(call.op, { messages: rows.map((row) => messageOut(row, call, undefined)), ...totals(rows) });
	});

	ctx.route('GET', '/voice/history', (call) => {
		const from = optionalSeconds(call, 'date_from');
		const to = optionalSeconds(call, 'date_to');
		const rows = callsOf(call).filter((c) => (from === undefined || c.date_added >= from) && (to === undefined || c.date_added <= to));
		return okAsDocumented(call.op, paginate(new ReverseView(rows), call.query, call.url, historyRow, { searchStored: true }));
	});

	ctx.route('GET', '/voice/receipts/{message_id}', (call) => {
		const id = call.params.message_id ?? '';
		const found = ownCall(call);
		if (found && found.status !== 'Sent') return fail(404, 'NOT_FOUND', `No receipt yet for voice message ${id}.`);
		const event = eventStore(call.state, 'voiceReceipt').find((e) => e.user_id === call.account.user_id && e.row.message_id === id);
		return event ? okAsDocumented(call.op, event.row) : callNotFound(call);
	});

	ctx.route('PUT', '/voice/{message_id}/cancel', (call) => {
		const found = ownCall(call);
		if (!found) return callNotFound(call);
		if (found.status !== 'Scheduled') {
			return fail(400, 'BAD_REQUEST', `Voice message ${found.message_id} is not scheduled and cannot be cancelled.`);
		}
		found.status = 'Cancelled';
		return okAsDocumented(call.op, []);
	});

	ctx.route('PUT', '/voice/cancel-all', (call) => {
		const pending = callsOf(call).filter((c) => c.status === 'Scheduled');
		for (const c of pending) c.status = 'Cancelled';
		return ok({ count: pending.length }, `${pending.length} messages have been cancelled.`);
	});
}
