import type { INodeProperties } from 'n8n-workflow';

import { accountProfileFields, flagField } from '../../shared/accountFields';
import { showFor } from '../../shared/descriptions';

const show = showFor('account', 'update');

/**
 * Fields of Account → Update (`PUT /account`, ClickSend "Update Account"). ClickSend requires the
 * whole profile (password included) and the timezone with every update; the SMS and upload
 * settings are optional 0/1 flags.
 */
export const accountUpdateDescription: INodeProperties[] = [
	...accountProfileFields('account', ['update']),
	{
		displayName: 'Timezone',
		name: 'timezone',
		type: 'string',
		required: true,
		displayOptions: { show },
		default: '',
		placeholder: 'Australia/Melbourne',
		description: 'Timezone of the account (IANA name; Timezone → Get Many lists the ones ClickSend accepts)',
		routing: { send: { type: 'body', property: 'timezone' } },
	},
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		displayOptions: { show },
		default: {},
		options: [
			flagField(
				{
					displayName: 'Hide Business Name',
					name: 'hideBusinessName',
					description: 'Whether SMS messages leave out your business name (ClickSend setting setting_sms_hide_business_name)',
				},
				'setting_sms_hide_business_name',
			),
			flagField(
				{
					displayName: 'Hide Your Number',
					name: 'hideYourNumber',
					description: 'Whether SMS messages leave out your own phone number (ClickSend setting setting_sms_hide_your_number)',
				},
				'setting_sms_hide_your_number',
			),
			flagField(
				{
					displayName: 'Private Uploads',
					name: 'privateUploads',
					description: 'Whether files you upload (MMS media, fax and post documents) are private instead of reachable by their URL',
				},
				'private_uploads',
			),
		],
	},
];
