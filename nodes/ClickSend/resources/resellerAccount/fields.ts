import type { INodeProperties } from 'n8n-workflow';

import { locatorField } from '../../shared/descriptions';

/**
 * The Client Account resource locator (`{clientUserId}` in routes, or a body property) for one
 * Reseller Account operation, backed by the `getResellerAccounts` list search.
 */
export function clientAccountLocator(operation: string): INodeProperties {
	return locatorField({
		displayName: 'Client Account',
		name: 'clientUserId',
		searchListMethod: 'getResellerAccounts',
		placeholder: '24',
		description: 'One of your reseller client accounts (its user ID)',
		displayOptions: { show: { resource: ['resellerAccount'], operation: [operation] } },
	});
}
