/**
 * Stateful automation rules (tag "Automation Rules"): inbound SMS, SMS/voice/fax/email receipt
 * and inbound fax rules are stored per account and kind (CRUD, 404 NOT_FOUND for unknown IDs,
 * page/limit/q/order_by on lists). {@link dispatchEvent} delivers an event (injected by
 * routes/events.ts) to every enabled matching URL rule over HTTP with undici, in the rule's
 * `webhook_type`: `post` (form, ClickSend's default), `json`, or `get` (query string).
 */
import type { FastifyInstance } from 'fastify';
import { request } from 'undici';
import { fail, ok, okAsDocumented, type SandboxReply } from '../envelope';
import { paginate } from '../paginate';
import type { RouteCall, RouteContext } from '../server';
import type { SandboxAccount, SandboxState } from '../state';

/** The kinds of rule, by the event they react to. */
export type RuleKindKey = 'inboundSms' | 'smsReceipt' | 'voiceReceipt' | 'inboundFax' | 'faxReceipt' | 'emailReceipt';

interface RuleKindSpec {
	path: string;
	/** Path parameter of the item routes, as in the spec. */
	param: string;
	/** Key of the rule ID in answers. */
	idField: string;
	deleted: string;
}

/** Rule kinds as documented in the spec (paths, ID keys, delete messages); required fields are checked by the server against the spec. */
export const RULE_KINDS: Readonly<Record<RuleKindKey, RuleKindSpec>> = {
	inboundSms: {
		path: '/automations/sms/inbound',
		param: 'inbound_rule_id',
		idField: 'inbound_rule_id',
		deleted: 'Your record has been deleted.',
	},
	smsReceipt: {
		path: '/automations/sms/receipts',
		param: 'receipt_rule_id',
		idField: 'receipt_rule_id',
		deleted: 'Your rule incoming sms receipt has been deleted.',
	},
	voiceReceipt: {
		path: '/automations/voice/receipts',
		param: 'receipt_rule_id',
		idField: 'receipt_rule_id',
		deleted: 'Your rule voice receipt has been deleted.',
	},
	inboundFax: {
		path: '/automations/fax/inbound',
		param: 'inbound_rule_id',
		idField: 'inbound_rule_id',
		deleted: 'Your fax inbound rule has been deleted.',
	},
	faxReceipt: {
		path: '/automations/fax/receipts',
		param: 'rule_id',
		idField: 'receipt_rule_id',
		deleted: 'Your rule incoming fax receipt has been deleted.',
	},
	emailReceipt: {
		path: '/automations/email/receipt',
		param: 'rule_id',
		idField: 'receipt_rule_id',
		deleted: 'Automation email receipt rule has been deleted.',
	},
};

/** A stored rule: ClickSend's fields plus its owner. */
export type StoredRule = Record<string, unknown> & { user_id: number };

/** Every stored rule by kind (all accounts), in creation order. */
export function ruleStore(state: SandboxState): Map<RuleKindKey, StoredRule[]> {
	return state.store('automationRules', () => new Map<RuleKindKey, StoredRule[]>());
}

/** The rules of one kind owned by `userId`. */
export function rulesOf(state: SandboxState, kind: RuleKindKey, userId: number): StoredRule[] {
	return (ruleStore(state).get(kind) ?? []).filter((rule) => rule.user_id === userId);
}

/** One HTTP delivery of an event to a rule's URL, as the sandbox made it. */
export interface Delivery {
	kind: RuleKindKey;
	ruleId: unknown;
	method: 'GET' | 'POST';
	url: string;
	contentType?: string;
	body?: string;
	status?: number;
	error?: string;
}

/** Every delivery made since the last reset, oldest first. */
export function deliveries(state: SandboxState): Delivery[] {
	return state.store('webhookDeliveries', () => [] as Delivery[]);
}

const NUMERIC_FIELDS = ['enabled', 'match_type', 'message_search_type'];

