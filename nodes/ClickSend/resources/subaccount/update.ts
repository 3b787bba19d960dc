import type { INodeProperties } from 'n8n-workflow';

import { bodyField, showFor } from '../../shared/descriptions';
import { subaccountLocator, subaccountPermissionFields } from './fields';

/** Fields of Subaccount → Update (`PUT /subaccounts/{subaccount_id}`, ClickSend "Update a specific subaccount"). */
export const subaccountUpdateDescription: INodeProperties[] = [
	subaccountLocator('update'),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		displayOptions: { show: showFor('subaccount', 'update') },
		default: {},
		options: [
			...subaccountPermissionFields,
			bodyField('Email', 'email', 'email', { placeholder: 'name@email.com' }),
			bodyField('First Name', 'firstName', 'first_name'),
			bodyField('Last Name', 'lastName', 'last_name'),
			bodyField('Password', 'password', 'password', { typeOptions: { password: true }, description: 'New dashboard password of the subaccount' }),
			bodyField('Phone Number', 'phoneNumber', 'phone_number', { placeholder: '+61411111111', description: 'In E.164 format' }),
		].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	},
];
