import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

/**
 * Fields of Dedicated Number → Buy (`POST /numbers/buy/{dedicated_number}`, ClickSend "Buy
 * dedicated number"): an available number found with Dedicated Number → Search.
 */
export const numberBuyDescription: INodeProperties[] = [
	{
		displayName: 'Dedicated Number',
		name: 'availableNumber',
		type: 'string',
		required: true,
		displayOptions: { show: showFor('number', 'buy') },
		default: '',
		placeholder: '+12282060576',
		description: 'The available number to buy, in E.164 format (as Dedicated Number → Search outputs it). Buying charges the account.',
	},
];
