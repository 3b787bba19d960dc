/**
 * Stateful Transactional Email routes (tag "Transactional Email"): send (from a verified allowed
 * address, see email-marketing.ts), price, history (newest first, date filters, paging) and
 * export. `POST /email/receipts` (test delivery receipts) lives in events.ts.
 */
import { randomUUID } from 'crypto';
import type { FastifyInstance } from 'fastify';
import { fail, missingFields, okAsDocumented, type SandboxReply } from '../envelope';
import { isInvalidSchedule, parseSchedule, roundPrice } from '../messaging';
import { paginate, queryValue, ReverseView } from '../paginate';
import type { RouteCall, RouteContext } from '../server';
import type { SandboxState } from '../state';
import { checkSender, isEmailAddress } from './email-marketing';

/** Sandbox price of one transactional email per recipient (to, cc and bcc), in the account currency. */
export const EMAIL_PRICE_PER_RECIPIENT = 0.005;

/** A recipient as ClickSend stores it. */
interface EmailRecipient {
	email: string;
	name?: string;
}

/** One sent (or scheduled) transactional email. */
export interface SentEmail {
	_attachments: Record<string, unknown>[];
	bcc: EmailRecipient[] | null;
	body: string;
	body_plain_text: string;
	cc: EmailRecipient[] | null;
	custom_string: string | null;
	date_added: number;
	from_email_address_id: number;
	from_name: string;
	hard_bounce_count: number;
	message_id: string;
	price: string;
	schedule: number;
	soft_bounce_count: number;
	status: 'Sent' | 'Scheduled';
	status_text: string;
	subaccount_id: number;
	subject: string;
	to: EmailRecipient[];
	user_id: number;
}

/** Every stored transactional email, in send order. */
export function sentEmails(state: SandboxState): SentEmail[] {
	return state.store('transactionalEmails', () => [] as SentEmail[]);
}

interface EmailInput {
	to?: unknown;
	cc?: unknown;
	bcc?: unknown;
	from?: { email_address_id?: unknown; name?: unknown };
	subject?: unknown;
	body?: unknown;
	schedule?: unknown;
	attachments?: unknown;
}

interface CheckedEmail {
	to: EmailRecipient[];
	cc: EmailRecipient[] | null;
	bcc: EmailRecipient[] | null;
	attachments: Record<string, unknown>[];
	schedule: number | undefined;
}

function recipients(value: unknown, field: string, required: boolean): EmailRecipient[] | SandboxReply {
	if (value === undefined || value === null) return required ? missingFields([field]) : [];
	if (!Array.isArray(value) || (required && value.length === 0)) {
		return fail(400, 'BAD_REQUEST', `${field} must be a list of recipients ({ email, name }).`);
	}
	const out: EmailRecipient[] = [];
	for (const row of value as { email?: unknown; name?: unknown }[]) {
		if (!isEmailAddress(row?.email)) return fail(400, 'BAD_REQUEST', `Invalid email address in ${field}: ${String(row?.email)}.`);
		out.push(row.name === undefined ? { email: row.email } : { email: row.email, name: String(row.name) });
	}
	return out;
}

function isReply(value: unknown): value is SandboxReply {
	return typeof value === 'object' && value !== null && 'status' in value && 'body' in value && !Array.isArray(value);
}

/** Checks a send/price body: recipients, verified sender, schedule, attachments (Base64 content + filename). */
function checkEmail(call: RouteCall, input: EmailInput): CheckedEmail | SandboxReply {
	const to = recipients(input.to, 'to', true);
	if (isReply(to)) return to;
	const cc = recipients(input.cc, 'cc', false);
	if (isReply(cc)) return cc;
	const bcc = recipients(input.bcc, 'bcc', false);
	if (isReply(bcc)) return bcc;
	const bad = checkSender(call, input.from?.email_address_id);
	if (bad) return bad;
	if (typeof input.body !== 'string' || input.body.trim() === '') return fail(400, 'BAD_REQUEST', 'The email body is empty.');
	const schedule = parseSchedule(input.schedule);
	if (isInvalidSchedule(schedule, call.now)) {
		return fail(400, 'INVALID_SCHEDULE', `The schedule specified is invalid: ${String(input.schedule)}. Use a unix timestamp e.g. 1429170372.`);
	}
	const attachments: Record<string, unknown>[] = [];
	const rawAttachments = input.attachments === undefined ? [] : input.attachments;
	if (!Array.isArray(rawAttachments)) return fail(400, 'BAD_REQUEST', 'attachments must be a list.');
	for (const file of rawAttachments as Record<string, unknown>[]) {
		const content = typeof file?.content === 'string' ? file.content : '';
		if (content === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(content)) {
			return fail(400, 'BAD_REQUEST', `Attachment ${String(file?.filename ?? '')} must have Base64 content.`);
		}
		if (typeof file.filename !== 'string' || file.filename === '') return fail(400, 'BAD_REQUEST', 'Every attachment needs a filename.');
		attachments.push({
			_attachment_file_url: `https://rest.clicksend.com/files/${randomUUID().toUpperCase()}${/\.[A-Za-z0-9]+$/.exec(file.filename)?.[0] ?? ''}`,
			content_disposition: String(file.disposition ?? 'attachment'),
			content_id: file.content_id === undefined ? null : String(file.content_id),
			content_type: String(file.type ?? 'application/octet-stream'),
			file_name: file.filename,
			size: Buffer.from(content, 'base64').length,
		});
	}
	return { to, cc: cc.length ? cc : null, bcc: bcc.length ? bcc : null, attachments, schedule };
}

