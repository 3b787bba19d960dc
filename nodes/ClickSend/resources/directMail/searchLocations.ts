import type { INodeProperties } from 'n8n-workflow';

import { locatorField, returnAllAndLimit, showFor } from '../../shared/descriptions';

const show = showFor('directMail', 'searchLocations');

/**
 * Fields of Direct Mail → Search Locations (`GET /post/direct-mail/locations/search/{country}/?q=…`,
 * ClickSend "Search Locations"): places of a country matching a postal code or place name; their
 * `location_id`s are the areas of a campaign.
 */
export const directMailSearchLocationsDescription: INodeProperties[] = [
	locatorField({
		displayName: 'Country',
		name: 'locationCountry',
		searchListMethod: 'getCountries',
		idPattern: '[A-Za-z]{2}',
		idHint: 'a two-letter ISO country code, such as AU',
		placeholder: 'AU',
		description: 'Country to search in (two-letter ISO code)',
		displayOptions: { show },
	}),
	{
		displayName: 'Search',
		name: 'query',
		type: 'string',
		required: true,
		displayOptions: { show },
		default: '',
		placeholder: '6000',
		description: 'A postal code or place name',
		routing: { send: { type: 'query', property: 'q' } },
	},
	...returnAllAndLimit('directMail', 'searchLocations'),
];
