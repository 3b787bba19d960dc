/**
 * Stateful Email-to-SMS routes (tags "Email-to-SMS Allowed Address" and "Email-to-SMS Stripped
 * Strings"): create, get, list (paged), update, delete, in stores of this file. Unknown IDs
 * answer 404 NOT_FOUND.
 */
import type { FastifyInstance } from 'fastify';
import { missingFields, ok, okAsDocumented } from '../envelope';
import { paginate } from '../paginate';
import type { RouteCall, RouteContext } from '../server';
import type { SandboxState } from '../state';
import { notFound } from './contact-lists';

/** An allowed address as ClickSend answers it. */
export interface AllowedAddress {
	email_address_id: number;
	email_address: string;
	from: string | null;
}

/** A stripped string rule as ClickSend answers it. */
export interface StrippedString {
	rule_id: number;
	strip_string: string;
}

/** Allowed addresses by ID (created on first use, dropped by reset). */
export const allowedAddresses = (state: SandboxState) => state.store('emailToSmsAddresses', () => new Map<number, AllowedAddress>());
/** Stripped strings by rule ID. */
export const strippedStrings = (state: SandboxState) => state.store('emailToSmsStrippedStrings', () => new Map<number, StrippedString>());

function body(call: RouteCall): Record<string, unknown> {
	return (call.body && typeof call.body === 'object' ? call.body : {}) as Record<string, unknown>;
}

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value).trim());

/** Register the Email-to-SMS handlers. */
export function register(_app: FastifyInstance, ctx: RouteContext): void {
	ctx.route('GET', '/sms/email-sms', (call) => okAsDocumented(call.op, paginate([...allowedAddresses(call.state).values()], call.query, call.url)));

	ctx.route('POST', '/sms/email-sms', (call) => {
		const email = text(body(call).email_address);
		if (!email) return missingFields(['email_address']);
		const row: AllowedAddress = { email_address_id: call.state.nextId('emailToSmsAddress', 100), email_address: email, from: text(body(call).from) || null };
		allowedAddresses(call.state).set(row.email_address_id, row);
		return okAsDocumented(call.op, row);
	});

	const findAddress = (call: RouteCall) => allowedAddresses(call.state).get(Number(call.params.email_address_id));

	ctx.route('GET', '/sms/email-sms/{email_address_id}', (call) => {
		const row = findAddress(call);
		return row ? okAsDocumented(call.op, row) : notFound(`Email address #${call.params.email_address_id}`);
	});

	ctx.route('PUT', '/sms/email-sms/{email_address_id}', (call) => {
		const row = findAddress(call);
		if (!row) return notFound(`Email address #${call.params.email_address_id}`);
		const email = text(body(call).email_address);
		if (!email) return missingFields(['email_address']);
		row.email_address = email;
		if (body(call).from !== undefined) row.from = text(body(call).from) || null;
		return ok(row, 'Allowed email address has been updated.');
	});

	ctx.route('DELETE', '/sms/email-sms/{email_address_id}', (call) => {
		const row = findAddress(call);
		if (!row) return notFound(`Email address #${call.params.email_address_id}`);
		allowedAddresses(call.state).delete(row.email_address_id);
		return okAsDocumented(call.op, []);
	});

	ctx.route('GET', '/sms/email-sms-stripped-strings', (call) =>
		okAsDocumented(call.op, paginate([...strippedStrings(call.state).values()], call.query, call.url)),
	);

	ctx.route('POST', '/sms/email-sms-stripped-strings', (call) => {
		const value = body(call).strip_string;
		if (value === undefined || value === null || String(value) === '') return missingFields(['strip_string']);
		const row: StrippedString = { rule_id: call.state.nextId('strippedString', 20), strip_string: String(value) };
		strippedStrings(call.state).set(row.rule_id, row);
		return okAsDocumented(call.op, row);
	});

	const findRule = (call: RouteCall) => strippedStrings(call.state).get(Number(call.params.rule_id));

	ctx.route('GET', '/sms/email-sms-stripped-strings/{rule_id}', (call) => {
		const row = findRule(call);
		return row ? okAsDocumented(call.op, row) : notFound(`Rule #${call.params.rule_id}`);
	});

	ctx.route('PUT', '/sms/email-sms-stripped-strings/{rule_id}', (call) => {
		const row = findRule(call);
		if (!row) return notFound(`Rule #${call.params.rule_id}`);
		const value = body(call).strip_string;
		if (value !== undefined && value !== null && String(value) !== '') row.strip_string = String(value);
		return okAsDocumented(call.op, row);
	});

	ctx.route('DELETE', '/sms/email-sms-stripped-strings/{rule_id}', (call) => {
		const row = findRule(call);
		if (!row) return notFound(`Rule #${call.params.rule_id}`);
		strippedStrings(call.state).delete(row.rule_id);
		return okAsDocumented(call.op, true);
	});
}
