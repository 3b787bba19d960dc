import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { calculatePriceOperation, getManyOperation } from '../../shared/messagingOperations';
import { outputData } from '../../shared/output';
import { countryIntoPath, requiredText, validate } from '../../shared/validation';
import { directMailCalculatePriceDescription } from './calculatePrice';
import { directMailCreateDescription } from './create';
import { attachCampaignFiles, prepareDirectMail } from './fields';
import { directMailGetManyDescription } from './getMany';
import { directMailSearchLocationsDescription } from './searchLocations';

/**
 * preSend of Search Locations: the Country goes into the path as an assigned two-letter ISO code
 * (upper-cased), and the Search (`q`, which ClickSend requires) is text with something in it.
 * @throws InvalidFieldError "Country" (e.g. "Australia", or "UK" with the hint GB) or "Search", before any request.
 */
const checkLocationSearch = validate(function (options) {
	countryIntoPath(this, options, 'locationCountry');
	const qs = (options.qs ??= {}) as IDataObject;
	qs.q = requiredText(qs.q, 'Search', { hint: 'give a postal code or place name' });
});

/** preSend of campaign create and price: the fields first, then the files (a bad field never uploads a file). */
const directMailHooks = [prepareDirectMail, attachCampaignFiles];

/** The operations of resource "Direct Mail Campaign", alphabetical by name (the Operation options below). */
const directMailOperations: INodePropertyOptions[] = [
	calculatePriceOperation(
		'/post/direct-mail/campaigns/price',
		'Calculate the price of a direct mail campaign',
		'Get the price of a direct mail campaign without creating it',
		directMailHooks,
		outputData,
	),
	{
		name: 'Create',
		value: 'create',
		action: 'Create a direct mail campaign',
		description: 'Create (send) a direct mail campaign: flyers delivered to every address of the chosen areas',
		routing: {
			request: { method: 'POST', url: '/post/direct-mail/campaigns/send' },
			send: { preSend: directMailHooks },
			output: { postReceive: [outputData] },
		},
	},
	getManyOperation('/post/direct-mail/campaigns', 'Get many direct mail campaigns', 'List the direct mail campaigns', false),
	{
		name: 'Search Locations',
		value: 'searchLocations',
		action: 'Search direct mail locations',
		description: 'Find the location IDs of a country by postal code or place name',
		routing: {
			request: { method: 'GET', url: '/post/direct-mail/locations/search/{locationCountry}' },
			send: { preSend: [checkLocationSearch] },
		},
	},
];

/** Resource "Direct Mail Campaign" (ClickSend Post Direct Mail): the Operation option and every operation's fields. */
export const directMailDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['directMail'] } },
		options: directMailOperations,
		default: 'create',
	},
	...directMailCreateDescription,
	...directMailCalculatePriceDescription,
	...directMailGetManyDescription,
	...directMailSearchLocationsDescription,
];
