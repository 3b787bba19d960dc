/**
 * Stateful Contact Lists routes (tag "Contact Lists", plus "Remove Opted Out Contacts" of tag
 * "Contacts"): lists live in `state.contactLists` (shared with SMS list sends), seeded with list 428.
 * Unknown list IDs answer 404 NOT_FOUND. Import and CSV preview check the list and the body and
 * answer their documented examples (the sandbox does not download files).
 */
import { randomUUID } from 'crypto';
import type { FastifyInstance } from 'fastify';
import { fail, missingFields, ok, okAsDocumented, type SandboxReply } from '../envelope';
import { paginate, queryValue } from '../paginate';
import type { RouteCall, RouteContext } from '../server';
import type { Contact, ContactList, SandboxState } from '../state';

/** ClickSend's import columns (`GET /lists/{list_id}/import-fields`). */
export const IMPORT_FIELDS = [
	'phone',
	'first_name',
	'last_name',
	'custom1',
	'custom2',
	'custom3',
	'custom4',
	'fax_number',
	'organization_name',
	'email',
	'address_line_1',
	'address_line_2',
	'address_city',
	'address_state',
	'address_postal_code',
	'address_country',
];

/** A contact list as ClickSend answers it (`_contacts_count`, no contacts). */
export function listRow(list: ContactList) {
	return {
		_contacts_count: list.contacts.length,
		list_email_id: list.list_email_id,
		list_id: list.list_id,
		list_name: list.list_name,
	};
}

/** 404 NOT_FOUND envelope for an unknown ID. */
export function notFound(what: string): SandboxReply {
	return fail(404, 'NOT_FOUND', `${what} not found.`);
}

/** The list of path parameter `param`, or a 404 reply. */
export function findList(state: SandboxState, raw: string | undefined): ContactList | SandboxReply {
	const list = state.contactLists.get(Number(raw));
	return list && /^\d+$/.test(String(raw)) ? list : notFound(`List #${String(raw)}`);
}

/** Whether a lookup returned a reply (an error) rather than the record. */
export function isReply(value: unknown): value is SandboxReply {
	return typeof value === 'object' && value !== null && 'status' in value && 'body' in value;
}

function listEmailId(): string {
	return randomUUID().replace(/-/g, '').slice(0, 16).toUpperCase();
}

function body(call: RouteCall): Record<string, unknown> {
	return (call.body && typeof call.body === 'object' ? call.body : {}) as Record<string, unknown>;
}

const digits = (value: unknown) => String(value ?? '').replace(/\D/g, '');

/** Register the Contact Lists handlers. */
export function register(_app: FastifyInstance, ctx: RouteContext): void {
	ctx.route('GET', '/lists', (call) => okAsDocumented(call.op, paginate([...call.state.contactLists.values()], call.query, call.url, listRow)));

	ctx.route('POST', '/lists', (call) => {
		const name = String(body(call).list_name ?? '').trim();
		if (!name) return missingFields(['list_name']);
		const list: ContactList = { list_id: call.state.nextId('list'), list_name: name, list_email_id: listEmailId(), contacts: [] };
		call.state.contactLists.set(list.list_id, list);
		return okAsDocumented(call.op, listRow(list));
	});

	ctx.route('GET', '/lists/{list_id}', (call) => {
		const list = findList(call.state, call.params.list_id);
		return isReply(list) ? list : okAsDocumented(call.op, listRow(list));
	});

	ctx.route('PUT', '/lists/{list_id}', (call) => {
		const list = findList(call.state, call.params.list_id);
		if (isReply(list)) return list;
		const name = body(call).list_name;
		if (typeof name === 'string' && name.trim()) list.list_name = name.trim();
		return ok(listRow(list), `List #${list.list_id} has been updated.`);
	});

	ctx.route('DELETE', '/lists/{list_id}', (call) => {
		const list = findList(call.state, call.params.list_id);
		if (isReply(list)) return list;
		call.state.contactLists.delete(list.list_id);
		return ok([], `List #${list.list_id} has been deleted.`);
	});

	ctx.route('GET', '/lists/{list_id}/export', (call) => {
		const list = findList(call.state, call.params.list_id);
		if (isReply(list)) return list;
		const filename = queryValue(call.query, 'filename');
		if (!filename) return missingFields(['filename']);
		const origin = call.url.replace(/\/v3\/.*$/, '');
		return okAsDocumented(call.op, { url: `${origin}/files/${randomUUID().toUpperCase()}?filename=${encodeURIComponent(filename)}` });
	});

	ctx.route('POST', '/lists/{list_id}/import', (call) => {
		const list = findList(call.state, call.params.list_id);
		if (isReply(list)) return list;
		const { field_order: order, file_url: url } = body(call);
		if (!Array.isArray(order) || order.length === 0 || typeof url !== 'string' || !url) return missingFields(['file_url', 'field_order']);
		const unknown = order.filter((field) => !IMPORT_FIELDS.includes(String(field)));
		if (unknown.length) return fail(400, 'BAD_REQUEST', `Unknown import fields: ${unknown.join(', ')}.`);
		const id = String(Date.now() * 1000 + call.state.nextId('import'));
		return okAsDocumented(call.op, { id, ids: [id], msg: 'Messages put on queue.' });
	});

	ctx.route('POST', '/lists/{list_id}/import-csv-preview', (call) => {
		const list = findList(call.state, call.params.list_id);
		if (isReply(list)) return list;
		if (typeof body(call).file_url !== 'string' || !body(call).file_url) return missingFields(['file_url']);
		return ok(structuredClone((call.op?.example as { data?: unknown } | undefined)?.data ?? {}), 'Your file preview.');
	});

	ctx.route('GET', '/lists/{list_id}/import-fields', (call) => {
		const list = findList(call.state, call.params.list_id);
		if (isReply(list)) return list;
		return ok(structuredClone((call.op?.example as { data?: unknown } | undefined)?.data ?? []), 'List of acceptable import fields.');
	});

	ctx.route('PUT', '/lists/{list_id}/remove-duplicates', (call) => {
		const list = findList(call.state, call.params.list_id);
		if (isReply(list)) return list;
		const fields = body(call).fields;
		if (!Array.isArray(fields) || fields.length === 0) return missingFields(['fields']);
		const seen = new Set<string>();
		const kept: Contact[] = [];
		for (const contact of list.contacts) {
			const key = JSON.stringify(fields.map((f) => String((contact as unknown as Record<string, unknown>)[String(f)] ?? '').toLowerCase()));
			if (seen.has(key)) continue;
			seen.add(key);
			kept.push(contact);
		}
		const deleted = list.contacts.length - kept.length;
		list.contacts.splice(0, list.contacts.length, ...kept);
		return okAsDocumented(call.op, { deleted });
	});

	ctx.route('PUT', '/lists/{list_id}/remove-opted-out-contacts/{opt_out_list_id}', (call) => {
		const list = findList(call.state, call.params.list_id);
		if (isReply(list)) return list;
		const optOut = findList(call.state, call.params.opt_out_list_id);
		if (isReply(optOut)) return optOut;
		const opted = new Set(optOut.contacts.map((c) => digits(c.phone_number)).filter((d) => d !== ''));
		const kept = list.contacts.filter((c) => !opted.has(digits(c.phone_number)));
		const deleted = list.contacts.length - kept.length;
		list.contacts.splice(0, list.contacts.length, ...kept);
		return okAsDocumented(call.op, { deleted });
	});
}