function shape(body: unknown): Record<string, unknown> {
	const input = body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(input)) {
		out[key] = NUMERIC_FIELDS.includes(key) && value !== '' && Number.isFinite(Number(value)) ? Number(value) : value;
		if (key === 'dedicated_number' && value !== undefined && value !== null) out[key] = String(value);
	}
	return out;
}

function publicRule(kind: RuleKindKey, rule: StoredRule): Record<string, unknown> {
	const { user_id: _owner, ...rest } = rule;
	return kind === 'inboundFax' ? { ...rest, user_id: rule.user_id } : rest;
}

function findRule(call: RouteCall, kind: RuleKindKey): StoredRule | undefined {
	const spec = RULE_KINDS[kind];
	const id = Number(call.params[spec.param]);
	return rulesOf(call.state, kind, call.account.user_id).find((rule) => Number(rule[spec.idField]) === id);
}

function notFound(call: RouteCall, kind: RuleKindKey): SandboxReply {
	return fail(404, 'NOT_FOUND', `Rule ${call.params[RULE_KINDS[kind].param] ?? ''} not found.`);
}

function register1(ctx: RouteContext, kind: RuleKindKey): void {
	const spec = RULE_KINDS[kind];
	const item = `${spec.path}/{${spec.param}}`;
	ctx.route('GET', spec.path, (call) =>
		okAsDocumented(
			call.op,
			paginate(rulesOf(call.state, kind, call.account.user_id).map((r) => publicRule(kind, r)), call.query, call.url),
		),
	);
	ctx.route('POST', spec.path, (call) => {
		const fields = shape(call.body);
		const rule: StoredRule = {
			...fields,
			[spec.idField]: call.state.nextId(`automationRule:${kind}`),
			user_id: call.account.user_id,
		};
		const rules = ruleStore(call.state);
		rules.set(kind, [...(rules.get(kind) ?? []), rule]);
		return okAsDocumented(call.op, publicRule(kind, rule));
	});
	ctx.route('GET', item, (call) => {
		const rule = findRule(call, kind);
		return rule ? okAsDocumented(call.op, publicRule(kind, rule)) : notFound(call, kind);
	});
	ctx.route('PUT', item, (call) => {
		const rule = findRule(call, kind);
		if (!rule) return notFound(call, kind);
		Object.assign(rule, shape(call.body), { [spec.idField]: rule[spec.idField], user_id: rule.user_id });
		return okAsDocumented(call.op, publicRule(kind, rule));
	});
	ctx.route('DELETE', item, (call) => {
		const rule = findRule(call, kind);
		if (!rule) return notFound(call, kind);
		const rules = ruleStore(call.state);
		rules.set(kind, (rules.get(kind) ?? []).filter((r) => r !== rule));
		return ok(kind === 'emailReceipt' ? true : kind === 'faxReceipt' ? null : [], spec.deleted);
	});
}

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));
const digits = (value: unknown) => text(value).replace(/[^\d]/g, '');

/** Whether a receipt reports a delivery (ClickSend status code 200/201, or a Delivered/Completed status). */
export function isSuccessfulReceipt(event: Record<string, unknown>): boolean {
	const code = text(event.status_code ?? event.status);
	return /^20[01]$/.test(code) || /deliver|complet|success|sent/i.test(code);
}

/** Whether `rule` (of `kind`) applies to `event`, as ClickSend's rule fields describe. */
export function ruleMatches(kind: RuleKindKey, rule: StoredRule, event: Record<string, unknown>): boolean {
	if (Number(rule.enabled) !== 1) return false;
	if (kind === 'inboundSms' || kind === 'inboundFax') {
		const number = text(rule.dedicated_number).trim();
		if (number !== '*' && number !== '' && digits(number) !== digits(event.to)) return false;
	}
	if (kind === 'inboundSms') {
		const term = text(rule.message_search_term).toLowerCase();
		const body = text(event.body).toLowerCase();
		switch (Number(rule.message_search_type)) {
			case 1:
				return body.startsWith(term);
			case 2:
				return body.includes(term);
			case 3:
				return !body.includes(term);
			default:
				return true;
		}
	}
	if (rule.match_type !== undefined) {
		const type = Number(rule.match_type);
		if (type === 1) return !isSuccessfulReceipt(event);
		if (type === 2) return isSuccessfulReceipt(event);
	}
	return true;
}

