import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { searchList } from '../shared/listSearch';

/** Contact fields a typed filter is looked up in (ClickSend `q`, combined with OR). */
const SEARCH_FIELDS = ['first_name', 'last_name', 'phone_number', 'email'];

/**
 * Contacts of the chosen Contact List (parameter `listId`) for resource locators
 * (`GET /lists/{list_id}/contacts`, ClickSend "Get all Contacts in a List"): 100 per page, a typed
 * filter searched in first name, last name, phone number and email.
 * @throws NodeOperationError when no contact list is chosen yet.
 */
export async function getContacts(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const raw = this.getNodeParameter('listId', undefined, { extractValue: true }) as unknown;
	const listId = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
	if (!/^\d+$/.test(listId)) {
		throw new NodeOperationError(this.getNode(), 'Choose a contact list first', {
			description: 'The contacts shown are those of the Contact List field.',
		});
	}
	// ClickSend's q splits terms on "," and field from value on the first ":".
	const wanted = filter?.replace(/[,]/g, ' ').trim();
	const qs = wanted ? { q: SEARCH_FIELDS.map((field) => `${field}:${wanted}`).join(','), operator: 'OR' } : {};
	const search = searchList({
		url: `/lists/${listId}/contacts`,
		idField: 'contact_id',
		qs,
		label: (row) => {
			const name = [row.first_name, row.last_name].filter((part) => part !== null && part !== undefined && part !== '').join(' ');
			const reach = [row.phone_number, row.email].filter((part) => part !== null && part !== undefined && part !== '').join(', ');
			return `${name || 'Unnamed'}${reach ? ` · ${String(reach)}` : ''} (${String(row.contact_id)})`;
		},
	});
	return await search.call(this, undefined, paginationToken);
}
