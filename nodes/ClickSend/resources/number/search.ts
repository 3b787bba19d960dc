import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, showFor } from '../../shared/descriptions';

const show = showFor('number', 'search');

/**
 * Fields of Dedicated Number → Search (`GET /numbers/search/{country}?search=…&search_type=…`,
 * ClickSend "Search Dedicated Numbers by Country"): numbers available to buy in a country.
 */
export const numberSearchDescription: INodeProperties[] = [
	{
		displayName: 'Country',
		name: 'country',
		type: 'string',
		required: true,
		displayOptions: { show },
		default: '',
		placeholder: 'US',
		description: 'Country of the numbers, as a two-letter ISO code',
	},
	{
		displayName: 'Search Pattern',
		name: 'searchPattern',
		type: 'string',
		required: true,
		displayOptions: { show },
		default: '',
		placeholder: '88',
		description: 'Digits the number must contain',
		routing: { send: { type: 'query', property: 'search' } },
	},
	{
		displayName: 'Match',
		name: 'searchType',
		type: 'options',
		displayOptions: { show },
		options: [
			{ name: 'Anywhere', value: 1, description: 'The digits appear anywhere in the number' },
			{ name: 'Ends With', value: 2, description: 'The number ends with the digits' },
			{ name: 'Starts With', value: 0, description: 'The number starts with the digits (after the country code)' },
		],
		default: 1,
		description: 'Where the Search Pattern must appear in the number',
		routing: { send: { type: 'query', property: 'search_type' } },
	},
	...returnAllAndLimit('number', 'search'),
];
