/**
 * Stateful SMS template routes (tag "SMS Templates"): create, list, update, delete, per account.
 * Unknown or foreign template ids answer 404 NOT_FOUND.
 */
import type { FastifyInstance } from 'fastify';
import { fail, missingFields, okAsDocumented, type SandboxReply } from '../envelope';
import { paginate } from '../paginate';
import type { RouteCall, RouteContext } from '../server';
import type { SandboxState } from '../state';

/** One SMS template as stored. */
export interface SmsTemplate {
	template_id: number;
	template_name: string;
	body: string;
	user_id: number;
}

/** Templates of every account by template_id (ids start at 1, as in the spec's examples). */
export const smsTemplates = (state: SandboxState): Map<number, SmsTemplate> =>
	state.store('smsTemplates', () => new Map<number, SmsTemplate>());

const view = ({ body, template_id, template_name }: SmsTemplate) => ({ body, template_id, template_name });

/** `template_name` and `body` from a create/update body, or a 400 naming the missing ones. */
function content(call: RouteCall): { template_name: string; body: string } | SandboxReply {
	const input = (call.body ?? {}) as { template_name?: unknown; body?: unknown };
	const missing = (['template_name', 'body'] as const).filter(
		(key) => input[key] === undefined || input[key] === null || String(input[key]).trim() === '',
	);
	if (missing.length > 0) return missingFields([...missing]);
	return { template_name: String(input.template_name), body: String(input.body) };
}

function ownTemplate(call: RouteCall): SmsTemplate | undefined {
	const template = smsTemplates(call.state).get(Number(call.params.template_id));
	return template && template.user_id === call.account.user_id ? template : undefined;
}

const notFound = (call: RouteCall) => fail(404, 'NOT_FOUND', `Template ${call.params.template_id ?? ''} not found.`);

function create(call: RouteCall): SandboxReply {
	const fields = content(call);
	if ('status' in fields) return fields;
	const template: SmsTemplate = { template_id: call.state.nextId('smsTemplate'), ...fields, user_id: call.account.user_id };
	smsTemplates(call.state).set(template.template_id, template);
	return okAsDocumented(call.op, view(template));
}

function list(call: RouteCall): SandboxReply {
	const own = [...smsTemplates(call.state).values()].filter((t) => t.user_id === call.account.user_id);
	return okAsDocumented(call.op, paginate(own, call.query, call.url, view));
}

function update(call: RouteCall): SandboxReply {
	const template = ownTemplate(call);
	if (!template) return notFound(call);
	const fields = content(call);
	if ('status' in fields) return fields;
	Object.assign(template, fields);
	return okAsDocumented(call.op, view(template));
}

function remove(call: RouteCall): SandboxReply {
	const template = ownTemplate(call);
	if (!template) return notFound(call);
	smsTemplates(call.state).delete(template.template_id);
	return okAsDocumented(call.op, []);
}

/** Register the SMS template handlers. */
export function register(_app: FastifyInstance, ctx: RouteContext): void {
	ctx.route('POST', '/sms/templates', create);
	ctx.route('GET', '/sms/templates', list);
	ctx.route('PUT', '/sms/templates/{template_id}', update);
	ctx.route('DELETE', '/sms/templates/{template_id}', remove);
}
