import type { INodeProperties } from 'n8n-workflow';

import { bodyField, showFor } from '../../shared/descriptions';
import { subaccountPermissionFields } from './fields';

const show = showFor('subaccount', 'create');

const required = (displayName: string, name: string, property: string, extra: Partial<INodeProperties> = {}) =>
	bodyField(displayName, name, property, { required: true, displayOptions: { show }, ...extra });

/**
 * Fields of Subaccount → Create (`POST /subaccounts`, ClickSend "Create a new subaccount"). The new
 * subaccount's API key is redacted in the output: it is shown in the ClickSend dashboard.
 */
export const subaccountCreateDescription: INodeProperties[] = [
	required('API Username', 'apiUsername', 'api_username', { description: 'Username the subaccount logs in and calls the API with' }),
	required('Password', 'password', 'password', { typeOptions: { password: true }, description: 'Dashboard password of the subaccount' }),
	required('Email', 'email', 'email', { placeholder: 'name@email.com', description: 'Email address of the subaccount user' }),
	required('Phone Number', 'phoneNumber', 'phone_number', {
		placeholder: '+61411111111',
		description: 'Phone number of the subaccount user, in E.164 format',
	}),
	required('First Name', 'firstName', 'first_name'),
	required('Last Name', 'lastName', 'last_name'),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		displayOptions: { show },
		default: {},
		options: subaccountPermissionFields,
	},
];
