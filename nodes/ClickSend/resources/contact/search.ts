import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, showFor } from '../../shared/descriptions';

const show = showFor('contact', 'search');

/**
 * Fields of Contact → Search Contacts and Lists (`GET /search/contacts-lists`, ClickSend "Search
 * Contacts-Lists"): one keyword over contact names and numbers and list names; each result has
 * `type` `contact` or `list`.
 */
export const contactSearchDescription: INodeProperties[] = [
	{
		displayName: 'Keyword',
		name: 'q',
		type: 'string',
		required: true,
		displayOptions: { show },
		default: '',
		placeholder: 'Doe',
		description: 'Text to look for in contact names, phone numbers and list names',
		routing: { send: { type: 'query', property: 'q' } },
	},
	...returnAllAndLimit('contact', 'search'),
];
