/**
 * Stateful Contacts routes (tag "Contacts" and "Contact Suggestions"): contacts live in their
 * list of `state.contactLists` (so SMS list sends reach them). Unknown list or contact IDs
 * answer 404 NOT_FOUND; a create without any of `phone_number`, `fax_number` or `email` (absent
 * or empty) answers 400 MISSING_REQUIRED_FIELDS naming the three, as ClickSend documents "at least
 * one of them must be specified" (spec.ts corrects the schema's `required: [phone_number]`).
 */
import type { FastifyInstance } from 'fastify';
import { missingFields, ok, okAsDocumented } from '../envelope';
import { paginate } from '../paginate';
import type { RouteCall, RouteContext } from '../server';
import type { Contact, ContactList } from '../state';
import { findList, isReply, notFound } from './contact-lists';

/** Contact properties a create/update body may set. */
export const CONTACT_PROPERTIES = [
	'phone_number',
	'first_name',
	'last_name',
	'email',
	'fax_number',
	'organization_name',
	'address_line_1',
	'address_line_2',
	'address_city',
	'address_state',
	'address_postal_code',
	'address_country',
	'custom_1',
	'custom_2',
	'custom_3',
	'custom_4',
] as const;

/** A contact as ClickSend answers it (with `_list_name`). */
export function contactRow(list: ContactList, contact: Contact) {
	return { _list_name: list.list_name, ...contact };
}

function applyBody(contact: Contact, body: unknown): void {
	const values = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
	const target = contact as unknown as Record<string, unknown>;
	for (const key of CONTACT_PROPERTIES) {
		if (values[key] !== undefined && values[key] !== null) target[key] = String(values[key]);
	}
}

function findContact(call: RouteCall, listParam: string) {
	const list = findList(call.state, call.params[listParam]);
	if (isReply(list)) return list;
	const contact = list.contacts.find((c) => String(c.contact_id) === call.params.contact_id);
	return contact ? { list, contact } : notFound(`Contact #${call.params.contact_id}`);
}

/** Register the Contacts handlers. */
export function register(_app: FastifyInstance, ctx: RouteContext): void {
	ctx.route('GET', '/lists/{list_id}/contacts', (call) => {
		const list = findList(call.state, call.params.list_id);
		if (isReply(list)) return list;
		return okAsDocumented(call.op, paginate(list.contacts, call.query, call.url, (c) => contactRow(list, c)));
	});

	ctx.route('POST', '/lists/{list_id}/contacts', (call) => {
		const list = findList(call.state, call.params.list_id);
		if (isReply(list)) return list;
		const values = (call.body && typeof call.body === 'object' ? call.body : {}) as Record<string, unknown>;
		const reachable = ['phone_number', 'fax_number', 'email'];
		if (!reachable.some((key) => values[key] !== undefined && values[key] !== null && String(values[key]).trim() !== '')) {
			return missingFields(reachable);
		}
		const contact = call.state.newContact(list.list_id, String(call.now));
		applyBody(contact, call.body);
		list.contacts.push(contact);
		return okAsDocumented(call.op, contactRow(list, contact));
	});

	ctx.route('GET', '/lists/{list_id}/contacts/{contact_id}', (call) => {
		const found = findContact(call, 'list_id');
		return isReply(found) ? found : okAsDocumented(call.op, contactRow(found.list, found.contact));
	});

	ctx.route('PUT', '/lists/{list_id}/contacts/{contact_id}', (call) => {
		const found = findContact(call, 'list_id');
		if (isReply(found)) return found;
		applyBody(found.contact, call.body);
		return ok(contactRow(found.list, found.contact), `Contact #${found.contact.contact_id} has been updated.`);
	});

	ctx.route('DELETE', '/lists/{list_id}/contacts/{contact_id}', (call) => {
		const found = findContact(call, 'list_id');
		if (isReply(found)) return found;
		found.list.contacts.splice(found.list.contacts.indexOf(found.contact), 1);
		return ok([], `Contact #${found.contact.contact_id} has been deleted.`);
	});

	ctx.route('PUT', '/lists/{from_list_id}/contacts/{contact_id}/{to_list_id}', (call) => {
		const found = findContact(call, 'from_list_id');
		if (isReply(found)) return found;
		const target = findList(call.state, call.params.to_list_id);
		if (isReply(target)) return target;
		found.list.contacts.splice(found.list.contacts.indexOf(found.contact), 1);
		found.contact.list_id = target.list_id;
		target.contacts.push(found.contact);
		return ok(contactRow(target, found.contact), `Contact #${found.contact.contact_id} has been transferred to List #${target.list_id}`);
	});

	// Suggestions: the 15 most recently added contacts of all lists (ClickSend documents no rule).
	ctx.route('GET', '/contact-suggestions', (call) => {
		const rows = [...call.state.contactLists.values()].flatMap((list) => list.contacts.map((c) => contactRow(list, c)));
		rows.sort((a, b) => b.contact_id - a.contact_id);
		return okAsDocumented(call.op, rows.slice(0, 15));
	});
}
