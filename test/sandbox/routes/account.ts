/**
 * Stateful Account routes (tag "Account"): GET /account answers the documented account object
 * for the calling user, with what PUT /account changed (profile, timezone, 0/1 settings; a flag
 * other than 0/1 is 400 BAD_REQUEST). GET /account/usage/{year}/{month}/{type} answers the
 * documented usage for `type` email or subaccount and a valid year/month (400 BAD_REQUEST
 * otherwise). Other Account operations answer their documented examples.
 */
import type { FastifyInstance } from 'fastify';
import { fail, okAsDocumented, type SandboxReply } from '../envelope';
import type { RouteCall, RouteContext } from '../server';
import type { SandboxState } from '../state';

/** Fields PUT /account may change (password is stored, never answered). */
const UPDATABLE = [
	'username',
	'user_email',
	'user_phone',
	'user_first_name',
	'user_last_name',
	'account_name',
	'country',
	'timezone',
	'private_uploads',
	'setting_sms_hide_business_name',
	'setting_sms_hide_your_number',
] as const;
const FLAGS = new Set(['private_uploads', 'setting_sms_hide_business_name', 'setting_sms_hide_your_number']);

/** What PUT /account changed, per user_id. */
export const accountChanges = (state: SandboxState) => state.store('accountChanges', () => new Map<number, Record<string, unknown>>());

function getAccount(call: RouteCall): SandboxReply {
	const example = call.op?.example as { data?: Record<string, unknown> } | undefined;
	const data: Record<string, unknown> = structuredClone(example?.data ?? {});
	const { account } = call;
	data.username = account.username;
	data.user_id = account.user_id;
	if (account.kind === 'nocredit') data.balance = '0.000000';
	Object.assign(data, accountChanges(call.state).get(account.user_id) ?? {});
	const sub = data._subaccount as Record<string, unknown> | undefined;
	if (sub) {
		sub.api_username = account.username;
		sub.subaccount_id = account.subaccount_id;
	}
	return okAsDocumented(call.op, data);
}

function updateAccount(call: RouteCall, getOp: RouteCall['op']): SandboxReply {
	const body = (call.body ?? {}) as Record<string, unknown>;
	const changes = accountChanges(call.state);
	const next: Record<string, unknown> = { ...(changes.get(call.account.user_id) ?? {}) };
	for (const field of UPDATABLE) {
		const value = body[field];
		if (value === undefined) continue;
		if (FLAGS.has(field)) {
			if (value !== 0 && value !== 1) return fail(400, 'BAD_REQUEST', `${field}: 0 or 1 only.`);
			next[field] = value;
		} else next[field] = String(value);
	}
	changes.set(call.account.user_id, next);
	// Answer the account as GET /account shows it now, with PUT's documented message.
	const reply = getAccount({ ...call, op: getOp });
	const msg = (call.op?.example as { response_msg?: string } | undefined)?.response_msg ?? 'Your account has been updated.';
	return { ...reply, body: { ...(reply.body as object), response_msg: msg } };
}

function getUsage(call: RouteCall): SandboxReply {
	const { year, month, type } = call.params;
	if (!/^\d{4}$/.test(year)) return fail(400, 'BAD_REQUEST', 'Invalid year.');
	if (!/^\d{1,2}$/.test(month) || Number(month) < 1 || Number(month) > 12) return fail(400, 'BAD_REQUEST', 'Invalid month.');
	if (type !== 'email' && type !== 'subaccount') return fail(400, 'BAD_REQUEST', 'Value can only be either email or subaccount.');
	return okAsDocumented(call.op, structuredClone((call.op?.example as { data?: unknown } | undefined)?.data ?? {}));
}

/** Register the Account handlers. */
export function register(_app: FastifyInstance, ctx: RouteContext): void {
	ctx.route('GET', '/account', getAccount);
	const getOp = ctx.operation('GET', '/account');
	ctx.route('PUT', '/account', (call) => updateAccount(call, getOp));
	ctx.route('GET', '/account/usage/{year}/{month}/{type}', getUsage);
}
