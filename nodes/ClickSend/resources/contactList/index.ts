import type { INodeProperties } from 'n8n-workflow';

import { outputData, outputSuccess } from '../../shared/output';
import { checkListName, contactListCreateDescription } from './create';
import { csvFileUrl } from './csvFile';
import { contactListDeleteDescription } from './delete';
import { contactListExportDescription } from './export';
import { contactListGetDescription } from './get';
import { contactListGetImportFieldsDescription } from './getImportFields';
import { contactListGetManyDescription } from './getMany';
import { contactListImportDescription, importFieldOrder } from './import';
import { contactListPreviewImportDescription } from './previewImport';
import { contactListRemoveDuplicatesDescription, requireCompareFields } from './removeDuplicates';
import { contactListRemoveOptedOutDescription, differentOptOutList } from './removeOptedOut';
import { contactListUpdateDescription } from './update';

/** Resource "Contact List": the Operation option (each with its ClickSend route) and every operation's fields. */
export const contactListDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['contactList'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a contact list',
				description: 'Create a new contact list',
				routing: { request: { method: 'POST', url: '/lists' }, send: { preSend: [checkListName] }, output: { postReceive: [outputData] } },
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a contact list',
				description: 'Delete a contact list and its contacts',
				routing: { request: { method: 'DELETE', url: '/lists/{listId}' }, output: { postReceive: [outputSuccess] } },
			},
			{
				name: 'Export',
				value: 'export',
				action: 'Export a contact list',
				description: 'Export the contacts of a list to a CSV file and get its download URL',
				routing: { request: { method: 'GET', url: '/lists/{listId}/export' }, output: { postReceive: [outputData] } },
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a contact list',
				description: 'Get a contact list with its number of contacts',
				routing: { request: { method: 'GET', url: '/lists/{listId}' }, output: { postReceive: [outputData] } },
			},
			{
				name: 'Get Import Fields',
				value: 'getImportFields',
				action: 'Get the import fields of a contact list',
				description: 'List the contact fields a CSV import can fill',
				routing: { request: { method: 'GET', url: '/lists/{listId}/import-fields' }, output: { postReceive: [outputData] } },
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many contact lists',
				description: 'List the contact lists of the account',
				routing: { request: { method: 'GET', url: '/lists' } },
			},
			{
				name: 'Import Contacts',
				value: 'import',
				action: 'Import contacts into a contact list',
				description: 'Import contacts from a CSV file (binary property or URL) into a contact list',
				routing: {
					request: { method: 'POST', url: '/lists/{listId}/import' },
					send: { preSend: [importFieldOrder, csvFileUrl] },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Preview Import',
				value: 'previewImport',
				action: 'Preview a CSV import',
				description: 'Show the first row of a CSV file as ClickSend reads it',
				routing: {
					request: { method: 'POST', url: '/lists/{listId}/import-csv-preview' },
					send: { preSend: [csvFileUrl] },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Remove Duplicates',
				value: 'removeDuplicates',
				action: 'Remove duplicate contacts from a contact list',
				description: 'Delete contacts that repeat the chosen fields of another contact of the list',
				routing: {
					request: { method: 'PUT', url: '/lists/{listId}/remove-duplicates' },
					send: { preSend: [requireCompareFields] },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Remove Opted-Out Contacts',
				value: 'removeOptedOut',
				action: 'Remove opted out contacts from a contact list',
				description: 'Delete the contacts of a list that are in an opt-out list',
				routing: {
					request: { method: 'PUT', url: '/lists/{listId}/remove-opted-out-contacts/{optOutListId}' },
					send: { preSend: [differentOptOutList] },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a contact list',
				description: 'Rename a contact list',
				routing: { request: { method: 'PUT', url: '/lists/{listId}' }, send: { preSend: [checkListName] }, output: { postReceive: [outputData] } },
			},
		],
		default: 'getAll',
	},
	...contactListCreateDescription,
	...contactListDeleteDescription,
	...contactListExportDescription,
	...contactListGetDescription,
	...contactListGetImportFieldsDescription,
	...contactListGetManyDescription,
	...contactListImportDescription,
	...contactListPreviewImportDescription,
	...contactListRemoveDuplicatesDescription,
	...contactListRemoveOptedOutDescription,
	...contactListUpdateDescription,
];
