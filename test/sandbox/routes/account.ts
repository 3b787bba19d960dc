/**
 * Stateful Account routes (tag "Account"): GET /account answers the documented account object
 * for the calling user. Other Account operations answer their documented examples.
 */
import type { FastifyInstance } from 'fastify';
import { okAsDocumented, type SandboxReply } from '../envelope';
import type { RouteCall, RouteContext } from '../server';

function getAccount(call: RouteCall): SandboxReply {
	const example = call.op?.example as { data?: Record<string, unknown> } | undefined;
	const data: Record<string, unknown> = structuredClone(example?.data ?? {});
	const { account } = call;
	data.username = account.username;
	data.user_id = account.user_id;
	if (account.kind === 'nocredit') data.balance = '0.000000';
	const sub = data._subaccount as Record<string, unknown> | undefined;
	if (sub) {
		sub.api_username = account.username;
		sub.subaccount_id = account.subaccount_id;
	}
	return okAsDocumented(call.op, data);
}

/** Register the Account handlers. */
export function register(_app: FastifyInstance, ctx: RouteContext): void {
	ctx.route('GET', '/account', getAccount);
}
