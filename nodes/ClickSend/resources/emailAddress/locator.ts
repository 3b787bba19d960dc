import type { INodeProperties } from 'n8n-workflow';

import { locatorField } from '../../shared/descriptions';

/**
 * An allowed (sender) email address picked from ClickSend's list (`getEmailAddresses`) or by ID.
 * Its value fills `{emailAddressId}` in routing URLs, or goes where `routing` says.
 */
export function emailAddressLocator(
	options: {
		displayName?: string;
		description?: string;
		displayOptions?: INodeProperties['displayOptions'];
		routing?: INodeProperties['routing'];
	} = {},
): INodeProperties {
	const field = locatorField({
		displayName: options.displayName ?? 'Email Address',
		name: 'emailAddressId',
		searchListMethod: 'getEmailAddresses',
		placeholder: '5',
		description: options.description ?? 'An allowed email address of the account',
		displayOptions: options.displayOptions,
	});
	return options.routing ? { ...field, routing: options.routing } : field;
}
