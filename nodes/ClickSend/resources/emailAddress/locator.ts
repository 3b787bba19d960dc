import type { INodeProperties } from 'n8n-workflow';

import { locatorField, type LocatorOptions } from '../../shared/descriptions';

/**
 * An allowed (sender) email address picked from ClickSend's list (`getEmailAddresses`) or by ID.
 * Its value fills `{emailAddressId}` in routing URLs, or goes where `routing` says.
 */
export function emailAddressLocator(
	options: Partial<Pick<LocatorOptions, 'displayName' | 'description' | 'displayOptions' | 'routing'>> = {},
): INodeProperties {
	return locatorField({
		...options,
		displayName: options.displayName ?? 'Email Address',
		name: 'emailAddressId',
		searchListMethod: 'getEmailAddresses',
		placeholder: '5',
		description: options.description ?? 'An allowed email address of the account',
	});
}
