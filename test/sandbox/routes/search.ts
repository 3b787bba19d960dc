/**
 * Stateful Search route (tag "Search"): `GET /search/contacts-lists?q=` finds contacts (first
 * name, last name, phone number, email) and contact lists (name) containing `q`, not
 * case-sensitive, as rows `{contact, contacts_count, id, name, type}`; paged like every list.
 */
import type { FastifyInstance } from 'fastify';
import { missingFields, okAsDocumented } from '../envelope';
import { paginate, queryValue } from '../paginate';
import type { RouteContext } from '../server';

/** Register the Search handler. */
export function register(_app: FastifyInstance, ctx: RouteContext): void {
	ctx.route('GET', '/search/contacts-lists', (call) => {
		const q = queryValue(call.query, 'q')?.trim().toLowerCase();
		if (!q) return missingFields(['q']);
		const has = (...values: unknown[]) => values.some((v) => v !== null && v !== undefined && String(v).toLowerCase().includes(q));
		const rows: Record<string, unknown>[] = [];
		for (const list of call.state.contactLists.values()) {
			for (const c of list.contacts) {
				if (has(c.first_name, c.last_name, c.phone_number, c.email)) {
					rows.push({ contact: c.phone_number, contacts_count: null, id: c.contact_id, name: `${c.first_name} ${c.last_name}`.trim(), type: 'contact' });
				}
			}
		}
		for (const list of call.state.contactLists.values()) {
			if (has(list.list_name)) {
				rows.push({ contact: list.list_email_id, contacts_count: list.contacts.length, id: list.list_id, name: list.list_name, type: 'list' });
			}
		}
		// `q` here is a keyword, not the field:value search of other lists.
		const { q: _keyword, ...paging } = call.query;
		return okAsDocumented(call.op, paginate(rows, paging, call.url));
	});
}
