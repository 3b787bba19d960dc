import type { INodeProperties } from 'n8n-workflow';

import { locatorField } from '../../shared/descriptions';

/**
 * The Contact List resource locator (`getContactLists`), shown for `show`. Its value fills
 * `{listId}` (or `{name}`) in routing URLs.
 */
export function contactListLocator(
	show: Record<string, string[]>,
	options: { name?: string; displayName?: string; description?: string } = {},
): INodeProperties {
	return locatorField({
		displayName: options.displayName ?? 'Contact List',
		name: options.name ?? 'listId',
		searchListMethod: 'getContactLists',
		description: options.description ?? 'The ClickSend contact list',
		displayOptions: { show },
	});
}

/** The Contact resource locator (`getContacts`, over the chosen Contact List), filling `{contactId}`. */
export function contactLocator(show: Record<string, string[]>): INodeProperties {
	return locatorField({
		displayName: 'Contact',
		name: 'contactId',
		searchListMethod: 'getContacts',
		placeholder: '552802',
		description: 'The contact in the chosen contact list',
		displayOptions: { show },
	});
}
