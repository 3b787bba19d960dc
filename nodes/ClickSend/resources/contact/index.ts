import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { outputData, outputSuccess } from '../../shared/output';
import { InvalidFieldError, validate } from '../../shared/validation';
import { contactCreateDescription } from './create';
import { contactDeleteDescription } from './delete';
import { prepareContact } from './fields';
import { contactGetDescription } from './get';
import { contactGetManyDescription } from './getMany';
import { contactGetSuggestionsDescription } from './getSuggestions';
import { contactSearchDescription } from './search';
import { contactTransferDescription, requireAnotherList } from './transfer';
import { contactUpdateDescription } from './update';
import { contactUpsertDescription } from './upsert';

/** preSend of Search: the keyword must not be empty (ClickSend requires `q`). */
const requireKeyword = validate(function (options) {
	const q = (options.qs as IDataObject | undefined)?.q;
	if (q === undefined || String(q).trim() === '') throw new InvalidFieldError('Keyword', 'is empty; give the text to search for');
});

/**
 * Resource "Contact": contacts of a ClickSend contact list. "Create or Update" has no route: it is
 * the node's custom operation `customOperations.contact.upsert` (upsertOperation.ts).
 */
export const contactDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['contact'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a contact',
				description: 'Add a contact to a contact list',
				routing: {
					request: { method: 'POST', url: '/lists/{listId}/contacts' },
					send: { preSend: [prepareContact(true)] },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Create or Update',
				value: 'upsert',
				action: 'Create or update a contact',
				description: 'Create a new record, or update the current one if it already exists (upsert)',
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a contact',
				description: 'Delete a contact from a contact list',
				routing: {
					request: { method: 'DELETE', url: '/lists/{listId}/contacts/{contactId}' },
					output: { postReceive: [outputSuccess] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a contact',
				description: 'Get a contact of a contact list',
				routing: {
					request: { method: 'GET', url: '/lists/{listId}/contacts/{contactId}' },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many contacts',
				description: 'List the contacts of a contact list',
				routing: { request: { method: 'GET', url: '/lists/{listId}/contacts' } },
			},
			{
				name: 'Get Suggestions',
				value: 'getSuggestions',
				action: 'Get contact suggestions',
				description: 'List the contacts ClickSend suggests as recipients',
				routing: {
					request: { method: 'GET', url: '/contact-suggestions' },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Search Contacts and Lists',
				value: 'search',
				action: 'Search contacts and contact lists',
				description: 'Find contacts and contact lists matching a keyword',
				routing: {
					request: { method: 'GET', url: '/search/contacts-lists' },
					send: { preSend: [requireKeyword] },
				},
			},
			{
				name: 'Transfer',
				value: 'transfer',
				action: 'Transfer a contact to another list',
				description: 'Move a contact to another contact list',
				routing: {
					request: { method: 'PUT', url: '/lists/{listId}/contacts/{contactId}/{toListId}' },
					send: { preSend: [requireAnotherList] },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a contact',
				description: 'Change fields of a contact',
				routing: {
					request: { method: 'PUT', url: '/lists/{listId}/contacts/{contactId}' },
					send: { preSend: [prepareContact(false)] },
					output: { postReceive: [outputData] },
				},
			},
		],
		default: 'create',
	},
	...contactCreateDescription,
	...contactUpsertDescription,
	...contactDeleteDescription,
	...contactGetDescription,
	...contactGetManyDescription,
	...contactGetSuggestionsDescription,
	...contactSearchDescription,
	...contactTransferDescription,
	...contactUpdateDescription,
];
