import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { subaccountLocator, subaccountPermissionFields } from './fields';

const text = (displayName: string, name: string, property: string, extra: Partial<INodeProperties> = {}): INodeProperties =>
	({ displayName, name, type: 'string', default: '', routing: { send: { type: 'body', property } }, ...extra }) as INodeProperties;

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
			text('Email', 'email', 'email', { placeholder: 'name@email.com' }),
			text('First Name', 'firstName', 'first_name'),
			text('Last Name', 'lastName', 'last_name'),
			text('Password', 'password', 'password', { typeOptions: { password: true }, description: 'New dashboard password of the subaccount' }),
			text('Phone Number', 'phoneNumber', 'phone_number', { placeholder: '+61411111111', description: 'In E.164 format' }),
		].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	},
];