/** Form encoding as ClickSend sends it: values percent-encoded except `+`, which a form parser then reads as a space. */
export function clickSendForm(payload: Record<string, unknown>): string {
	return Object.entries(payload)
		.filter(([, value]) => value !== undefined)
		.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(text(value)).replace(/%2B/gi, '+')}`)
		.join('&');
}

/** Whether `url` is http(s) on this machine (127.0.0.0/8, [::1] or localhost): the only addresses the sandbox calls. */
export function isLoopbackUrl(url: string): boolean {
	try {
		const { protocol, hostname } = new URL(url);
		return /^https?:$/.test(protocol) && (/^127(\.\d{1,3}){3}$/.test(hostname) || hostname === '[::1]' || hostname === 'localhost');
	} catch {
		return false;
	}
}

/** Sends one event to `url` in `format` (post | json | get) and records the delivery; only loopback URLs are called. */
export async function deliver(
	state: SandboxState,
	delivery: Pick<Delivery, 'kind' | 'ruleId' | 'url'>,
	payload: Record<string, unknown>,
	format: string,
): Promise<Delivery> {
	const record: Delivery = { ...delivery, method: 'POST' };
	if (!isLoopbackUrl(delivery.url)) {
		// The sandbox only ever calls this machine: rules pointing anywhere else are recorded, not called.
		record.error = `not delivered: ${delivery.url} is not a loopback address (the sandbox calls 127.0.0.0/8, ::1 and localhost only)`;
		deliveries(state).push(record);
		return record;
	}
	try {
		let response;
		if (format === 'get') {
			record.method = 'GET';
			record.url = `${delivery.url}${delivery.url.includes('?') ? '&' : '?'}${clickSendForm(payload)}`;
			response = await request(record.url, { method: 'GET', headersTimeout: 5000, bodyTimeout: 5000 });
		} else {
			record.contentType = format === 'json' ? 'application/json' : 'application/x-www-form-urlencoded';
			record.body = format === 'json' ? JSON.stringify(payload) : clickSendForm(payload);
			response = await request(delivery.url, {
				method: 'POST',
				headers: { 'content-type': record.contentType, 'user-agent': 'ClickSend-Sandbox' },
				body: record.body,
				headersTimeout: 5000,
				bodyTimeout: 5000,
			});
		}
		record.status = response.statusCode;
		await response.body.text();
	} catch (error) {
		record.error = (error as Error).message;
	}
	deliveries(state).push(record);
	return record;
}

/**
 * Delivers `event` to every enabled URL rule of `kind` owned by `account` that matches it
 * (dedicated number, keyword, receipt outcome); resolves when every delivery has been answered.
 */
export async function dispatchEvent(
	state: SandboxState,
	kind: RuleKindKey,
	account: SandboxAccount,
	event: Record<string, unknown>,
): Promise<Delivery[]> {
	const spec = RULE_KINDS[kind];
	const payload = { ...event, user_id: account.user_id, subaccount_id: account.subaccount_id };
	const targets = rulesOf(state, kind, account.user_id).filter(
		(rule) => rule.action === 'URL' && ruleMatches(kind, rule, event),
	);
	return await Promise.all(
		targets.map((rule) =>
			deliver(state, { kind, ruleId: rule[spec.idField], url: text(rule.action_address) }, payload, text(rule.webhook_type || 'post').toLowerCase()),
		),
	);
}

/** Register the automation-rule handlers (list, create, get, update, delete for each kind). */
export function register(_app: FastifyInstance, ctx: RouteContext): void {
	for (const kind of Object.keys(RULE_KINDS) as RuleKindKey[]) register1(ctx, kind);
}
