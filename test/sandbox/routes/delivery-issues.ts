/**
 * Stateful Delivery Issues routes (tag "Delivery Issues"): issues reported with
 * `POST /delivery-issues` are listed by `GET /delivery-issues` (the caller's, oldest first).
 * `type` must be one of ClickSend's documented message types (400 BAD_REQUEST otherwise).
 */
import type { FastifyInstance } from 'fastify';
import { fail, okAsDocumented } from '../envelope';
import { paginate } from '../paginate';
import type { RouteContext } from '../server';
import type { SandboxState } from '../state';

/** Message types ClickSend accepts for a delivery issue. */
export const DELIVERY_ISSUE_TYPES = ['SMS', 'MMS', 'VOICE', 'EMAIL_MARKETING', 'EMAIL_TRANSACTIONAL', 'FAX', 'POST'];

/** A stored delivery issue. */
export interface DeliveryIssue {
	issue_id: number;
	message_id: string;
	type: string;
	description: string;
	email_address: string;
	client_comments: string | null;
	date_added: number;
	resolved: number;
	status: string | null;
	support_comments: string | null;
	user_id: number;
}

/** Every account's delivery issues, in creation order. */
export const deliveryIssues = (state: SandboxState) => state.store('deliveryIssues', () => [] as DeliveryIssue[]);

/** Register the Delivery Issues handlers. */
export function register(_app: FastifyInstance, ctx: RouteContext): void {
	ctx.route('GET', '/delivery-issues', (call) => {
		const rows = deliveryIssues(call.state).filter((issue) => issue.user_id === call.account.user_id);
		return okAsDocumented(call.op, paginate(rows, call.query, call.url));
	});
	ctx.route('POST', '/delivery-issues', (call) => {
		const body = (call.body ?? {}) as Record<string, unknown>;
		const type = String(body.type).toUpperCase();
		if (!DELIVERY_ISSUE_TYPES.includes(type)) {
			return fail(400, 'BAD_REQUEST', `The type of message, must be one of the following values: ${DELIVERY_ISSUE_TYPES.join(', ')}.`);
		}
		const issue: DeliveryIssue = {
			issue_id: call.state.nextId('deliveryIssue'),
			message_id: String(body.message_id),
			type,
			description: String(body.description),
			email_address: String(body.email_address),
			client_comments: body.client_comments === undefined ? null : String(body.client_comments),
			date_added: call.now,
			resolved: 0,
			status: null,
			support_comments: null,
			user_id: call.account.user_id,
		};
		deliveryIssues(call.state).push(issue);
		const { issue_id, message_id, description, email_address, date_added, user_id } = issue;
		return okAsDocumented(call.op, { date_added, description, email_address, issue_id, message_id, type, user_id });
	});
}
