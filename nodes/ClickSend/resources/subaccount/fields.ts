import type { INodeProperties } from 'n8n-workflow';

import { flagField } from '../../shared/accountFields';
import { locatorField } from '../../shared/descriptions';

/**
 * The Subaccount resource locator (`{subaccountId}` in routes) for the operations listed, backed
 * by the `getSubaccounts` list search.
 */
export function subaccountLocator(operation: string): INodeProperties {
	return locatorField({
		displayName: 'Subaccount',
		name: 'subaccountId',
		searchListMethod: 'getSubaccounts',
		placeholder: '59',
		description: 'The subaccount (user) of your ClickSend account',
		displayOptions: { show: { resource: ['subaccount'], operation: [operation] } },
	});
}

/**
 * A subaccount's permission flags (booleans sent as ClickSend's 0/1 `access_*` and
 * `share_campaigns`), for the Additional Fields of Create and the Update Fields of Update.
 */
export const subaccountPermissionFields: INodeProperties[] = [
	flagField(
		{ displayName: 'Access Billing', name: 'accessBilling', description: 'Whether the subaccount can see and manage billing (recharges, invoices)' },
		'access_billing',
	),
	flagField(
		{ displayName: 'Access Contacts', name: 'accessContacts', description: 'Whether the subaccount can see and edit the contact lists of the account' },
		'access_contacts',
	),
	flagField(
		{ displayName: 'Access Reporting', name: 'accessReporting', description: 'Whether the subaccount can see the reports of the whole account' },
		'access_reporting',
	),
	flagField(
		{ displayName: 'Access Settings', name: 'accessSettings', description: 'Whether the subaccount can change the account settings' },
		'access_settings',
	),
	flagField(
		{ displayName: 'Access Users', name: 'accessUsers', description: 'Whether the subaccount can manage the other subaccounts (users)' },
		'access_users',
	),
	flagField(
		{ displayName: 'Share Campaigns', name: 'shareCampaigns', description: "Whether the subaccount shares the account's campaigns" },
		'share_campaigns',
	),
];