function price(checked: CheckedEmail): number {
	const count = checked.to.length + (checked.cc?.length ?? 0) + (checked.bcc?.length ?? 0);
	return roundPrice(count * EMAIL_PRICE_PER_RECIPIENT);
}

function exampleCurrency(call: RouteCall): unknown {
	const data = (call.op?.example as { data?: { _currency?: unknown } } | undefined)?.data;
	return structuredClone(data?._currency ?? null);
}

function plainText(html: string): string {
	return html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
}

function send(call: RouteCall): SandboxReply {
	const input = (call.body ?? {}) as EmailInput;
	const checked = checkEmail(call, input);
	if (isReply(checked)) return checked;
	const scheduled = checked.schedule !== undefined && checked.schedule > call.now;
	const body = String(input.body);
	const email: SentEmail = {
		_attachments: checked.attachments,
		bcc: checked.bcc,
		body,
		body_plain_text: plainText(body),
		cc: checked.cc,
		custom_string: null,
		date_added: call.now,
		from_email_address_id: Number(input.from?.email_address_id),
		from_name: input.from?.name === undefined ? '' : String(input.from.name),
		hard_bounce_count: 0,
		message_id: randomUUID().toUpperCase(),
		price: price(checked).toFixed(4),
		schedule: checked.schedule ?? call.now,
		soft_bounce_count: 0,
		status: scheduled ? 'Scheduled' : 'Sent',
		status_text: scheduled ? 'Scheduled for delivery' : 'Accepted for delivery',
		subaccount_id: call.account.subaccount_id,
		subject: input.subject === undefined ? '' : String(input.subject),
		to: checked.to,
		user_id: call.account.user_id,
	};
	sentEmails(call.state).push(email);
	return okAsDocumented(call.op, { ...structuredClone(email), _currency: exampleCurrency(call) });
}

function emailPrice(call: RouteCall): SandboxReply {
	const input = (call.body ?? {}) as EmailInput;
	const checked = checkEmail(call, input);
	if (isReply(checked)) return checked;
	return okAsDocumented(call.op, {
		_currency: exampleCurrency(call),
		bcc_array: checked.bcc,
		body: input.body,
		cc_array: checked.cc,
		price: price(checked),
		subject: input.subject ?? '',
		to_array: checked.to,
	});
}

function seconds(call: RouteCall, name: string): number | undefined {
	const raw = queryValue(call.query, name);
	if (raw === undefined || raw.trim() === '') return undefined;
	const n = Number(raw);
	return Number.isFinite(n) ? n : undefined;
}

/** Stored email → history row (strings where the spec's example has strings). */
function historyRow(email: SentEmail): Record<string, unknown> {
	return {
		...structuredClone(email),
		date_added: String(email.date_added),
		schedule: String(email.schedule),
		status: email.status === 'Scheduled' ? 'Scheduled' : 'Sent',
	};
}

function history(call: RouteCall): SandboxReply {
	const from = seconds(call, 'date_from');
	const to = seconds(call, 'date_to');
	const rows = sentEmails(call.state).filter(
		(e) => e.user_id === call.account.user_id && (from === undefined || e.date_added >= from) && (to === undefined || e.date_added <= to),
	);
	for (const email of rows) {
		if (email.status === 'Scheduled' && email.schedule <= call.now) email.status = 'Sent';
	}
	return okAsDocumented(call.op, paginate(new ReverseView(rows), call.query, call.url, historyRow));
}

function exportHistory(call: RouteCall): SandboxReply {
	const filename = queryValue(call.query, 'filename');
	if (!filename || filename.trim() === '') return missingFields(['filename']);
	const origin = new URL(call.url).origin;
	return okAsDocumented(call.op, { url: `${origin}/files/${randomUUID().toUpperCase()}?filename=${encodeURIComponent(filename.trim())}` });
}

/** Register the Transactional Email handlers. */
export function register(_app: FastifyInstance, ctx: RouteContext): void {
	ctx.route('POST', '/email/send', send);
	ctx.route('POST', '/email/price', emailPrice);
	ctx.route('GET', '/email/history', history);
	ctx.route('GET', '/email/history/export', exportHistory);
}
