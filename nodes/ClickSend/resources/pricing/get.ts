import type { INodeProperties } from 'n8n-workflow';

import { locatorField, showFor } from '../../shared/descriptions';

const show = showFor('pricing', 'get');

/**
 * Fields of Pricing → Get (`GET /pricing/{country}?currency=…`, ClickSend "Get Country Pricing"):
 * the country (list from `GET /countries`, or its two-letter code) and an optional currency.
 */
export const pricingGetDescription: INodeProperties[] = [
	locatorField({
		displayName: 'Country',
		name: 'pricingCountry',
		searchListMethod: 'getCountries',
		idPattern: '[A-Za-z]{2}',
		idHint: 'a two-letter ISO country code, such as AU',
		placeholder: 'AU',
		description: 'Country whose prices to get (two-letter ISO code)',
		displayOptions: { show },
	}),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		displayOptions: { show },
		default: {},
		options: [
			{
				displayName: 'Currency',
				name: 'currency',
				type: 'string',
				default: '',
				placeholder: 'AUD',
				description: 'Three-letter currency code of the prices (ISO 4217). Empty uses the account currency.',
				routing: { send: { type: 'query', property: 'currency' } },
			},
		],
	},
];
